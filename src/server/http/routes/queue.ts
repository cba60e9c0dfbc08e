/** Handlers of the queue's endpoints (rows in src/shared/contract/endpoints.ts): issuing, calling, finishing. */
import type { ServicePointToday } from '../../../shared/api';
import { isPublicRole, publicSnapshot } from '../../../shared/contract/privacy';
import { badRequest } from '../../../shared/errors';
import { queueSnapshot } from '../../queue/queue-snapshot';
import { actingPoint } from '../auth';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

type QueueEndpoint =
  | 'health'
  | 'queue'
  | 'issueTicket'
  | 'ticket'
  | 'callNext'
  | 'pause'
  | 'resume'
  | 'pointToday'
  | 'pointAbsent'
  | 'callTicket'
  | 'recall'
  | 'noShow'
  | 'start'
  | 'resolve'
  | 'transfer'
  | 'cancel';

export function queueHandlers({ core, version }: RouteContext): Handlers<QueueEndpoint> {
  const { engine, setup } = core;
  return {
    health: () => ({ ok: true, version }),
    queue: (_input, { device }) => {
      const snapshot = queueSnapshot(engine, setup);
      return isPublicRole(device.role) ? publicSnapshot(snapshot) : snapshot;
    },

    issueTicket: (input, { actor }) => {
      if (input.procedureId !== undefined) core.procedures.get(input.procedureId); // PROCEDURE_NOT_FOUND, in words
      const { ticket } = engine.issue(input, actor);
      // Queued, never awaited: the print starts after this commit, and a printer fault cannot undo the ticket.
      const print = core.printing.printTicket(ticket, { deviceId: actor.deviceId, reprint: false });
      return { ticket, print };
    },

    ticket: ({ id }) => {
      const ticket = engine.getTicket(id);
      return { ticket, history: core.log.caseHistory(ticket.caseId) };
    },

    callNext: ({ id, staffId }, { device, actor }) => {
      const point = actingPoint(device, id)!;
      const called = engine.callNext(point, { ...actor, staffId: staffId ?? null });
      return called ? { ticket: called.ticket } : null;
    },

    pause: ({ id, reason }, { device, actor }) => ({
      servicePoint: engine.pause(actingPoint(device, id)!, reason, actor).servicePoint,
    }),
    resume: ({ id }, { device, actor }) => ({
      servicePoint: engine.resume(actingPoint(device, id)!, actor).servicePoint,
    }),

    pointToday: ({ id }): ServicePointToday => {
      const point = setup.servicePoint(id);
      const serviceDay = engine.today();
      const row = engine.tickets.pointToday(point.id, serviceDay);
      return {
        serviceDay,
        called: row.called,
        resolved: row.resolved,
        noShow: row.noShow,
        transferred: row.transferred,
        avgServiceSeconds: row.avgServiceMs === null ? null : Math.round(row.avgServiceMs / 1000),
      };
    },

    pointAbsent: ({ id }) => ({ tickets: engine.absentAt(setup.servicePoint(id).id) }),

    callTicket: ({ id, servicePointId, staffId }, { device, actor }) => {
      const point = actingPoint(device, servicePointId);
      if (point === null)
        throw badRequest('SERVICE_POINT_REQUIRED', {
          vi: 'Hãy cho biết quầy/bàn gọi số (servicePointId).',
          en: 'Say which service point calls (servicePointId).',
        });
      return { ticket: engine.call(id, point, { ...actor, staffId: staffId ?? null }).ticket };
    },

    recall: ({ id, servicePointId }, { device, actor }) => ({
      ticket: engine.recall(id, actingPoint(device, servicePointId), actor).ticket,
    }),
    noShow: ({ id, servicePointId }, { device, actor }) => ({
      ticket: engine.noShow(id, actingPoint(device, servicePointId), actor).ticket,
    }),
    start: ({ id, servicePointId }, { device, actor }) => ({
      ticket: engine.start(id, actingPoint(device, servicePointId), actor).ticket,
    }),
    resolve: (input, { device, actor }) => ({
      ticket: engine.resolve(input.id, actingPoint(device, input.servicePointId), input, actor).ticket,
    }),

    transfer: (input, { device, actor }) => {
      const point = device.role === 'greeter' ? null : actingPoint(device, input.servicePointId);
      const moved = engine.transfer(input.id, point, input, actor, { role: device.role });
      return { ticket: moved.ticket, from: moved.from! };
    },

    cancel: (input, { device, actor }) => {
      const point = device.role === 'greeter' ? null : actingPoint(device, input.servicePointId);
      return { ticket: engine.cancel(input.id, point, input, actor, { role: device.role }).ticket };
    },
  };
}
