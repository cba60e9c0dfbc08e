/**
 * LED counter boards (issue 23): the board above a counter that shows the number called there, driven over
 * RS-485 (Modbus RTU through a USB adapter) or through a Modbus TCP gateway. What setup keeps per service point,
 * and what the server says about a board. Pure: the server, setup and the counter read it.
 */
import { z } from 'zod';
import { RULE } from './schemas';

/**
 * How the board is driven (src/server/boards/board-protocols.ts has a row each):
 * - `modbus-7seg`: the LED-485 family of 7-segment boards — a segment string (letters and digits, "----");
 * - `modbus-number`: numbers-only boards — the ticket's number as a signed integer (no letters, no dashes).
 */
export const BOARD_PROTOCOLS = ['modbus-7seg', 'modbus-number'] as const;
export type BoardProtocol = (typeof BOARD_PROTOCOLS)[number];

export const BOARD_DIGITS = [4, 5, 6] as const;
/** The speeds these boards are set to with their DIP switches or setup tool; 9600 8N1 out of the box. */
export const BOARD_BAUD_RATES = [2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;
/** After "Hoàn thành" (or absent, transfer): the board keeps the last number, or goes dark. */
export const BOARD_AFTER_RESOLVE = ['keep', 'clear'] as const;

export const boardConnectionInput = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('serial'),
      path: z
        .string({ message: RULE.serialPath })
        .trim()
        .regex(/^(COM\d{1,3}|\/[A-Za-z0-9_./-]{1,200})$/, { message: RULE.serialPath }),
      baudRate: z
        .number({ message: RULE.boardBaudRate })
        .refine((b) => (BOARD_BAUD_RATES as readonly number[]).includes(b), { message: RULE.boardBaudRate })
        .default(9600),
    }),
    z.object({
      type: z.literal('tcp'),
      host: z
        .string({ message: RULE.boardHost })
        .trim()
        .regex(/^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/, { message: RULE.boardHost }),
      port: z
        .number({ message: RULE.boardPort })
        .int({ message: RULE.boardPort })
        .min(1, { message: RULE.boardPort })
        .max(65535, { message: RULE.boardPort })
        .default(502),
    }),
  ],
  { message: RULE.boardConnection },
);
export type BoardConnection = z.output<typeof boardConnectionInput>;

/** `PUT /api/service-points/:id/board`: the whole board at once. */
export const boardSettingsInput = z.object({
  connection: boardConnectionInput,
  protocol: z.enum(BOARD_PROTOCOLS).default('modbus-7seg'),
  unitId: z
    .number({ message: RULE.unitId })
    .int({ message: RULE.unitId })
    .min(1, { message: RULE.unitId })
    .max(247, { message: RULE.unitId }),
  digits: z
    .number({ message: RULE.boardDigits })
    .refine((d) => (BOARD_DIGITS as readonly number[]).includes(d), { message: RULE.boardDigits })
    .default(4),
  afterResolve: z.enum(BOARD_AFTER_RESOLVE).default('keep'),
});
export type BoardSettings = z.output<typeof boardSettingsInput>;

/** A board's fault, in words the counter's official can act on ("Bảng LED quầy 3 không trả lời — …"). */
export interface BoardProblem {
  code: string;
  vi: string;
  en: string;
}

/** `GET /api/service-points/:id/board/status`. */
export interface BoardStatus {
  /** The last write was answered (or nothing had to be written yet). */
  ok: boolean;
  /** When the board last answered a write (ms since epoch); null: never since the host started. */
  lastWriteAt: number | null;
  /** What the board should show now, as text ("A012", "----", "" when dark). */
  showing: string;
  error?: BoardProblem;
}

/** `GET /api/service-points/:id/board`: the settings (null: no board), and what setup may choose from. */
export interface BoardSetup {
  board: BoardSettings | null;
  status: BoardStatus | null;
  protocols: readonly BoardProtocol[];
  baudRates: readonly number[];
}

/** A board's state changed (answering ↔ not answering): its counter and setup say so. Not part of the queue. */
export interface BoardStateChanged {
  kind: 'board';
  at: number;
  servicePointId: number;
  status: BoardStatus;
}
