/**
 * Handlers of staff sign-in at a counter or help desk: who may sign in, who is signed in at a point, sign in (a PIN
 * or a tap on one's name), sign out; and, for an admin, setting a person's PIN. A sign-in makes the person the
 * point's staff, so every call is recorded as theirs; screens hear it as a `servicePoints` setup change.
 */
import type { Actor } from '../../events/event-log';
import { StaffDesk } from '../../staff/staff-desk';
import { actingPoint } from '../auth';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

type StaffSessionEndpoint =
  'staffSignInChoices' | 'pointStaff' | 'staffSignIn' | 'staffSignOut' | 'setStaffPin' | 'pinAlerts';

export function staffSessionHandlers({ core }: RouteContext): Handlers<StaffSessionEndpoint> {
  const desk = new StaffDesk(core.db, core.setup, core.now);
  /** Who serves at a point is part of the point: screens refetch it, and the audit trail says who changed it. */
  const changed = <T>(pointId: number, actor: Actor, change: () => T): T =>
    core.events.run(() => {
      const result = change();
      core.log.setup('servicePoints', 'updated', pointId, actor, ['staffId']);
      return result;
    });

  return {
    staffSignInChoices: () => desk.choices(),

    pointStaff: ({ id }) => desk.atPoint(core.setup.servicePoint(id).id),

    staffSignIn: ({ id, staffId, pin }, { device, actor }) => {
      const point = actingPoint(device, id)!;
      return changed(point, actor, () => desk.signIn(point, staffId, pin, device.id, device.role === 'admin'));
    },

    staffSignOut: ({ id }, { device, actor }) => {
      const point = actingPoint(device, id)!;
      return changed(point, actor, () => desk.signOut(point));
    },

    setStaffPin: ({ id, pin }, { actor }) => {
      core.events.run(() => {
        desk.setPin(id, pin);
        core.log.setup('staff', 'updated', id, actor, ['pin']);
      });
      return null;
    },

    pinAlerts: () => desk.pinAlerts(),
  };
}
