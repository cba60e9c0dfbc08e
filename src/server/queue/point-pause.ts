/** Pausing and resuming a service point: its own event in the log, and the point's state for every screen. */
import type { ServicePointChanged } from '../../shared/events';
import type { Actor, EventLog } from '../events/event-log';
import type { SetupStore } from '../setup/setup-store';
import { STEPS } from '../../shared/contract/steps';
import { pauseUnchanged } from './refusals';
import type { Transactor } from './transactor';

export interface PointContext {
  setup: SetupStore;
  log: EventLog;
  tx: Transactor;
}

export function setPointPaused(
  { setup, log, tx }: PointContext,
  servicePointId: number,
  change: { paused: true; reason: string } | { paused: false },
  actor: Actor,
): ServicePointChanged {
  return tx.run(() => {
    const point = setup.servicePoint(servicePointId);
    if (point.paused === change.paused) throw pauseUnchanged(point, change.paused);
    setup.writePause(point.id, change.paused, change.paused ? change.reason : null);
    const updated = setup.servicePoint(point.id);
    return change.paused
      ? log.servicePoint(STEPS.pause.event, updated, actor, { reason: change.reason })
      : log.servicePoint(STEPS.resume.event, updated, actor, null);
  });
}
