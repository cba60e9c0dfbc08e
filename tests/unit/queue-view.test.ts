import { describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../src/shared/api';
import type { Ticket } from '../../src/shared/domain';
import { NO_PACE } from '../../src/shared/estimate';
import type { TicketChanged } from '../../src/shared/events';
import { applyEvent, catchUp, nextFor, nextNumbers, waitingFor } from '../../src/shared/queue-view';

const ticket = (id: number, over: Partial<Ticket> = {}): Ticket => ({
  id,
  serviceDay: '2026-11-23',
  number: id,
  displayCode: `A00${id}`,
  serviceId: 1,
  priority: 'none',
  note: null,
  status: 'waiting',
  queuedAt: 1000 + id,
  issuedAt: 1000 + id,
  calledAt: null,
  startedAt: null,
  resolvedAt: null,
  servicePointId: null,
  targetServicePointId: null,
  staffId: null,
  outcome: null,
  helpKind: null,
  fileCode: null,
  recallCount: 0,
  transferredFromId: null,
  keepsTurn: false,
  caseId: id,
  procedureId: null,
  appointment: null,
  selfIssued: false,
  ...over,
});

const empty: QueueSnapshot = {
  serviceDay: '2026-11-23',
  lastEventId: 10,
  services: [
    { serviceId: 1, waitingCount: 0, waiting: [], pace: NO_PACE, issuedToday: 0 },
    { serviceId: 2, waitingCount: 0, waiting: [], pace: NO_PACE, issuedToday: 0 },
  ],
  servicePoints: [{ servicePointId: 7, paused: false, pauseReason: null, current: null, regularStreak: null }],
};

const event = (
  eventId: number,
  type: TicketChanged['type'],
  t: Ticket,
  waiting: Record<number, number>,
  from?: Ticket,
) => ({ kind: 'ticket', eventId, type, at: 0, ticket: t, waiting, ...(from ? { from } : {}) }) as TicketChanged;

describe('a screen applying live events to its queue', () => {
  it('adds issued tickets in arrival order and moves a called one to its point', () => {
    let view = applyEvent(empty, event(11, 'issued', ticket(2), { 1: 1 }));
    view = applyEvent(view, event(12, 'issued', ticket(1), { 1: 2 }));
    expect(view.services[0]!.waiting.map((t) => t.id)).toEqual([1, 2]);
    view = applyEvent(view, event(13, 'called', ticket(1, { status: 'called', servicePointId: 7 }), { 1: 1 }));
    expect(view.services[0]).toMatchObject({ waitingCount: 1, waiting: [{ id: 2 }] });
    expect(view.servicePoints[0]!.current).toMatchObject({ id: 1, status: 'called' });
    view = applyEvent(view, event(14, 'resolved', ticket(1, { status: 'resolved', servicePointId: 7 }), { 1: 1 }));
    expect(view.servicePoints[0]!.current).toBeNull();
  });

  it('ignores events it already has (replayed after a reconnect)', () => {
    const view = applyEvent(empty, event(9, 'issued', ticket(1), { 1: 1 }));
    expect(view).toBe(empty);
  });

  it('moves a transferred case to its new queue and clears the old point', () => {
    let view = applyEvent(empty, event(11, 'called', ticket(1, { status: 'called', servicePointId: 7 }), { 1: 0 }));
    const moved = ticket(5, { serviceId: 2, displayCode: 'A001', transferredFromId: 1, caseId: 1 });
    view = applyEvent(view, event(12, 'transferred', moved, { 2: 1, 1: 0 }, ticket(1, { status: 'transferred' })));
    expect(view.servicePoints[0]!.current).toBeNull();
    expect(view.services[1]).toMatchObject({ waitingCount: 1, waiting: [{ id: 5, displayCode: 'A001' }] });
  });

  it('lists what a point may call: its services, plus tickets sent to it by name', () => {
    const view = {
      ...empty,
      services: [
        { ...empty.services[0]!, waiting: [ticket(1), ticket(3, { targetServicePointId: 8 })] },
        { ...empty.services[1]!, waiting: [ticket(2, { serviceId: 2, targetServicePointId: 7 })] },
      ],
    };
    expect(waitingFor(view, { id: 7, serviceIds: [1] }).map((t) => t.id)).toEqual([1, 2]);
  });
});

describe('a snapshot that arrives after events it predates', () => {
  const issued = event(11, 'issued', ticket(1), { 1: 1 });
  const called = event(12, 'called', ticket(1, { status: 'called', servicePointId: 7 }), { 1: 0 });
  const shown = [issued, called].reduce(applyEvent, empty);

  it('keeps the call the screen already heard: the events are laid over the late snapshot', () => {
    // Asked for before the call, answered after it (a loaded host; an earlier request answered last).
    const late = applyEvent(empty, issued);
    expect(catchUp(shown, late, [issued, called]).servicePoints[0]!.current).toMatchObject({ id: 1, status: 'called' });
    // The old way (the snapshot as it came) lost it.
    expect(late.servicePoints[0]!.current).toBeNull();
  });

  it('takes a newer snapshot as it is, and keeps a newer picture over an older snapshot', () => {
    const resolved = event(13, 'resolved', ticket(1, { status: 'resolved', servicePointId: 7 }), { 1: 0 });
    const newer = applyEvent(shown, resolved);
    expect(catchUp(shown, newer, [])).toBe(newer);
    expect(catchUp(newer, empty, [])).toBe(newer);
  });

  it('moves to the new day, and never back to yesterday', () => {
    const today = { ...empty, serviceDay: '2026-11-24', lastEventId: 20 };
    const todaysFirst = event(21, 'issued', ticket(1, { serviceDay: '2026-11-24' }), { 1: 1 });
    const caught = catchUp(shown, today, [todaysFirst]);
    expect(caught).toMatchObject({ serviceDay: '2026-11-24', lastEventId: 21 });
    // Yesterday's snapshot answered last: today's events do not apply to it, and today stays.
    expect(catchUp(caught, empty, [todaysFirst])).toBe(caught);
  });
});

describe('next numbers in the order the engine will call them', () => {
  const ratio = { kind: 'ratio', regularPerPriority: 2 } as const;
  const queued = {
    ...empty,
    services: [
      { ...empty.services[0]!, waiting: [ticket(3), ticket(4), ticket(5, { priority: 'elderly' })] },
      empty.services[1]!,
    ],
  };
  const point = { id: 7, serviceIds: [1], active: true, paused: false };

  it('lists a priority ticket first when a fresh point owes one (found: display said A003 A004 A005, counter called A005)', () => {
    expect(nextNumbers(queued, 1, [point], ratio).map((t) => t.id)).toEqual([5, 3, 4]);
    expect(nextFor(queued, point, ratio).map((t) => t.id)).toEqual([5, 3, 4]);
  });

  it("follows the point's streak as it calls", () => {
    let view = applyEvent(
      queued,
      event(11, 'called', ticket(5, { status: 'called', servicePointId: 7, priority: 'elderly' }), { 1: 2 }),
    );
    expect(view.servicePoints[0]!.regularStreak).toBe(0);
    view = applyEvent(view, event(12, 'resolved', ticket(5, { status: 'resolved', servicePointId: 7 }), { 1: 2 }));
    view = applyEvent(view, event(13, 'issued', ticket(6, { priority: 'elderly' }), { 1: 3 }));
    // Two regulars are due before the next priority ticket.
    expect(nextNumbers(view, 1, [point], ratio).map((t) => t.id)).toEqual([3, 4, 6]);
  });

  it('falls back to arrival order when no open point serves the service', () => {
    expect(nextNumbers(queued, 1, [{ ...point, paused: true }], ratio).map((t) => t.id)).toEqual([3, 4, 5]);
  });
});

describe('the greeter card', () => {
  it('counts people ahead in the order they will be called, and knows a ticket was called since', async () => {
    const { aheadInView, liveTicket } = await import('../../src/shared/queue-view');
    const view = {
      ...empty,
      services: [
        { ...empty.services[0]!, waitingCount: 3, waiting: [ticket(1), ticket(2), ticket(3, { priority: 'elderly' })] },
        empty.services[1]!,
      ],
    };
    const points = [{ id: 7, serviceIds: [1], active: true, paused: false }];
    // Found: a priority ticket's card said "nobody ahead"-by-arrival; under strict it is first, under ratio too
    // for a fresh point.
    expect(
      aheadInView(view, ticket(3, { priority: 'elderly' }), points, { kind: 'strict', regularPerPriority: 2 }),
    ).toBe(0);
    expect(aheadInView(view, ticket(2), points, { kind: 'strict', regularPerPriority: 2 })).toBe(2);
    const called = applyEvent(view, event(11, 'called', ticket(2, { status: 'called', servicePointId: 7 }), { 1: 2 }));
    expect(liveTicket(called, ticket(2)).status).toBe('called');
    expect(liveTicket(called, ticket(9)).status).toBe('waiting');
  });
});
