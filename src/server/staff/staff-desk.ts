/**
 * Signing in at a counter or help desk. Signing in makes the person the point's staff (`service_points.staff_id`),
 * which the queue engine records on every call — so each step is attributed to the person. One person per point
 * and one point per person: signing in closes the point's previous session ("switched") and the person's
 * session elsewhere ("moved"). Sessions are kept forever; the roster and the hours are read from them.
 */
import type { Database } from 'better-sqlite3';
import { badRequest, LuotError } from '../../shared/errors';
import type { PinAlert, PointStaff, SignInChoice } from '../../shared/people';
import { serviceDayOf } from '../../shared/time';
import type { SetupStore } from '../setup/setup-store';
import { hashPin, pinMatches } from './pin-hash';
import { PinTries } from './pin-tries';

const wrongPin = () =>
  new LuotError(403, 'WRONG_PIN', {
    vi: 'Mã PIN không đúng. Hãy nhập lại, hoặc nhờ quản trị đặt lại mã.',
    en: 'The PIN is not right. Try again, or ask the administrator to reset it.',
  });

export class StaffDesk {
  /** Wrong PINs per device and person, and per person on every device (issue 24): src/server/staff/pin-tries.ts. */
  private readonly tries = new PinTries();

  constructor(
    private readonly db: Database,
    private readonly setup: SetupStore,
    private readonly now: () => number,
  ) {}

  /** Who may sign in (active staff and volunteers), and whether each needs a PIN. */
  choices(): SignInChoice[] {
    const pins = new Set(this.db.prepare('SELECT staff_id FROM staff_pins').pluck().all() as number[]);
    const at = new Map(
      (
        this.db.prepare('SELECT staff_id, service_point_id FROM staff_sessions WHERE signed_out_at IS NULL').all() as {
          staff_id: number;
          service_point_id: number;
        }[]
      ).map((r) => [r.staff_id, r.service_point_id]),
    );
    return this.setup
      .staff()
      .filter((s) => s.active)
      .map((s) => ({
        id: s.id,
        name: s.name,
        role: s.role,
        hasPin: pins.has(s.id),
        atServicePointId: at.get(s.id) ?? null,
      }));
  }

  atPoint(servicePointId: number): PointStaff {
    const row = this.db
      .prepare(
        `SELECT s.id, s.name, s.role, x.signed_in_at FROM staff_sessions x JOIN staff s ON s.id = x.staff_id
         WHERE x.service_point_id = ? AND x.signed_out_at IS NULL`,
      )
      .get(servicePointId) as
      { id: number; name: string; role: SignInChoice['role']; signed_in_at: number } | undefined;
    return {
      servicePointId,
      staff: row ? { id: row.id, name: row.name, role: row.role } : null,
      signedInAt: row?.signed_in_at ?? null,
    };
  }

  /** `byAdmin`: an administrator signs the person in; no PIN is asked (an admin can always sign a person in). */
  signIn(
    servicePointId: number,
    staffId: number,
    pin: string | undefined,
    deviceId: number | null,
    byAdmin = false,
  ): PointStaff {
    const point = this.setup.servicePoint(servicePointId);
    const person = this.setup.staffMember(staffId);
    if (!person.active)
      throw badRequest('STAFF_INACTIVE', {
        vi: `${person.name} không còn trong danh sách làm việc; hãy nhờ quản trị bật lại.`,
        en: `${person.name} is no longer on the active list; ask the administrator to turn them back on.`,
      });
    if (!byAdmin) this.checkPin(staffId, pin, deviceId, point.id);
    const now = this.now();
    this.db.transaction(() => {
      const close = this.db.prepare(
        'UPDATE staff_sessions SET signed_out_at = ?, end_reason = ? WHERE signed_out_at IS NULL AND (service_point_id = ? OR staff_id = ?)',
      );
      // Whoever was signed in here is switched out; the person signing in leaves any other point.
      const elsewhere = this.db
        .prepare(
          'SELECT service_point_id FROM staff_sessions WHERE staff_id = ? AND signed_out_at IS NULL AND service_point_id <> ?',
        )
        .pluck()
        .get(staffId, point.id) as number | undefined;
      close.run(now, 'switched', point.id, -1);
      close.run(now, 'moved', -1, staffId);
      if (elsewhere !== undefined) this.setup.updateServicePoint(elsewhere, { staffId: null });
      this.db
        .prepare(
          `INSERT INTO staff_sessions (staff_id, service_point_id, device_id, service_day, signed_in_at)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(staffId, point.id, deviceId, serviceDayOf(now), now);
      this.setup.updateServicePoint(point.id, { staffId });
    })();
    return this.atPoint(point.id);
  }

  signOut(servicePointId: number): PointStaff {
    const point = this.setup.servicePoint(servicePointId);
    this.db.transaction(() => {
      this.db
        .prepare(
          "UPDATE staff_sessions SET signed_out_at = ?, end_reason = 'signed_out' WHERE service_point_id = ? AND signed_out_at IS NULL",
        )
        .run(this.now(), point.id);
      this.setup.updateServicePoint(point.id, { staffId: null });
    })();
    return this.atPoint(point.id);
  }

  /** Sets (or with null clears) a person's PIN; without one they sign in with a tap on their name. */
  setPin(staffId: number, pin: string | null): void {
    this.setup.staffMember(staffId);
    if (pin === null) this.db.prepare('DELETE FROM staff_pins WHERE staff_id = ?').run(staffId);
    else
      this.db
        .prepare(
          `INSERT INTO staff_pins (staff_id, pin_hash, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (staff_id) DO UPDATE SET pin_hash = excluded.pin_hash, updated_at = excluded.updated_at`,
        )
        .run(staffId, hashPin(pin), this.now());
    this.tries.forget(staffId);
  }

  /** People whose PIN is being guessed, for the manager. */
  pinAlerts(): PinAlert[] {
    return this.tries.alerts((staffId) => this.setup.staffMember(staffId).name);
  }

  /** The point where the person last signed in: the person-wide wait never blocks them there. */
  private usualPoint(staffId: number): number | null {
    return (
      (this.db
        .prepare(
          'SELECT service_point_id FROM staff_sessions WHERE staff_id = ? ORDER BY signed_in_at DESC, id DESC LIMIT 1',
        )
        .pluck()
        .get(staffId) as number | undefined) ?? null
    );
  }

  private checkPin(staffId: number, pin: string | undefined, deviceId: number | null, pointId: number): void {
    const stored = this.db.prepare('SELECT pin_hash FROM staff_pins WHERE staff_id = ?').pluck().get(staffId) as
      string | undefined;
    if (stored === undefined) return;
    const now = this.now();
    const device = String(deviceId ?? 'host');
    this.tries.assertMayTry(staffId, device, this.usualPoint(staffId) === pointId, now);
    if (!pin)
      throw badRequest('PIN_REQUIRED', {
        vi: 'Người này đăng nhập bằng mã PIN; hãy nhập mã.',
        en: 'This person signs in with a PIN; enter it.',
      });
    if (!pinMatches(pin, stored)) {
      this.tries.wrong(staffId, device, now);
      throw wrongPin();
    }
    this.tries.right(staffId, device);
  }
}
