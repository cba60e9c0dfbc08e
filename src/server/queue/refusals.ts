/** Refusals of illegal steps, worded for the person at the counter. */
import { STEPS, type StepName } from '../../shared/contract/steps';
import type { Service, ServicePoint, Ticket, TicketStatus } from '../../shared/domain';
import { badRequest, conflict, forbidden, LuotError } from '../../shared/errors';

const STATUS_VI: Record<TicketStatus, string> = {
  waiting: 'đang chờ',
  called: 'đã được gọi',
  serving: 'đang được phục vụ',
  resolved: 'đã hoàn thành',
  no_show: 'đã đánh vắng mặt',
  transferred: 'đã được chuyển đi',
  cancelled: 'đã huỷ',
};
const STATUS_EN: Record<TicketStatus, string> = {
  waiting: 'waiting',
  called: 'called',
  serving: 'being served',
  resolved: 'resolved',
  no_show: 'marked absent',
  transferred: 'transferred',
  cancelled: 'cancelled',
};
/** A step the ticket's status does not allow (often a race another screen won), worded from the steps table. */
export function illegalStep(ticket: Ticket, step: StepName) {
  const { verb } = STEPS[step];
  return conflict(
    'ILLEGAL_STEP',
    {
      vi: `Không thể ${verb.vi} số ${ticket.displayCode}: số này ${STATUS_VI[ticket.status]}.`,
      en: `Cannot ${verb.en} ticket ${ticket.displayCode}: it is ${STATUS_EN[ticket.status]}.`,
    },
    { ticket },
  );
}

/** A point acting on a ticket that is not its own current one: not its to touch (403). */
export function notCurrentHere(ticket: Ticket, point: ServicePoint) {
  return new LuotError(
    403,
    'NOT_CURRENT_HERE',
    {
      vi: `Số ${ticket.displayCode} không phải số đang phục vụ tại ${point.nameVi}.`,
      en: `Ticket ${ticket.displayCode} is not the current ticket at ${point.nameEn}.`,
    },
    { ticket },
  );
}

export const ticketOfAnotherDay = (ticket: Ticket) =>
  conflict('TICKET_OF_ANOTHER_DAY', {
    vi: `Số ${ticket.displayCode} thuộc ngày ${ticket.serviceDay}, không gọi được hôm nay.`,
    en: `Ticket ${ticket.displayCode} belongs to ${ticket.serviceDay} and cannot be called today.`,
  });

/** A point calling a ticket of a service it does not serve (403: another point's work). */
export const notServedHere = (ticket: Ticket, point: ServicePoint) =>
  new LuotError(403, 'NOT_SERVED_HERE', {
    vi: `${point.nameVi} không phục vụ số ${ticket.displayCode}.`,
    en: `${point.nameEn} does not serve ticket ${ticket.displayCode}.`,
  });

export const helpKindRequired = () =>
  badRequest('HELP_KIND_REQUIRED', {
    vi: 'Bàn hỗ trợ cần chọn loại hỗ trợ đã thực hiện (VNeID, nộp hồ sơ trực tuyến…).',
    en: 'A help desk must record the kind of help given (VNeID, online filing…).',
  });

export const alreadyInQueue = (ticket: Ticket, service: Service) =>
  conflict('TRANSFER_TO_SAME_QUEUE', {
    vi: `Số ${ticket.displayCode} đã ở hàng chờ "${service.nameVi}".`,
    en: `Ticket ${ticket.displayCode} is already in the "${service.nameEn}" queue.`,
  });

export const pointPaused = (point: ServicePoint) =>
  conflict('POINT_PAUSED', {
    vi: `${point.nameVi} đang tạm dừng${point.pauseReason ? ` (${point.pauseReason})` : ''}. Bấm "Tiếp tục" trước khi gọi số.`,
    en: `${point.nameEn} is paused${point.pauseReason ? ` (${point.pauseReason})` : ''}. Resume it before calling.`,
  });

export const pointBusy = (point: ServicePoint, current: Ticket) =>
  conflict(
    'POINT_BUSY',
    {
      vi: `${point.nameVi} đang phục vụ số ${current.displayCode}. Hãy hoàn thành, chuyển hoặc đánh vắng mặt trước khi gọi số mới.`,
      en: `${point.nameEn} is still serving ${current.displayCode}. Resolve, transfer or mark it absent before calling another.`,
    },
    { ticket: current },
  );

export const pauseUnchanged = (point: ServicePoint, paused: boolean) =>
  conflict(paused ? 'ALREADY_PAUSED' : 'NOT_PAUSED', {
    vi: paused ? `${point.nameVi} đã tạm dừng rồi.` : `${point.nameVi} không ở trạng thái tạm dừng.`,
    en: paused ? `${point.nameEn} is already paused.` : `${point.nameEn} is not paused.`,
  });

export const inactivePoint = (point: ServicePoint) =>
  conflict('POINT_INACTIVE', {
    vi: `${point.nameVi} đang không hoạt động.`,
    en: `${point.nameEn} is not in use.`,
  });

export const pointHasNoService = (point: ServicePoint) =>
  conflict('POINT_HAS_NO_SERVICE', {
    vi: `${point.nameVi} chưa được gán dịch vụ nào; hãy chọn dịch vụ để chuyển.`,
    en: `${point.nameEn} serves no service yet; choose a service to transfer to.`,
  });

/** A point acting on a waiting ticket of a service it does not serve (found: Quầy 3 cancelled an A ticket). */
export const notYoursToMove = (ticket: Ticket, point: ServicePoint) =>
  forbidden({
    vi: `${point.nameVi} không phục vụ số ${ticket.displayCode}: chỉ nơi phục vụ dịch vụ của số này mới được chuyển hoặc huỷ.`,
    en: `${point.nameEn} does not serve ${ticket.displayCode}: only a point serving its service may transfer or cancel it.`,
  });
