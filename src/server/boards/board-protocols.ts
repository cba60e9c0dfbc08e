/**
 * How each kind of board is told what to show: one row per protocol, turning a face (a number, "----", dark, the
 * test pattern) into Modbus writes. A vendor's board with other registers — or an ASCII-framed one, with a
 * writer of its own — is another row, not a branch elsewhere.
 */
import type { BoardProtocol } from '../../shared/boards';
import { segmentRegisters } from './segment-font';

/** What a board should show. */
export type BoardFace =
  { kind: 'ticket'; displayCode: string; number: number } | { kind: 'paused' } | { kind: 'dark' } | { kind: 'test' };

/** One Modbus request: function 16 (several registers) or function 6 (one register). */
export type ModbusWrite = { fn: 16; address: number; values: number[] } | { fn: 6; address: number; value: number };

export interface BoardProtocolRow {
  id: BoardProtocol;
  /** The text the face puts on a board of this many digits (what setup and the status say it shows). */
  text(face: BoardFace, digits: number): string;
  writes(face: BoardFace, digits: number): ModbusWrite[];
}

/** Register 0x0080: the custom segment string of the LED-485 family. */
export const SEGMENT_STRING_REGISTER = 0x0080;
/** Register 0x0000: the signed integer shown by numbers-only boards. */
export const INTEGER_REGISTER = 0x0000;

/**
 * A ticket's code on `digits` characters, right-aligned as a number board reads: "A012" on five is " A012".
 * A code too long for the board (a two-letter prefix on four digits) drops its letters rather than its digits —
 * "HT012" on four digits shows " 012", never "T012", which would be another service's number.
 */
export function fitCode(displayCode: string, digits: number): string {
  const code = displayCode.length <= digits ? displayCode : displayCode.replace(/^[A-Za-z]+/, '').slice(-digits);
  return code.padStart(digits, ' ');
}

function faceText(face: BoardFace, digits: number): string {
  switch (face.kind) {
    case 'ticket':
      return fitCode(face.displayCode, digits);
    case 'paused':
      return '-'.repeat(digits);
    case 'dark':
      return ' '.repeat(digits);
    case 'test':
      return '8'.repeat(digits);
  }
}

/** Numbers-only boards show a signed integer: the ticket's number; 0 when paused or dark (they draw no dash). */
function faceNumber(face: BoardFace, digits: number): number {
  if (face.kind === 'ticket') return face.number % 10 ** digits;
  if (face.kind === 'test') return Math.min(32767, 10 ** digits - 1);
  return 0;
}

export const BOARD_PROTOCOL_TABLE: Record<BoardProtocol, BoardProtocolRow> = {
  'modbus-7seg': {
    id: 'modbus-7seg',
    text: faceText,
    writes: (face, digits) => [
      { fn: 16, address: SEGMENT_STRING_REGISTER, values: segmentRegisters(faceText(face, digits)) },
    ],
  },
  'modbus-number': {
    id: 'modbus-number',
    text: (face, digits) => {
      const n = faceNumber(face, digits);
      return face.kind === 'ticket' || face.kind === 'test' ? String(n).padStart(digits, ' ') : ' '.repeat(digits);
    },
    // A 16-bit register holds the number in two's complement.
    writes: (face, digits) => [{ fn: 6, address: INTEGER_REGISTER, value: faceNumber(face, digits) & 0xffff }],
  },
};
