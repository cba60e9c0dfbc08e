/**
 * Issue 19 §6: a tired hand's slip at the counter is taken back — a call, a resolve, a transfer — within 60 s, by
 * the point that took it, recorded as its own event; reports count what stands after the undo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ReportReader } from '../../src/server/reports/report-reader';
import { actor, pointId, serviceId, testCore, type TestCore } from '../helpers/core';
import { testServer } from '../helpers/server';

let core: TestCore;
afterEach(() => core?.dispose());

function issue(prefix: string, priority: 'none' | 'elderly' = 'none') {
  core.clock.advance(1000);
  return core.engine.issue({ serviceId: serviceId(core, prefix), priority }, actor).ticket;
}

function refusal(step: () => unknown) {
  try {
    step();
  } catch (error) {
    return error as { status: number; code: string; text: { vi: string; en: string } };
  }
  throw new Error('the step was not refused');
}

const summary = () => {
  const day = core.engine.today();
  return new ReportReader(core.db, null).summary({ from: day, to: day }, core.clock.now);
};

describe('undo a call', () => {
  it('puts the number back in its place in the queue, and the next call takes it again', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const first = issue('A');
    const second = issue('A');
    const called = core.engine.callNext(q1, actor)!.ticket;
    expect(called.id).toBe(first.id);
    core.clock.advance(5000);
    const undone = core.engine.undo(first.id, q1, actor);
    expect(undone.type).toBe('undone');
    expect(undone.ticket).toMatchObject({ status: 'waiting', servicePointId: null, calledAt: null });
    expect(core.engine.tickets.countWaiting(core.engine.today(), first.serviceId)).toBe(2);
    expect(core.engine.callNext(q1, actor)!.ticket.id).toBe(first.id);
    expect(second.status).toBe('waiting');
  });

  it('gives the priority turn back: the streak is what it was before the call', () => {
    core = testCore();
    core.setup.updateSettings({ priorityPolicy: { kind: 'ratio', regularPerPriority: 1 } });
    const q1 = pointId(core, 'Quầy 1');
    const regular1 = issue('A');
    const regular2 = issue('A');
    const elderly = issue('A', 'elderly');
    const elderly2 = issue('A', 'elderly');
    // Ratio 1: priority first, then one regular, then priority again.
    expect(core.engine.callNext(q1, actor)!.ticket.id).toBe(elderly.id);
    core.engine.resolve(elderly.id, q1, { outcome: 'completed' }, actor);
    const slip = core.engine.callNext(q1, actor)!.ticket;
    expect(slip.id).toBe(regular1.id);
    core.engine.undo(slip.id, q1, actor);
    // Without the streak put back, this call would think a regular had just been served.
    expect(core.engine.callNext(q1, actor)!.ticket.id).toBe(regular1.id);
    expect(core.engine.getTicket(elderly2.id).status).toBe('waiting');
    expect(regular2.status).toBe('waiting');
  });

  it('sends a citizen called back from the absent list back to that list', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const ticket = issue('A');
    const firstCall = core.engine.callNext(q1, actor)!.ticket;
    core.engine.noShow(ticket.id, q1, actor);
    core.clock.advance(120_000);
    core.engine.call(ticket.id, q1, actor);
    const undone = core.engine.undo(ticket.id, q1, actor).ticket;
    expect(undone).toMatchObject({ status: 'no_show', servicePointId: q1, calledAt: firstCall.calledAt });
    expect(core.engine.absentAt(q1).map((t) => t.id)).toEqual([ticket.id]);
  });
});

describe('undo a resolve', () => {
  it('serves the case again with its outcome kept for editing; reports count one resolve, with the new outcome', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const ticket = issue('A');
    core.engine.callNext(q1, actor);
    core.clock.advance(60_000);
    core.engine.resolve(ticket.id, q1, { outcome: 'completed', fileCode: 'H40-0001' }, actor);
    core.clock.advance(20_000);
    const undone = core.engine.undo(ticket.id, q1, actor).ticket;
    expect(undone).toMatchObject({ status: 'serving', outcome: 'completed', fileCode: 'H40-0001', resolvedAt: null });
    expect(summary()).toMatchObject({ resolved: 0, open: 1 });
    core.clock.advance(60_000);
    core.engine.resolve(ticket.id, q1, { outcome: 'incomplete_documents' }, actor);
    const report = summary();
    expect(report).toMatchObject({ resolved: 1, open: 0, byOutcome: [{ code: 'incomplete_documents', count: 1 }] });
    // Service runs from the call to the resolve that stands (2 min 20 s), not to the one undone.
    expect(report.service.count).toBe(1);
    expect(report.service.meanSeconds).toBe(140);
  });

  it('waits until the point is free again: a resolve is not undone over the next citizen', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const ticket = issue('A');
    const next = issue('A');
    core.engine.callNext(q1, actor);
    core.engine.resolve(ticket.id, q1, { outcome: 'completed' }, actor);
    core.engine.callNext(q1, actor);
    const refused = refusal(() => core.engine.undo(ticket.id, q1, actor));
    expect(refused).toMatchObject({ status: 409, code: 'UNDO_POINT_BUSY' });
    expect(refused.text.vi).toContain(next.displayCode);
    core.engine.undo(next.id, q1, actor);
    expect(core.engine.undo(ticket.id, q1, actor).ticket.status).toBe('serving');
  });
});

describe('undo a transfer', () => {
  it('brings the case back to this point and withdraws it where it was sent; reports see no transfer', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const ticket = issue('A');
    core.engine.callNext(q1, actor);
    core.engine.start(ticket.id, q1, actor);
    const moved = core.engine.transfer(ticket.id, q1, { toServiceId: serviceId(core, 'B'), placement: 'front' }, actor);
    const carried = moved.ticket;
    expect(core.engine.tickets.countWaiting(core.engine.today(), carried.serviceId)).toBe(1);
    const back = core.engine.undo(ticket.id, q1, actor).ticket;
    expect(back).toMatchObject({ id: ticket.id, status: 'serving', servicePointId: q1, resolvedAt: null });
    expect(core.engine.getTicket(carried.id).status).toBe('cancelled');
    expect(core.engine.tickets.countWaiting(core.engine.today(), carried.serviceId)).toBe(0);
    expect(core.engine.tickets.currentAtPoint(q1)?.id).toBe(ticket.id);
    const report = summary();
    expect(report).toMatchObject({ issued: 1, transferred: 0, cancelled: 0, open: 1 });
    expect(report.byStatus.cancelled).toBe(0);
  });

  it('is too late once the point it went to has called the case', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const ticket = issue('A');
    core.engine.callNext(q1, actor);
    const q2 = pointId(core, 'Quầy 2');
    const moved = core.engine.transfer(ticket.id, q1, { toServicePointId: q2, placement: 'front' }, actor);
    core.engine.call(moved.ticket.id, q2, actor);
    const refused = refusal(() => core.engine.undo(ticket.id, q1, actor));
    expect(refused).toMatchObject({ status: 409, code: 'UNDO_TOO_LATE' });
    expect(refused.text.vi).toContain('nơi nhận đã tiếp nhận');
  });
});

describe('what may not be undone', () => {
  it('refuses after 60 seconds, in Vietnamese and English, and the step stands', () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const ticket = issue('A');
    core.engine.callNext(q1, actor);
    core.clock.advance(61_000);
    const refused = refusal(() => core.engine.undo(ticket.id, q1, actor));
    expect(refused).toMatchObject({ status: 409, code: 'UNDO_TOO_LATE' });
    expect(refused.text.vi).toContain('quá 60 giây');
    expect(refused.text.en).toContain('60 seconds');
    expect(core.engine.getTicket(ticket.id).status).toBe('called');
  });

  it("refuses another point's step, a step that is not undoable, and a second undo", () => {
    core = testCore();
    const q1 = pointId(core, 'Quầy 1');
    const q2 = pointId(core, 'Quầy 2');
    const ticket = issue('A');
    expect(refusal(() => core.engine.undo(ticket.id, q1, actor)).code).toBe('NOTHING_TO_UNDO');
    core.engine.callNext(q1, actor);
    expect(refusal(() => core.engine.undo(ticket.id, q2, actor))).toMatchObject({
      status: 403,
      code: 'UNDO_NOT_THIS_POINT',
    });
    core.engine.start(ticket.id, q1, actor);
    expect(refusal(() => core.engine.undo(ticket.id, q1, actor)).code).toBe('NOTHING_TO_UNDO');
    core.engine.resolve(ticket.id, q1, { outcome: 'completed' }, actor);
    core.engine.undo(ticket.id, q1, actor);
    const twice = refusal(() => core.engine.undo(ticket.id, q1, actor));
    expect(twice.code).toBe('NOTHING_TO_UNDO');
    expect(twice.text.en).toContain('already undone');
  });
});

describe('POST /api/tickets/:id/undo', () => {
  it('undoes a counter device’s own call and answers 403/409 with both languages otherwise', async () => {
    const server = await testServer();
    try {
      const services = (await server.api<{ id: number; prefix: string }[]>('/api/services')).body;
      const points = (await server.api<{ id: number; nameVi: string }[]>('/api/service-points')).body;
      const a = services.find((s) => s.prefix === 'A')!.id;
      const q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
      const q2 = points.find((p) => p.nameVi === 'Quầy 2')!.id;
      const issued = await server.api('/api/tickets', { body: { serviceId: a, priority: 'none' } });
      const id = issued.body.ticket.id;
      await server.api(`/api/service-points/${q1}/call-next`, { body: {} });
      const other = await server.api(`/api/tickets/${id}/undo`, { body: { servicePointId: q2 } });
      expect(other.status).toBe(403);
      expect(other.body.error).toMatchObject({ code: 'UNDO_NOT_THIS_POINT' });
      expect(other.body.error.vi).toContain('Quầy 2');
      expect(other.body.error.en).toContain('cannot be undone here');
      const undone = await server.api(`/api/tickets/${id}/undo`, { body: { servicePointId: q1 } });
      expect(undone.status).toBe(200);
      expect(undone.body.ticket).toMatchObject({ id, status: 'waiting' });
      const again = await server.api(`/api/tickets/${id}/undo`, { body: { servicePointId: q1 } });
      expect(again.status).toBe(409);
      const history = await server.api<{ history: { type: string }[] }>(`/api/tickets/${id}`);
      expect(history.body.history.map((e) => e.type)).toEqual(['issued', 'called', 'undone']);
    } finally {
      await server.close();
    }
  });
});
