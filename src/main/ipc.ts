/**
 * Typed IPC answers. A contract (`ScreenCalls`, `PcSetupCalls`) names each channel's arguments and answer for
 * both processes; here every call is also checked — who sent it, and its arguments against a zod schema — since
 * a screen's page comes from the LAN and is trusted no more than any web page.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';

/** Each channel of a contract: its arguments and its answer. */
type Contract<Calls> = { [C in keyof Calls]: { args: unknown[]; result: unknown } };

export type Answer<T> = T | Promise<T>;

/** `answer` for one contract; `senderAllowed` refuses calls from frames that may not use it. */
export function answerer<Calls extends Contract<Calls>>(senderAllowed: (event: IpcMainInvokeEvent) => boolean) {
  return function answer<C extends keyof Calls & string>(
    channel: C,
    args: z.ZodType<Calls[C]['args']>,
    run: (sender: WebContents, ...args: Calls[C]['args']) => Answer<Calls[C]['result']>,
  ): void {
    ipcMain.handle(channel, (event, ...raw: unknown[]) => {
      if (!senderAllowed(event)) throw new Error(`${channel}: refused for ${event.senderFrame?.url ?? 'a gone frame'}`);
      const parsed = args.safeParse(raw);
      if (!parsed.success) throw new Error(`${channel}: unexpected arguments`);
      return run(event.sender, ...parsed.data);
    });
  };
}

/** The call comes from the top frame of its window, not from an embedded frame of another site. */
export function fromTopFrame(event: IpcMainInvokeEvent): boolean {
  return event.senderFrame !== null && event.senderFrame === event.sender.mainFrame;
}
