/** Handlers of the appointment endpoints (rows in src/shared/contract/endpoint-rows/appointments.ts, issue 22). */
import { isSelfService } from '../../../shared/contract/roles';
import { badRequest, LuotError } from '../../../shared/errors';
import type { ServicePoint, Ticket } from '../../../shared/domain';
import { nextWorkingDay } from '../../../shared/appointments';
import { serviceDayOf } from '../../../shared/time';
import { appointmentReport } from '../../appointments/appointment-report';
import { importAppointments } from '../../appointments/appointment-import';
import { profileOf } from '../../printing/printer-profiles';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

type AppointmentEndpoint =
  | 'book'
  | 'appointments'
  | 'appointmentSlots'
  | 'cancelAppointment'
  | 'importAppointments'
  | 'checkIn'
  | 'returnVisit'
  | 'appointmentSettings'
  | 'updateAppointmentSettings'
  | 'appointmentReport';

const notYourCase = (ticket: Ticket | null, point: ServicePoint) =>
  new LuotError(403, 'RETURN_VISIT_NOT_HERE', {
    vi: ticket
      ? `Số ${ticket.displayCode} không phải hồ sơ của ${point.nameVi}: không hẹn bổ sung được từ đây.`
      : `${point.nameVi} chỉ hẹn bổ sung cho số đang phục vụ tại quầy (gửi ticketId).`,
    en: ticket
      ? `Ticket ${ticket.displayCode} is not a case of ${point.nameEn}: its return cannot be booked from here.`
      : `${point.nameEn} books returns only for a ticket it serves (send ticketId).`,
  });

export function appointmentHandlers({ core }: RouteContext): Handlers<AppointmentEndpoint> {
  const { appointments, setup } = core;

  return {
    book: (input, { actor }) =>
      core.events.run(() => {
        const appointment = appointments.book(input, { source: 'booking' });
        core.log.setup('appointments', 'created', appointment.id, actor, Object.keys(input));
        return { id: appointment.id, code: appointment.code, appointment };
      }),

    appointments: ({ day }) => appointments.list(day),

    appointmentSlots: ({ serviceId, day }) => ({ serviceId, day, slots: appointments.freeSlots(serviceId, day) }),

    cancelAppointment: ({ id }, { actor }) =>
      core.events.run(() => {
        const appointment = appointments.cancel(id);
        core.log.setup('appointments', 'revoked', id, actor);
        return appointment;
      }),

    importAppointments: async (input, { actor }) => {
      const answer = await importAppointments(Buffer.from(input.contentBase64, 'base64'), input.dryRun, core);
      if (answer.applied) core.events.run(() => core.log.setup('appointments', 'created', null, actor, ['import']));
      return answer;
    },

    checkIn: ({ code, priority }, { device, actor }) => {
      const result = appointments.checkIn(code, actor, { selfIssued: isSelfService(device.role), priority });
      core.log.setup('appointments', 'updated', result.appointment.id, actor, ['checkIn']);
      const print = core.printing.printTicket(result.ticket, { deviceId: actor.deviceId, reprint: false });
      return { ...result, print };
    },

    returnVisit: (input, { actor, device }) => {
      const ticket = input.ticketId === undefined ? null : core.engine.getTicket(input.ticketId);
      // A counter books the return of the case it serves, not of another point's.
      if (device.servicePointId !== null && ticket?.servicePointId !== device.servicePointId)
        throw notYourCase(ticket, setup.servicePoint(device.servicePointId));
      const procedureId = ticket?.procedureId ?? input.procedureId ?? null;
      const procedure = procedureId === null ? null : core.procedures.get(procedureId);
      if (!ticket && !procedure)
        throw badRequest('RETURN_VISIT_FOR_WHAT', {
          vi: 'Hãy gửi số phiếu (ticketId) hoặc thủ tục (procedureId) của lượt hẹn bổ sung.',
          en: 'Send the ticket (ticketId) or the procedure (procedureId) the return visit is for.',
        });
      const service = setup.service(ticket?.serviceId ?? procedure!.serviceId);
      const appointment = core.events.run(() => {
        const day = input.day ?? nextWorkingDay(serviceDayOf(core.now()), service.issuingDays);
        const time = input.time ?? appointments.freeSlots(service.id, day).find((s) => s.free > 0)?.time;
        if (!time)
          throw badRequest('NO_FREE_SLOT', {
            vi: `"${service.nameVi}" không còn khung giờ hẹn trống ngày ${day.split('-').reverse().join('/')} (hoặc chưa nhận lịch hẹn: Cài đặt → Lịch hẹn).`,
            en: `"${service.nameEn}" has no free appointment slot on ${day} (or takes no appointments: Setup → Appointments).`,
          });
        const booked = appointments.book(
          { serviceId: service.id, day, time, procedureId: procedure?.id },
          { source: 'return_visit', missingPapers: input.missingPapers, followsTicketId: ticket?.id ?? null },
        );
        core.log.setup('appointments', 'created', booked.id, actor, ['returnVisit']);
        return booked;
      });
      if (!input.print) return { appointment, print: { status: 'disabled' } };
      const facts = {
        centerName: setup.settings().centerNameVi,
        serviceName: service.nameVi,
        procedureName: procedure?.nameVi ?? null,
        appointment,
        at: core.now(),
      };
      const print = core.printing.printDocument((settings, { imageJob, renderAppointmentSlip }) => {
        const profile = profileOf(settings.profileId);
        return imageJob(renderAppointmentSlip(facts, profile), profile);
      }, actor.deviceId);
      return { appointment, print };
    },

    appointmentSettings: () => appointments.settings(),

    updateAppointmentSettings: (input, { actor }) =>
      core.events.run(() => {
        const settings = appointments.updateSettings(input);
        core.log.setup('appointments', 'updated', null, actor, Object.keys(input));
        return settings;
      }),

    appointmentReport: ({ from, to }) => appointmentReport(core.db, from, to),
  };
}
