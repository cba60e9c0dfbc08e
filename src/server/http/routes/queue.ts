/** Handlers of the queue's endpoints (rows in src/shared/contract/endpoints.ts): issuing, calling, finishing. */
import type { QueueSnapshot, ServicePointToday } from '../../../shared/api';
import { isPublicRole, publicSnapshot } from '../../../shared/contract/privacy';
import { isSelfService } from '../../../shared/contract/roles';
import { badRequest, conflict } from '../../../shared/errors';
import { queueSnapshot, SnapshotText } from '../../queue/queue-snapshot';
import { actingPoint } from '../auth';
import type { RouteContext } from '../context';
import { JsonText, type Handlers } from '../endpoints';

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
  | 'undo'
  | 'cancel';

/** A kiosk asks before the 4th number in a minute. */
const KIOSK_REPEAT_LIMIT = 3;

export function queueHandlers({ core, version }: RouteContext): Handlers<QueueEndpoint> {
  const { engine, setup } = core;
  // Through the partial index events_issued_by_device: a few rows, however long the log.
  const recentIssued = core.db.prepare(
    `SELECT count(*) AS count, max(ticket_id) AS lastId
     FROM (SELECT ticket_id FROM events INDEXED BY events_issued_by_device
           WHERE type = 'issued' AND device_id = @device AND at > @since)`,
  );
  const recentSelfIssued = (deviceId: number) => {
    const row = recentIssued.get({ device: deviceId, since: core.now() - 60_000 }) as {
      count: number;
      lastId: number | null;
    };
    return { count: row.count, lastCode: row.lastId === null ? null : engine.getTicket(row.lastId).displayCode };
  };
  // The same picture for every screen of an audience until the database changes (queue-snapshot.ts).
  const snapshots = new SnapshotText(
    core.db,
    () => queueSnapshot(engine, setup),
    () => engine.today(),
  );
  return {
    health: () => (core.damage ? { ok: true, version, databaseProblem: core.damage.advice } : { ok: true, version }),
    queue: (_input, { device }) =>
      new JsonText<QueueSnapshot>(
        isPublicRole(device.role) ? snapshots.text('public', publicSnapshot) : snapshots.text('full', (s) => s),
      ),

    issueTicket: (input, { device, actor }) => {
      if (input.procedureId !== undefined) core.procedures.get(input.procedureId); // PROCEDURE_NOT_FOUND, in words
      // The kiosk: the citizen's own ticket, without a note; a child tapping away is asked before a 4th in a minute.
      const selfIssued = isSelfService(device.role);
      const repeat = selfIssued ? recentSelfIssued(device.id) : null;
      if (repeat && repeat.count >= KIOSK_REPEAT_LIMIT && !input.confirmRepeat)
        throw conflict(
          'CONFIRM_ANOTHER_NUMBER',
          {
            vi: `Quý vị đã có số ${repeat.lastCode} — lấy thêm số?`,
            en: `You already have number ${repeat.lastCode} — take another one?`,
          },
          { lastCode: repeat.lastCode, count: repeat.count },
        );
      const { ticket } = engine.issue(selfIssued ? { ...input, note: undefined } : input, actor, {
        selfIssued,
        confirmedRepeat: !!repeat && repeat.count >= KIOSK_REPEAT_LIMIT,
      });
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
      if (point === null) throw servicePointRequired('call');
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

    undo: ({ id, servicePointId }, { device, actor }) => {
      const point = actingPoint(device, servicePointId);
      if (point === null) throw servicePointRequired('undo');
      return { ticket: engine.undo(id, point, actor).ticket };
    },

    cancel: (input, { device, actor }) => {
      const point = device.role === 'greeter' ? null : actingPoint(device, input.servicePointId);
      return { ticket: engine.cancel(input.id, point, input, actor, { role: device.role }).ticket };
    },
  };
}

/** A step taken by a point must say which one (an admin's screen has no point of its own). */
function servicePointRequired(step: 'call' | 'undo') {
  return badRequest(
    'SERVICE_POINT_REQUIRED',
    step === 'call'
      ? { vi: 'Hãy cho biết quầy/bàn gọi số (servicePointId).', en: 'Say which service point calls (servicePointId).' }
      : {
          vi: 'Hãy cho biết quầy/bàn hoàn tác (servicePointId).',
          en: 'Say which service point undoes the step (servicePointId).',
        },
  );
}
