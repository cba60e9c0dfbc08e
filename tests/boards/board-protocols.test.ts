import { describe, expect, it } from 'vitest';
import { BOARD_PROTOCOL_TABLE, fitCode } from '../../src/server/boards/board-protocols';
import { faceOf, applyToPoint, type PointFace } from '../../src/server/boards/point-face';
import { segmentRegisters } from '../../src/server/boards/segment-font';
import type { Ticket } from '../../src/shared/domain';
import type { LuotEvent } from '../../src/shared/events';

describe('the modbus-7seg segment string', () => {
  it("packs two segment bytes per register, the first character high, from the boards' table", () => {
    // A = 0x77, 0 = 0x3f, 1 = 0x06, 2 = 0x5b
    expect(segmentRegisters('A012')).toEqual([0x773f, 0x065b]);
    expect(segmentRegisters('----')).toEqual([0x4040, 0x4040]);
    // An odd length is padded with a space (no segments lit); lower case reads as upper case.
    expect(segmentRegisters('b12')).toEqual([0x7c06, 0x5b00]);
    // A character the board cannot draw stays dark rather than looking like another number.
    expect(segmentRegisters('Đ1')).toEqual([0x0006]);
  });

  it('writes function 16 at 0x0080; numbers-only boards get function 6 at 0x0000 as a signed integer', () => {
    const face = { kind: 'ticket', displayCode: 'A012', number: 12 } as const;
    expect(BOARD_PROTOCOL_TABLE['modbus-7seg'].writes(face, 4)).toEqual([
      { fn: 16, address: 0x80, values: [0x773f, 0x065b] },
    ]);
    expect(BOARD_PROTOCOL_TABLE['modbus-number'].writes(face, 4)).toEqual([{ fn: 6, address: 0, value: 12 }]);
    expect(BOARD_PROTOCOL_TABLE['modbus-7seg'].text({ kind: 'paused' }, 5)).toBe('-----');
  });

  it('fits a code to the board, dropping the letters of a prefix too long rather than digits', () => {
    expect(fitCode('A012', 4)).toBe('A012');
    expect(fitCode('A012', 6)).toBe('  A012');
    expect(fitCode('HT012', 4)).toBe(' 012');
    expect(fitCode('HT012', 5)).toBe('HT012');
  });
});

describe("a point's face", () => {
  const ticket = (id: number, status: Ticket['status'], code = `A00${id}`) =>
    ({ id, displayCode: code, number: id, status, servicePointId: 3 }) as Ticket;
  const event = (type: string, t: Ticket, from?: Ticket) =>
    ({ kind: 'ticket', type, ticket: t, ...(from ? { from } : {}) }) as unknown as LuotEvent;
  const start: PointFace = { paused: false, current: null, last: null };

  it('shows the call, keeps or clears it after the case ends, and "----" while paused', () => {
    let state = applyToPoint(start, 3, event('called', ticket(1, 'called'))).state;
    expect(faceOf(state, 'keep')).toEqual({ kind: 'ticket', displayCode: 'A001', number: 1 });
    state = applyToPoint(state, 3, event('resolved', ticket(1, 'resolved'))).state;
    expect(faceOf(state, 'keep')).toMatchObject({ displayCode: 'A001' });
    expect(faceOf(state, 'clear')).toEqual({ kind: 'dark' });
    const paused = { kind: 'servicePoint', servicePoint: { id: 3, paused: true } } as unknown as LuotEvent;
    expect(faceOf(applyToPoint(state, 3, paused).state, 'keep')).toEqual({ kind: 'paused' });
    // Another point's call changes nothing here.
    expect(applyToPoint(state, 4, event('called', ticket(2, 'called'))).state).toBe(state);
  });

  it('asks for a write again on recall even though the text is the same', () => {
    const called = applyToPoint(start, 3, event('called', ticket(1, 'called'))).state;
    expect(applyToPoint(called, 3, event('recalled', ticket(1, 'called'))).again).toBe(true);
    expect(applyToPoint(called, 3, event('started', ticket(1, 'serving'))).again).toBe(false);
  });
});
