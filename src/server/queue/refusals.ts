/** Refusals of illegal steps, worded for the person at the counter. */
import type { ServicePoint, Ticket, TicketStatus } from '../../shared/domain';
import { conflict } from '../../shared/errors';

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
const STEP_VI: Record<string, string> = {
  call: 'gọi',
  recall: 'gọi lại',
  noShow: 'đánh vắng mặt',
  start: 'bắt đầu',
  resolve: 'hoàn thành',
  transfer: 'chuyển',
  cancel: 'huỷ',
};

export function illegalStep(ticket: Ticket, step: string) {
  return conflict(
    'ILLEGAL_STEP',
    {
      vi: `Không thể ${STEP_VI[step] ?? step} số ${ticket.displayCode}: số này ${STATUS_VI[ticket.status]}.`,
      en: `Cannot ${step} ticket ${ticket.displayCode}: it is ${STATUS_EN[ticket.status]}.`,
    },
    { ticket },
  );
}

export function notCurrentHere(ticket: Ticket, point: ServicePoint) {
  return conflict(
    'NOT_CURRENT_HERE',
    {
      vi: `Số ${ticket.displayCode} không phải số đang phục vụ tại ${point.nameVi}.`,
      en: `Ticket ${ticket.displayCode} is not the current ticket at ${point.nameEn}.`,
    },
    { ticket },
  );
}
