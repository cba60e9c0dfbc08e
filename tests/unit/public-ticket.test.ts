/**
 * What leaves the host for a public screen is chosen, not left over (issue 19, point 9): the ticket sent to the wall
 * display and the rating tablet is built from an allow-list, and a ticket field nobody has classed fails here. In
 * the same spirit a step's roles and its event are written once, in `STEPS`: the endpoint rows of the steps take
 * their roles from it, and the engine logs `STEPS[step].event`.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/shared/contract/endpoints';
import { PUBLIC_TICKET, publicEvent, publicTicket } from '../../src/shared/contract/privacy';
import { STEPS, type StepName } from '../../src/shared/contract/steps';
import type { Ticket } from '../../src/shared/domain';
import { actor, pointId, serviceId, testCore, type TestCore } from '../helpers/core';

let core: TestCore | undefined;
afterEach(() => core?.dispose());

/** A ticket as the store gives it, with everything private filled in: note, procedure, priority, file code… */
function storedTicket(): Ticket {
  core = testCore();
  const procedure = core.procedures.list()[0]!;
  core.engine.issue(
    { serviceId: procedure.serviceId, priority: 'disability', note: 'đi xe lăn', procedureId: procedure.id },
    actor,
  );
  const point = core.setup.servicePoints().find((p) => p.serviceIds.includes(procedure.serviceId))!;
  const called = core.engine.callNext(point.id, actor)!.ticket;
  return core.engine.resolve(called.id, point.id, { outcome: 'completed', fileCode: 'H01.22-261207-0001' }, actor)
    .ticket;
}

describe('the public ticket', () => {
  it('classes every field the store gives a ticket (a new field must say whether it is public)', () => {
    const ticket = storedTicket();
    expect(Object.keys(PUBLIC_TICKET).sort()).toEqual(Object.keys(ticket).sort());
  });

  it('carries the public fields as they are and none of the private ones', () => {
    const ticket = storedTicket();
    const shown = publicTicket({ ...ticket, staffId: 3, helpKind: 'vneid_activation', selfIssued: true });
    expect(shown).toMatchObject({
      id: ticket.id,
      displayCode: ticket.displayCode,
      status: 'resolved',
      servicePointId: ticket.servicePointId,
      priority: 'withheld',
      note: null,
      fileCode: null,
      staffId: null,
      outcome: null,
      helpKind: null,
      procedureId: null,
      selfIssued: false,
    });
    expect(ticket.procedureId).not.toBeNull();
  });

  it('is built from the list: a field the list does not name never leaves', () => {
    const ticket = { ...storedTicket(), secretAddedLater: 'số CCCD' } as Ticket;
    expect(publicTicket(ticket)).not.toHaveProperty('secretAddedLater');
    const event = publicEvent({ kind: 'ticket', eventId: 1, type: 'issued', at: 0, ticket } as never);
    expect(JSON.stringify(event)).not.toContain('số CCCD');
  });
});

describe('a step is written once', () => {
  const ENDPOINT_OF_STEP: Partial<Record<StepName, keyof typeof ENDPOINTS>> = {
    issue: 'issueTicket',
    callNext: 'callNext',
    call: 'callTicket',
    recall: 'recall',
    noShow: 'noShow',
    start: 'start',
    resolve: 'resolve',
    transfer: 'transfer',
    cancel: 'cancel',
    undo: 'undo',
    pause: 'pause',
    resume: 'resume',
  };

  it.each(Object.entries(ENDPOINT_OF_STEP))('the %s endpoint takes its roles from STEPS', (step, endpoint) => {
    expect(ENDPOINTS[endpoint!].roles).toBe(STEPS[step as StepName].roles);
  });

  it('every step a screen may take has its endpoint', () => {
    const taken = (Object.keys(STEPS) as StepName[]).filter((step) => STEPS[step].roles.length > 0);
    expect(taken.sort()).toEqual(Object.keys(ENDPOINT_OF_STEP).sort());
  });

  it('the engine logs STEPS[step].event, never an event name of its own', () => {
    for (const file of ['queue-engine.ts', 'day-sweep.ts', 'point-pause.ts', 'undo.ts']) {
      const source = readFileSync(new URL(`../../src/server/queue/${file}`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/log\.(ticket|servicePoint)\(\s*'/);
    }
  });

  it('a step run through the engine stores the event its row names', () => {
    core = testCore();
    const a = serviceId(core, 'A');
    const q1 = pointId(core, 'Quầy 1');
    expect(core.engine.issue({ serviceId: a, priority: 'none' }, actor).type).toBe(STEPS.issue.event);
    const called = core.engine.callNext(q1, actor)!;
    expect(called.type).toBe(STEPS.callNext.event);
    expect(core.engine.noShow(called.ticket.id, q1, actor).type).toBe(STEPS.noShow.event);
  });
});
