/**
 * Handlers of the setup endpoints: read by every screen, changed by an admin. Services, points and staff are
 * retired with `active: false`, never deleted — tickets in the history point at them. Every change is one
 * transaction with its `setup_changed` event (who changed what: the audit trail), published after the commit.
 */
import type { SetupSubject } from '../../../shared/contract/events';
import { isPublicRole, publicPoint } from '../../../shared/contract/privacy';
import type { Actor } from '../../events/event-log';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

type SetupEndpoint =
  | 'zones'
  | 'createZone'
  | 'updateZone'
  | 'services'
  | 'createService'
  | 'updateService'
  | 'servicePoints'
  | 'createServicePoint'
  | 'updateServicePoint'
  | 'staff'
  | 'createStaff'
  | 'updateStaff'
  | 'helpKinds'
  | 'createHelpKind'
  | 'updateHelpKind'
  | 'settings'
  | 'updateSettings';

export function setupHandlers({ core }: RouteContext): Handlers<SetupEndpoint> {
  const { setup, events, log } = core;

  /** Applies a setup change and records it (which fields were sent, never their values), together. */
  function change<T extends { id: number }>(
    what: SetupSubject,
    action: 'created' | 'updated',
    actor: Actor,
    sent: object,
    apply: () => T,
  ): T {
    return events.run(() => {
      const result = apply();
      log.setup(what, action, result.id, actor, Object.keys(sent));
      return result;
    });
  }

  return {
    zones: () => setup.zones(),
    createZone: (input, { actor }) => change('zones', 'created', actor, input, () => setup.createZone(input)),
    updateZone: ({ id, ...patch }, { actor }) =>
      change('zones', 'updated', actor, patch, () => setup.updateZone(id, patch)),

    services: () => setup.services(),
    createService: (input, { actor }) => change('services', 'created', actor, input, () => setup.createService(input)),
    updateService: ({ id, ...patch }, { actor }) =>
      change('services', 'updated', actor, patch, () => setup.updateService(id, patch)),

    servicePoints: (_input, { device }) =>
      isPublicRole(device.role) ? setup.servicePoints().map(publicPoint) : setup.servicePoints(),
    createServicePoint: (input, { actor }) =>
      change('servicePoints', 'created', actor, input, () => setup.createServicePoint(input)),
    updateServicePoint: ({ id, ...patch }, { actor }) =>
      change('servicePoints', 'updated', actor, patch, () => setup.updateServicePoint(id, patch)),

    staff: () => setup.staff(),
    createStaff: (input, { actor }) => change('staff', 'created', actor, input, () => setup.createStaff(input)),
    updateStaff: ({ id, ...patch }, { actor }) =>
      change('staff', 'updated', actor, patch, () => setup.updateStaff(id, patch)),

    helpKinds: () => setup.helpKinds.list(),
    createHelpKind: (input, { actor }) =>
      change('helpKinds', 'created', actor, input, () => setup.helpKinds.create(input)),
    updateHelpKind: ({ id, ...patch }, { actor }) =>
      change('helpKinds', 'updated', actor, patch, () => setup.helpKinds.update(id, patch)),

    settings: () => setup.settings(),
    updateSettings: (patch, { actor }) =>
      events.run(() => {
        const updated = setup.updateSettings(patch);
        log.setup('settings', 'updated', null, actor, Object.keys(patch), updated);
        return updated;
      }),
  };
}
