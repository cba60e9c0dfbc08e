/** The event log holds only what the contract's table knows, and everything stored was published (issue 9). */
import { afterEach, describe, expect, it } from 'vitest';
import { readRow } from '../../src/server/events/event-log';
import { EVENT_TYPES } from '../../src/shared/contract/events';
import type { LuotEvent } from '../../src/shared/events';
import { testCore, type TestCore } from '../helpers/core';

let core: TestCore;
afterEach(() => core?.dispose());

describe('the event contract', () => {
  it('refuses, in the database itself, an event type the table does not know', () => {
    core = testCore();
    const insert = (type: string) =>
      core.db.prepare('INSERT INTO events (at, type, data) VALUES (?, ?, NULL)').run(Date.now(), type);
    expect(() => insert('ticket_teleported')).toThrow(/unknown event type/);
    expect(() => insert('resumed')).not.toThrow();
    expect(EVENT_TYPES).toContain('setup_changed');
  });

  it('publishes every event it stores, and every stored event reads back through the table', () => {
    core = testCore();
    const heard: LuotEvent[] = [];
    core.events.subscribe((events) => heard.push(...events));
    const actor = { deviceId: null };
    const [a, , , , , help] = core.setup.services();
    const [q1] = core.setup.servicePoints();
    const desk = core.setup.servicePoints().find((p) => p.kind === 'help_desk' && p.serviceIds.includes(help!.id))!;
    core.engine.issue({ serviceId: a!.id, priority: 'none' }, actor);
    core.engine.issue({ serviceId: a!.id, priority: 'elderly' }, actor);
    const first = core.engine.callNext(q1!.id, actor)!.ticket;
    core.engine.recall(first.id, q1!.id, actor);
    core.engine.noShow(first.id, q1!.id, actor);
    core.engine.call(first.id, q1!.id, actor);
    core.engine.transfer(first.id, q1!.id, { toServiceId: help!.id, placement: 'front' }, actor);
    const atDesk = core.engine.callNext(desk.id, actor)!.ticket;
    core.engine.start(atDesk.id, desk.id, actor);
    core.engine.resolve(atDesk.id, desk.id, { outcome: 'completed', helpKind: 'vneid_activation' }, actor);
    core.engine.pause(q1!.id, 'Họp', actor);
    core.engine.resume(q1!.id, actor);
    const waiting = core.engine.callNext(q1!.id, actor)!.ticket;
    core.engine.cancel(waiting.id, q1!.id, { reason: 'Nhầm dịch vụ' }, actor);
    core.clock.now = Date.parse('2026-11-24T08:00:00+07:00');
    core.engine.issue({ serviceId: a!.id, priority: 'none' }, actor);

    const rows = core.db.prepare('SELECT * FROM events ORDER BY id').all() as Parameters<typeof readRow>[0][];
    const stored = rows.map(readRow);
    expect(new Set(stored.map((e) => e.type))).toEqual(
      new Set([
        'issued',
        'called',
        'recalled',
        'no_show',
        'transferred',
        'started',
        'resolved',
        'paused',
        'resumed',
        'cancelled',
        'day_closed',
      ]),
    );
    const publishedIds = new Set(heard.flatMap((e) => ('eventId' in e ? [e.eventId] : [])));
    expect(stored.filter((e) => !publishedIds.has(e.id))).toEqual([]);
  });
});
