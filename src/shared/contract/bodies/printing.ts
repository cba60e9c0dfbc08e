/** The printer's request bodies (endpoint-rows/printing.ts): how it is connected, its settings, a preview. Pure. */
import { z } from 'zod';
import { PRINT_MODES, PRINTER_PROFILE_IDS } from '../../domain';
import { RULE } from '../../schemas';

/** Baud rates thermal printers offer; raster tickets need ≥ 38400 to come out in seconds. */
export const SERIAL_BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

const port = z
  .number({ message: RULE.printerPort })
  .int({ message: RULE.printerPort })
  .min(1, { message: RULE.printerPort })
  .max(65535, { message: RULE.printerPort });

export const printerConnectionInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({
      kind: z.literal('tcp'),
      host: z
        .string({ message: RULE.printerHost })
        .trim()
        .regex(/^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/, { message: RULE.printerHost }),
      port: port.default(9100),
    }),
    z.object({
      kind: z.literal('windows'),
      printerName: z
        .string({ message: RULE.windowsPrinterName })
        .trim()
        .min(1, { message: RULE.windowsPrinterName })
        .max(200, { message: RULE.windowsPrinterName }),
    }),
    z.object({
      kind: z.literal('serial'),
      path: z
        .string({ message: RULE.serialPath })
        .trim()
        .regex(/^(COM\d{1,3}|\/[A-Za-z0-9_./-]{1,200})$/, { message: RULE.serialPath }),
      baudRate: z
        .number({ message: RULE.baudRate })
        .refine((b) => (SERIAL_BAUD_RATES as readonly number[]).includes(b), { message: RULE.baudRate })
        .default(9600),
    }),
    // CUPS queue names: no spaces, slashes or '#'; never starting with '-' (it is passed to `lp` as an argument).
    z.object({
      kind: z.literal('cups'),
      queue: z.string({ message: RULE.cupsQueue }).regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,126}$/, {
        message: RULE.cupsQueue,
      }),
    }),
  ],
  { message: RULE.printerConnection },
);

export const printerSettingsPatch = z
  .object({
    profileId: z.enum(PRINTER_PROFILE_IDS),
    connection: printerConnectionInput,
    mode: z.enum(PRINT_MODES),
    qr: z.boolean(),
  })
  .partial();
export type PrinterSettingsPatch = z.infer<typeof printerSettingsPatch>;

/** `GET /api/printer/preview.png?profileId=…&qr=false`: preview a choice before saving it. */
export const printerPreviewQuery = z.object({
  profileId: z.enum(PRINTER_PROFILE_IDS).optional(),
  qr: z.enum(['true', 'false']).optional(),
  /** Read by nobody: a new number makes the screen fetch a fresh picture after the center's name changed. */
  v: z.coerce.number().int().nonnegative().optional(),
});
