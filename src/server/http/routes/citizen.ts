/**
 * Handlers of the citizen's endpoints (rows in src/shared/contract/endpoints.ts): the rating device's prompt and
 * its answer, the rating figures for reports, a status link's JSON, and the citizen settings.
 */
import { forbidden, LuotError } from '../../../shared/errors';
import type { StatusLinkProblem } from '../../../shared/citizen-status';
import type { FastifyInstance } from 'fastify';
import { GuessLimit } from '../../citizen/guess-limit';
import { StatusHub } from '../../citizen/status-hub';
import { statusPageRoutes } from '../../citizen/status-page';
import type { RouteContext } from '../context';
import { registerEndpoints, type Handlers } from '../endpoints';
import { reportJson } from './reports';
import type { RatingFigures } from '../../../shared/rating';

type CitizenEndpoint =
  'ratingPrompt' | 'rateTicket' | 'ratingFigures' | 'citizenStatus' | 'citizenSettings' | 'updateCitizenSettings';

/** Why a status link does not open, as a refusal. */
export function statusLinkRefusal(problem: StatusLinkProblem): LuotError {
  return problem === 'expired'
    ? new LuotError(404, 'STATUS_LINK_EXPIRED', {
        vi: 'Phiếu này đã hết hạn: đường dẫn chỉ dùng được trong ngày lấy số.',
        en: 'This ticket has expired: its link works only on the day it was issued.',
      })
    : new LuotError(404, 'STATUS_LINK_UNKNOWN', {
        vi: 'Không tìm thấy phiếu: đường dẫn không đúng. Hãy quét lại mã QR trên phiếu.',
        en: 'Ticket not found: the link is not right. Scan the QR code on the ticket again.',
      });
}

export function citizenHandlers({ core }: RouteContext, guesses: GuessLimit): Handlers<CitizenEndpoint> {
  const { citizen, events, log } = core;
  const answerSettings = () => ({ ...citizen.settings.get(), detectedOrigin: citizen.settings.lanOrigin() });

  /** The point a rating device belongs to (set when it was created). */
  const ratingPoint = (servicePointId: number | null): number => {
    if (servicePointId === null) throw forbidden();
    return servicePointId;
  };

  return {
    ratingPrompt: (_input, { device }) =>
      citizen.ratings.prompt(ratingPoint(device.servicePointId), citizen.settings.get().ratingTimeoutSeconds),

    rateTicket: ({ id, ...input }, { device, actor }) => ({
      rating: citizen.ratings.record(id, ratingPoint(device.servicePointId), input, actor),
    }),

    // On the report worker: a year of ratings is read off the queue's thread.
    ratingFigures: (range) => reportJson<RatingFigures>(core, { kind: 'ratings', ...range }),

    citizenStatus: ({ ref }, { request }) => {
      guesses.check(request.ip);
      const found = citizen.status.lookup(ref);
      if ('problem' in found) {
        if (found.problem === 'unknown') guesses.miss(request.ip);
        throw statusLinkRefusal(found.problem);
      }
      citizen.status.beginBatch();
      return citizen.status.statusOf(found.ticket);
    },

    citizenSettings: () => answerSettings(),
    updateCitizenSettings: (patch, { actor }) =>
      events.run(() => {
        const { fields } = citizen.settings.update(patch);
        log.setup('citizenSettings', 'updated', null, actor, fields);
        return answerSettings();
      }),
  };
}

/**
 * Everything the citizen's side serves: its endpoints, the status pages (`/s/:ref`) and their live stream. Call
 * after the screens' event hub is registered, so status pages hear each change after the screens do.
 */
export function citizenRoutes(app: FastifyInstance, context: RouteContext, rendererDir: string | undefined): StatusHub {
  const guesses = new GuessLimit();
  registerEndpoints(app, context, citizenHandlers(context, guesses));
  statusPageRoutes(app, context.core, guesses, rendererDir);
  const hub = new StatusHub(context.core, guesses);
  hub.register(app);
  return hub;
}
