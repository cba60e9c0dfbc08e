/**
 * What a service card shows before the tap (issue 8 §4): the shared issuing rules, with the day's count for the
 * cap, and the queue view keeping that count from live events.
 */
import { describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../src/shared/api';
import type { Service, Ticket } from '../../src/shared/domain';
import { NO_PACE } from '../../src/shared/estimate';
import type { TicketChanged } from '../../src/shared/events';
import { issuingRefusal, issuingStateOf } from '../../src/shared/issuing';
import { applyEvent } from '../../src/shared/queue-view';

const service: Service = {
  id: 1,
  prefix: 'A',
  nameVi: 'Hộ tịch – Chứng thực',
  nameEn: 'Civil status',
  kind: 'counter',
  zoneId: null,
  color: '#1565c0',
  targetWaitMinutes: 20,
  handlingMinutes: 8,
  dailyCap: null,
  issuingDays: [],
  issuingHours: [],
  active: true,
  sortOrder: 0,
};
// Monday 23/11/2026, Hà Nội time.
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+07:00`);

describe('whether a service can issue now', () => {
  it('is open within its hours and under its cap', () => {
    const s = { ...service, dailyCap: 100, issuingHours: [{ from: '07:00', to: '11:30' }] };
    expect(issuingStateOf(s, at('08:00'), 99)).toEqual({ kind: 'open' });
  });

  it('says the cap is reached once the last number is out', () => {
    expect(issuingStateOf({ ...service, dailyCap: 100 }, at('08:00'), 100)).toEqual({
      kind: 'capReached',
      dailyCap: 100,
    });
    // Unknown count: the cap is left to the server.
    expect(issuingStateOf({ ...service, dailyCap: 100 }, at('08:00'))).toEqual({ kind: 'open' });
  });

  it('says when it opens again today, or that today is over', () => {
    const s = {
      ...service,
      issuingHours: [
        { from: '07:00', to: '11:30' },
        { from: '13:30', to: '16:00' },
      ],
    };
    expect(issuingStateOf(s, at('12:10'), 0)).toEqual({ kind: 'outsideHours', opensAt: '13:30' });
    expect(issuingStateOf(s, at('06:30'), 0)).toEqual({ kind: 'outsideHours', opensAt: '07:00' });
    expect(issuingStateOf(s, at('16:00'), 0)).toEqual({ kind: 'outsideHours', opensAt: null });
  });

  it('says a day off, and a retired service', () => {
    expect(issuingStateOf({ ...service, issuingDays: [2, 3] }, at('08:00'), 0)).toEqual({
      kind: 'notToday',
      issuingDays: [2, 3],
    });
    expect(issuingStateOf({ ...service, active: false }, at('08:00'), 0)).toEqual({ kind: 'inactive' });
  });

  it('refuses on the same rules the cards show, with the same words as before', () => {
    const s = { ...service, issuingHours: [{ from: '07:00', to: '11:30' }] };
    expect(issuingRefusal(s, at('12:00'))?.code).toBe('OUTSIDE_ISSUING_HOURS');
    expect(issuingRefusal(s, at('12:00'))?.text.vi).toBe(
      'Đã ngoài giờ cấp số cho "Hộ tịch – Chứng thực". Giờ cấp số: 07:00–11:30.',
    );
    expect(issuingRefusal({ ...s, dailyCap: 1 }, at('08:00'))).toBeNull();
  });
});

describe('the day count on a screen', () => {
  const ticket = (id: number, number: number, over: Partial<Ticket> = {}) =>
    ({ id, number, serviceId: 1, serviceDay: '2026-11-23', status: 'waiting', queuedAt: id, ...over }) as Ticket;
  const view: QueueSnapshot = {
    serviceDay: '2026-11-23',
    lastEventId: 1,
    services: [{ serviceId: 1, waitingCount: 0, waiting: [], pace: NO_PACE, issuedToday: 4 }],
    servicePoints: [],
  };
  const event = (eventId: number, type: TicketChanged['type'], t: Ticket): TicketChanged => ({
    kind: 'ticket',
    eventId,
    type,
    at: 0,
    ticket: t,
    waiting: { 1: 1 },
  });

  it('moves with each new number, not with a transfer that carries a number on', () => {
    let next = applyEvent(view, event(2, 'issued', ticket(5, 5)));
    expect(next.services[0]!.issuedToday).toBe(5);
    next = applyEvent(next, event(3, 'transferred', ticket(9, 2, { transferredFromId: 2 })));
    expect(next.services[0]!.issuedToday).toBe(5);
  });
});
