/**
 * The server's side of the one wait (issue 19 §5): "ahead" from a ticket's line in the engine's pick order
 * (waiting-lines.ts) and the minutes from src/shared/estimate.ts — what the printed ticket and the citizen's
 * status page say. Screens that follow the queue live compute the same with src/shared/queue-view.ts `waitInView`.
 */
import type { Service, Ticket } from '../../shared/domain';
import { waitMinutes, type ServicePace, type WaitEstimate } from '../../shared/estimate';
import { aheadIn, type WaitingLine } from './waiting-lines';

export function ticketWait(
  ticket: Ticket,
  line: WaitingLine,
  service: Pick<Service, 'handlingMinutes'>,
  pace: ServicePace,
): WaitEstimate {
  const ahead = aheadIn(line, ticket);
  return { ahead, minutes: waitMinutes(ahead, line.openPoints, service.handlingMinutes, pace) };
}
