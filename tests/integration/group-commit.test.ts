import { afterEach, describe, expect, it } from 'vitest';
import type { LuotEvent } from '../../src/shared/events';
import { actor, pointId, serviceId, testCore, type TestCore } from '../helpers/core';

let core: TestCore;
afterEach(() => core?.dispose());

describe('changes that arrive together commit together', () => {
  it('commits a group in one transaction; a refused change leaves the others and publishes nothing', async () => {
    core = testCore();
    const publications: LuotEvent[][] = [];
    core.events.subscribe((events) => publications.push(events));
    const a = serviceId(core, 'A');
    const results = await Promise.allSettled([
      core.events.runGrouped(() => core.engine.issue({ serviceId: a, priority: 'none' }, actor)),
      core.events.runGrouped(() => core.engine.issue({ serviceId: 999, priority: 'none' }, actor)),
      core.events.runGrouped(() => core.engine.callNext(pointId(core, 'Quầy 1'), actor)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { code: 'SERVICE_NOT_FOUND' } });
    // The call saw the ticket issued just before it in the same transaction.
    // One publication for the one commit, in order.
    expect(publications).toHaveLength(1);
    expect(publications[0]!.map((e) => e.kind === 'ticket' && `${e.type} ${e.ticket.displayCode}`)).toEqual([
      'issued A001',
      'called A001',
    ]);
    expect(core.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 2 });
  });

  it('rolls back a failing change inside the group without half-applying it', async () => {
    core = testCore();
    const a = serviceId(core, 'A');
    await expect(
      core.events.runGrouped(() => {
        core.engine.issue({ serviceId: a, priority: 'none' }, actor);
        throw new Error('refused after the insert');
      }),
    ).rejects.toThrow('refused after the insert');
    expect(core.db.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual({ n: 0 });
    const issued = await core.events.runGrouped(() => core.engine.issue({ serviceId: a, priority: 'none' }, actor));
    expect(issued.ticket.displayCode).toBe('A001');
  });
});
