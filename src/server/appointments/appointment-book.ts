/**
 * The appointment book (issue 22): bookings, their check-in into a ticket, the missed ones, and what each service
 * holds of its daily cap for them. The queue engine asks it what is held (a walk-in refused because of it is told
 * so) and the snapshot shows it; the rules themselves are in src/shared/appointments.ts.
 */
import type { Database, Statement } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { AppointmentSettingsInput, BookInput } from '../../shared/appointment-schemas';
import {
  appointmentAt,
  checkInTiming,
  codeFrom,
  DEFAULT_SERVICE_APPOINTMENTS,
  slotTimes,
  windowEnd,
  type Appointment,
  type AppointmentHold,
  type AppointmentSettings,
  type AppointmentSource,
  type ServiceAppointments,
} from '../../shared/appointments';
import type { PriorityClass, Ticket } from '../../shared/domain';
import { badRequest, conflict, notFound } from '../../shared/errors';
import { formatServiceDay, serviceDayOf } from '../../shared/time';
import type { Actor } from '../events/event-log';
import type { Clock, QueueEngine } from '../queue/queue-engine';
import type { SetupStore } from '../setup/setup-store';

interface AppointmentRow {
  id: number;
  code: string;
  service_id: number;
  day: string;
  time: string;
  procedure_id: number | null;
  name: string | null;
  phone_last4: string | null;
  missing_papers: string;
  source: AppointmentSource;
  follows_ticket_id: number | null;
  status: Appointment['status'];
  created_at: number;
  checked_in_at: number | null;
  on_time: number | null;
  ticket_id: number | null;
}

const fromRow = (r: AppointmentRow): Appointment => ({
  id: r.id,
  code: r.code,
  serviceId: r.service_id,
  day: r.day,
  time: r.time,
  procedureId: r.procedure_id,
  name: r.name,
  phoneLast4: r.phone_last4,
  missingPapers: JSON.parse(r.missing_papers) as string[],
  source: r.source,
  status: r.status,
  createdAt: r.created_at,
  checkedInAt: r.checked_in_at,
  onTime: r.on_time === null ? null : r.on_time === 1,
  ticketId: r.ticket_id,
});

export interface BookExtras {
  source: AppointmentSource;
  missingPapers?: string[];
  followsTicketId?: number | null;
}

export interface CheckInResult {
  ticket: Ticket;
  appointment: Appointment;
  onTime: boolean;
}

const notAppointmentService = (name: { nameVi: string; nameEn: string }) =>
  conflict('NO_APPOINTMENTS', {
    vi: `"${name.nameVi}" không nhận lịch hẹn (đặt số lịch hẹn mỗi khung giờ trong Cài đặt → Lịch hẹn).`,
    en: `"${name.nameEn}" takes no appointments (set bookings per slot in Setup → Appointments).`,
  });

export class AppointmentBook {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly setup: SetupStore,
    private readonly engine: QueueEngine,
    private readonly clock: Clock,
  ) {
    engine.appointmentHolds = { holdOf: (serviceId, day) => this.holdOf(serviceId, day) };
  }

  // ---- setup ----

  /**
   * The statements every issue and every queue snapshot runs (through `holdOf`), prepared on first use and kept:
   * preparing them anew each time cost more than running them (issue 25).
   */
  private reads: { window: Statement; services: Statement; bookedOn: Statement } | null = null;

  private get read() {
    return (this.reads ??= {
      window: this.db.prepare(
        'SELECT window_before_minutes AS b, window_after_minutes AS a FROM appointment_settings WHERE id = 1',
      ),
      services: this.db.prepare('SELECT * FROM appointment_services'),
      bookedOn: this.db.prepare(
        "SELECT day, time FROM appointments WHERE status = 'booked' AND service_id = ? AND day = ?",
      ),
    });
  }

  settings(): AppointmentSettings {
    const window = this.read.window.get() as { b: number; a: number };
    const rows = new Map(
      (
        this.read.services.all() as {
          service_id: number;
          slot_minutes: number;
          per_slot: number;
          held: number;
          held_until: string;
        }[]
      ).map((r) => [r.service_id, r]),
    );
    return {
      windowBeforeMinutes: window.b,
      windowAfterMinutes: window.a,
      services: this.setup.services().map((s) => {
        const r = rows.get(s.id);
        return r
          ? { serviceId: s.id, slotMinutes: r.slot_minutes, perSlot: r.per_slot, held: r.held, heldUntil: r.held_until }
          : { serviceId: s.id, ...DEFAULT_SERVICE_APPOINTMENTS };
      }),
    };
  }

  updateSettings(input: AppointmentSettingsInput): AppointmentSettings {
    this.db.transaction(() => {
      if (input.windowBeforeMinutes !== undefined)
        this.db.prepare('UPDATE appointment_settings SET window_before_minutes = ?').run(input.windowBeforeMinutes);
      if (input.windowAfterMinutes !== undefined)
        this.db.prepare('UPDATE appointment_settings SET window_after_minutes = ?').run(input.windowAfterMinutes);
      for (const s of input.services ?? []) {
        this.setup.service(s.serviceId); // SERVICE_NOT_FOUND, in words
        this.db
          .prepare(
            `INSERT INTO appointment_services (service_id, slot_minutes, per_slot, held, held_until)
             VALUES (@serviceId, @slotMinutes, @perSlot, @held, @heldUntil)
             ON CONFLICT (service_id) DO UPDATE SET slot_minutes = @slotMinutes, per_slot = @perSlot, held = @held,
               held_until = @heldUntil`,
          )
          .run(s);
      }
    })();
    return this.settings();
  }

  private slotsOf(serviceId: number): ServiceAppointments {
    return this.settings().services.find((s) => s.serviceId === serviceId)!;
  }

  // ---- bookings ----

  get(id: number): Appointment {
    const row = this.db.prepare('SELECT * FROM appointments WHERE id = ?').get(id) as AppointmentRow | undefined;
    if (!row) throw notFound('APPOINTMENT_NOT_FOUND', { vi: 'Không tìm thấy lịch hẹn.', en: 'Appointment not found.' });
    return fromRow(row);
  }

  byCode(code: string): Appointment {
    const row = this.db.prepare('SELECT * FROM appointments WHERE code = ?').get(code) as AppointmentRow | undefined;
    if (!row)
      throw notFound('APPOINTMENT_NOT_FOUND', {
        vi: `Không tìm thấy lịch hẹn mã ${code}. Xin kiểm tra lại mã trên phiếu hẹn hoặc tin nhắn.`,
        en: `No appointment has the code ${code}. Please check the code on the slip or message.`,
      });
    return fromRow(row);
  }

  list(day: string): Appointment[] {
    this.markMissed();
    return (
      this.db.prepare('SELECT * FROM appointments WHERE day = ? ORDER BY time, id').all(day) as AppointmentRow[]
    ).map(fromRow);
  }

  /** Free places of each slot of a day for a service. */
  freeSlots(serviceId: number, day: string): { time: string; free: number }[] {
    const service = this.setup.service(serviceId);
    const slots = this.slotsOf(serviceId);
    if (slots.perSlot === 0) return [];
    const taken = new Map(
      (
        this.db
          .prepare(
            `SELECT time, count(*) AS n FROM appointments WHERE service_id = ? AND day = ? AND status <> 'cancelled'
             GROUP BY time`,
          )
          .all(serviceId, day) as { time: string; n: number }[]
      ).map((r) => [r.time, r.n]),
    );
    return slotTimes(slots, service.issuingHours).map((time) => ({
      time,
      free: Math.max(0, slots.perSlot - (taken.get(time) ?? 0)),
    }));
  }

  book(input: BookInput, extras: BookExtras): Appointment {
    const service = this.setup.service(input.serviceId);
    const slots = this.slotsOf(service.id);
    if (slots.perSlot === 0) throw notAppointmentService(service);
    const now = this.clock();
    if (input.day < serviceDayOf(now) || appointmentAt(input.day, input.time) + 15 * 60_000 < now)
      throw badRequest('APPOINTMENT_IN_THE_PAST', {
        vi: `Không thể đặt lịch hẹn vào lúc đã qua (${input.time} ngày ${formatServiceDay(input.day)}).`,
        en: `Cannot book a time that has passed (${input.time} on ${formatServiceDay(input.day)}).`,
      });
    const slot = this.freeSlots(service.id, input.day).find((s) => s.time === input.time);
    if (!slot)
      throw badRequest('NOT_A_SLOT', {
        vi: `${input.time} không phải khung giờ hẹn của "${service.nameVi}" (mỗi ${slots.slotMinutes} phút, trong giờ cấp số).`,
        en: `${input.time} is not an appointment slot of "${service.nameEn}" (every ${slots.slotMinutes} minutes, within issuing hours).`,
      });
    if (slot.free === 0)
      throw conflict('SLOT_FULL', {
        vi: `Khung giờ ${input.time} ngày ${formatServiceDay(input.day)} đã đủ ${slots.perSlot} lịch hẹn.`,
        en: `The ${input.time} slot on ${formatServiceDay(input.day)} already has ${slots.perSlot} bookings.`,
      });
    const insert = this.db.prepare(
      `INSERT INTO appointments (code, service_id, day, time, procedure_id, name, phone_last4, missing_papers, source,
         follows_ticket_id, created_at)
       VALUES (@code, @serviceId, @day, @time, @procedureId, @name, @phoneLast4, @missingPapers, @source,
         @followsTicketId, @createdAt)`,
    );
    for (let attempt = 0; ; attempt++) {
      const code = codeFrom(randomBytes(6));
      const taken = this.db.prepare('SELECT 1 FROM appointments WHERE code = ?').get(code);
      if (taken && attempt < 20) continue;
      const { lastInsertRowid } = insert.run({
        code,
        serviceId: service.id,
        day: input.day,
        time: input.time,
        procedureId: input.procedureId ?? null,
        name: input.name || null,
        phoneLast4: input.phoneLast4 || null,
        missingPapers: JSON.stringify(extras.missingPapers ?? []),
        source: extras.source,
        followsTicketId: extras.followsTicketId ?? null,
        createdAt: now,
      });
      return this.get(Number(lastInsertRowid));
    }
  }

  cancel(id: number): Appointment {
    const appointment = this.get(id);
    if (appointment.status !== 'booked')
      throw conflict('APPOINTMENT_NOT_OPEN', {
        vi: `Lịch hẹn ${appointment.code} không còn chờ (đã ${STATUS_VI[appointment.status]}).`,
        en: `Appointment ${appointment.code} is no longer open (${STATUS_EN[appointment.status]}).`,
      });
    this.db
      .prepare("UPDATE appointments SET status = 'cancelled', ended_at = ? WHERE id = ?")
      .run(this.clock(), appointment.id);
    return this.get(id);
  }

  /**
   * The citizen shows their code: a ticket for the service, called before the walk-ins when on time; late (past
   * the window), a walk-in ticket and the answer says so. Runs inside the caller's transaction (a queue step).
   */
  checkIn(code: string, actor: Actor, options: { selfIssued: boolean; priority: PriorityClass }): CheckInResult {
    this.markMissed();
    const appointment = this.byCode(code);
    const settings = this.settings();
    if (appointment.status === 'checked_in') {
      const ticket = appointment.ticketId === null ? null : this.engine.tickets.get(appointment.ticketId);
      throw conflict(
        'ALREADY_CHECKED_IN',
        {
          vi: `Lịch hẹn ${code} đã được xác nhận${ticket ? `, số ${ticket.displayCode}` : ''}.`,
          en: `Appointment ${code} was already checked in${ticket ? `, number ${ticket.displayCode}` : ''}.`,
        },
        { ticketId: appointment.ticketId },
      );
    }
    if (appointment.status === 'cancelled')
      throw conflict('APPOINTMENT_CANCELLED', {
        vi: `Lịch hẹn ${code} đã huỷ. Xin lấy số như người đến trực tiếp.`,
        en: `Appointment ${code} was cancelled. Please take a number as a walk-in.`,
      });
    const timing = checkInTiming(appointment, this.clock(), settings);
    if (timing === 'otherDay')
      throw conflict('APPOINTMENT_OTHER_DAY', {
        vi: `Lịch hẹn ${code} vào ${appointment.time} ngày ${formatServiceDay(appointment.day)}, không phải hôm nay.`,
        en: `Appointment ${code} is at ${appointment.time} on ${formatServiceDay(appointment.day)}, not today.`,
      });
    if (timing === 'early') {
      const from = new Date(appointmentAt(appointment.day, appointment.time) - settings.windowBeforeMinutes * 60_000);
      const hhmm = from.toLocaleTimeString('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      throw conflict(
        'APPOINTMENT_TOO_EARLY',
        {
          vi: `Lịch hẹn lúc ${appointment.time}: xin xác nhận từ ${hhmm}. Hoặc lấy số như người đến trực tiếp.`,
          en: `Your appointment is at ${appointment.time}: please check in from ${hhmm}, or take a number as a walk-in.`,
        },
        { from: hhmm },
      );
    }
    const onTime = timing === 'onTime';
    const { ticket } = this.engine.issue(
      {
        serviceId: appointment.serviceId,
        priority: options.priority,
        procedureId: appointment.procedureId ?? undefined,
      },
      actor,
      {
        appointment: { id: appointment.id, time: appointment.time, first: onTime },
        selfIssued: options.selfIssued,
      },
    );
    this.db
      .prepare(
        "UPDATE appointments SET status = 'checked_in', checked_in_at = ?, on_time = ?, ticket_id = ? WHERE id = ?",
      )
      .run(this.clock(), onTime ? 1 : 0, ticket.id, appointment.id);
    return { ticket, appointment: this.get(appointment.id), onTime };
  }

  /** Booked appointments whose window has ended are missed: their held place goes back. Returns how many. */
  markMissed(): number {
    const now = this.clock();
    const { windowAfterMinutes } = this.settings();
    const due = (
      this.db
        .prepare("SELECT id, day, time FROM appointments WHERE status = 'booked' AND day <= ?")
        .all(serviceDayOf(now)) as { id: number; day: string; time: string }[]
    ).filter((a) => windowEnd(a, { windowAfterMinutes }) <= now);
    const mark = this.db.prepare("UPDATE appointments SET status = 'missed', ended_at = ? WHERE id = ?");
    for (const a of due) mark.run(now, a.id);
    return due.length;
  }

  /** What a service holds for the day's appointments (null: nothing to hold). */
  holdOf(serviceId: number, day: string): AppointmentHold | null {
    const slots = this.slotsOf(serviceId);
    if (slots.held === 0 || slots.perSlot === 0) return null;
    const { windowAfterMinutes } = this.settings();
    const booked = this.read.bookedOn.all(serviceId, day) as { day: string; time: string }[];
    return {
      held: slots.held,
      heldUntil: slots.heldUntil,
      dueEnds: booked.map((a) => windowEnd(a, { windowAfterMinutes })),
    };
  }

  /** Every minute: mark the missed ones and tell the screens (their held places went back). */
  watch(onMissed: (count: number) => void, everyMs = 60_000): void {
    this.timer = setInterval(() => {
      try {
        const n = this.markMissed();
        if (n > 0) onMissed(n);
      } catch (error) {
        console.error('[luot] could not mark missed appointments; will try again', error);
      }
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

const STATUS_VI: Record<Appointment['status'], string> = {
  booked: 'đặt',
  checked_in: 'xác nhận',
  missed: 'lỡ hẹn',
  cancelled: 'huỷ',
};
const STATUS_EN: Record<Appointment['status'], string> = {
  booked: 'booked',
  checked_in: 'checked in',
  missed: 'missed',
  cancelled: 'cancelled',
};
