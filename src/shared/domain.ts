/**
 * The words of the domain (see DESIGN.md's glossary) as types. Pure: no node:, DOM or electron imports.
 */

export const TICKET_STATUSES = [
  'waiting', // issued (or transferred in) and not yet called
  'called', // called to a service point, citizen on the way
  'serving', // the citizen is at the point and the case has started
  'resolved', // finished with an outcome
  'no_show', // called and did not come
  'transferred', // moved to another service or point; a new ticket carries the case on
  'cancelled', // withdrawn, or closed when its service day ended
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses in which a ticket occupies a service point. At most one per point. */
export const CURRENT_STATUSES = ['called', 'serving'] as const satisfies readonly TicketStatus[];
/** Statuses that are still part of today's queue. */
export const OPEN_STATUSES = ['waiting', 'called', 'serving'] as const satisfies readonly TicketStatus[];

export const PRIORITY_CLASSES = [
  'none',
  'elderly', // người cao tuổi (60+, Luật Người cao tuổi 2009, Điều 2)
  'disability', // người khuyết tật
  'pregnant', // phụ nữ mang thai
  'small_child', // người đi cùng trẻ nhỏ
  'merit', // người có công với cách mạng
] as const;
export type PriorityClass = (typeof PRIORITY_CLASSES)[number];
/**
 * A ticket's priority as a screen receives it: the class, or `withheld` on public screens (the wall display),
 * which may show that a ticket has priority but not why (disability, pregnancy…).
 */
export type TicketPriority = PriorityClass | 'withheld';

export const SERVICE_KINDS = ['counter', 'help'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_POINT_KINDS = ['counter', 'help_desk'] as const;
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];

export const STAFF_ROLES = ['staff', 'volunteer', 'greeter', 'manager'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** How a counter case ended. */
export const OUTCOMES = [
  'completed', // received / handled
  'incomplete_documents', // hồ sơ chưa đầy đủ, hướng dẫn bổ sung
  'advised', // tư vấn, hướng dẫn
  'referred', // chuyển cơ quan khác
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The kinds of help a fresh center starts with (setup's list, `HelpKindEntry`, can add and retire kinds): the
 * VNeID / online-services desk's, then the elderly-assistance desk's. Codes are kept in tickets and reports.
 */
export const DEFAULT_ONLINE_HELP_KINDS = [
  'vneid_activation', // cài đặt, kích hoạt VNeID
  'online_filing', // nộp hồ sơ trực tuyến trên Cổng Dịch vụ công
  'result_lookup', // tra cứu kết quả
  'online_payment', // thanh toán trực tuyến
  'e_account', // đăng ký tài khoản điện tử
  'data_update', // cập nhật, đồng bộ dữ liệu sau sáp nhập
] as const;
export const DEFAULT_ELDERLY_HELP_KINDS = [
  'form_filling', // điền tờ khai, biểu mẫu
  'read_write_for_citizen', // đọc, viết giúp công dân
  'explain_procedure', // giải thích thủ tục, giấy tờ cần có
  'accompany_to_counter', // đưa công dân đến quầy
] as const;
/** A kind of help's code: lower-case letters, digits and `_`. */
export type HelpKind = string;

/** A kind of help in setup's list. */
export interface HelpKindEntry {
  id: number;
  code: HelpKind;
  nameVi: string;
  nameEn: string;
  /** The help service whose desks offer it; null: every help desk. */
  serviceId: number | null;
  active: boolean;
  sortOrder: number;
}

export const PRIORITY_POLICIES = ['strict', 'ratio'] as const;
export type PriorityPolicyKind = (typeof PRIORITY_POLICIES)[number];

/** Kinds of device, from the one role table (src/shared/contract/roles.ts). */
import type { DeviceRole } from './contract/roles';
export { belongsToPoint, DEVICE_ROLES, POINT_DEVICE_ROLES, type DeviceRole } from './contract/roles';

export const TRANSFER_PLACEMENTS = ['front', 'back'] as const;
export type TransferPlacement = (typeof TRANSFER_PLACEMENTS)[number];

/** Local-clock window in which a service issues numbers, e.g. { from: '07:00', to: '11:30' }. */
export interface IssuingWindow {
  from: string;
  to: string;
}

export interface Zone {
  id: number;
  nameVi: string;
  nameEn: string;
  directionsVi: string;
  directionsEn: string;
  /** A retired zone stays for the history that names it; setup no longer offers it. */
  active: boolean;
}

export interface Service {
  id: number;
  prefix: string;
  nameVi: string;
  nameEn: string;
  kind: ServiceKind;
  zoneId: number | null;
  color: string;
  targetWaitMinutes: number;
  /** How long one case typically takes (minutes): the wait estimate's start until today has taught it (estimate.ts). */
  handlingMinutes: number;
  dailyCap: number | null;
  /** Days of the week it issues, ISO numbering (1 = Monday … 7 = Sunday); empty = every day. */
  issuingDays: number[];
  /** Windows in which it issues; empty = all day. */
  issuingHours: IssuingWindow[];
  active: boolean;
  sortOrder: number;
}

export interface ServicePoint {
  id: number;
  number: number;
  nameVi: string;
  nameEn: string;
  kind: ServicePointKind;
  zoneId: number | null;
  serviceIds: number[];
  active: boolean;
  paused: boolean;
  pauseReason: string | null;
  staffId: number | null;
}

export interface Staff {
  id: number;
  name: string;
  role: StaffRole;
  active: boolean;
}

export interface Ticket {
  id: number;
  serviceDay: string;
  number: number;
  displayCode: string;
  serviceId: number;
  priority: TicketPriority;
  note: string | null;
  status: TicketStatus;
  /** When the citizen joined this queue position (kept by a transfer to the front). */
  queuedAt: number;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  resolvedAt: number | null;
  servicePointId: number | null;
  /** A transfer may name the point that must take the ticket. */
  targetServicePointId: number | null;
  staffId: number | null;
  outcome: Outcome | null;
  helpKind: HelpKind | null;
  fileCode: string | null;
  recallCount: number;
  transferredFromId: number | null;
  /** A case transferred "to the front": it is called before the others waiting where it goes. */
  keepsTurn: boolean;
  /** The first ticket of this case (itself when never transferred). */
  caseId: number;
  /** The procedure the citizen came for, chosen at the entrance (src/shared/procedures.ts); null when not said. */
  procedureId: number | null;
  /**
   * The appointment it was checked in for (issue 22): its time, and whether it was checked in within the window —
   * then it is called before the walk-ins of its service (src/shared/pick-order.ts). Null for a walk-in.
   */
  appointment: TicketAppointment | null;
  /** Taken by the citizen at the kiosk, not issued by the greeter. */
  selfIssued: boolean;
}

export interface TicketAppointment {
  id: number;
  /** `HH:mm` */
  time: string;
  /** Checked in within the window: called before the walk-ins of its service. */
  first: boolean;
}

export interface PriorityPolicy {
  kind: PriorityPolicyKind;
  /** For `ratio`: regular tickets called between two priority tickets. */
  regularPerPriority: number;
}

export interface Settings {
  centerNameVi: string;
  centerNameEn: string;
  priorityPolicy: PriorityPolicy;
  noticeVi: string;
  noticeEn: string;
  ticketFooterVi: string;
  ticketFooterEn: string;
}

export interface Device {
  id: number;
  name: string;
  role: DeviceRole;
  servicePointId: number | null;
  createdAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
}

// ---- printing (docs/printing.md) ----

/** Printer models Lượt knows: paper width, dots, raster command, cutter, code page, status (server/printing). */
export const PRINTER_PROFILE_IDS = [
  'generic-58',
  'generic-80',
  'xprinter-xp58',
  'xprinter-xp80',
  'epson-tm-t20',
  'epson-tm-t82',
  'epson-tm-t88',
  'legacy-80-column',
] as const;
export type PrinterProfileId = (typeof PRINTER_PROFILE_IDS)[number];

/** `raster`: the ticket as a picture (every diacritic right on any printer); `text`: a Vietnamese code page. */
export const PRINT_MODES = ['raster', 'text'] as const;
export type PrintMode = (typeof PRINT_MODES)[number];

export const PRINTER_CONNECTION_KINDS = ['none', 'tcp', 'windows', 'serial', 'cups'] as const;
export type PrinterConnectionKind = (typeof PRINTER_CONNECTION_KINDS)[number];

/** How the host reaches the printer. `none`: tickets are issued without printing. */
export type PrinterConnection =
  | { kind: 'none' }
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'windows'; printerName: string }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'cups'; queue: string };

export interface PrinterSettings {
  profileId: PrinterProfileId;
  connection: PrinterConnection;
  mode: PrintMode;
  /** Print a QR code carrying the ticket's reference. */
  qr: boolean;
}

export interface PrinterProfile {
  id: PrinterProfileId;
  nameVi: string;
  nameEn: string;
  paperMm: 58 | 80;
  dpi: number;
  /** Printable width in dots: 384 (58 mm), 576 (80 mm at 203 dpi), 512 (80 mm at 180 dpi). */
  widthDots: number;
  /** `raster` = GS v 0 in bands of ≤ 255 rows; `column` = ESC * for old printers. */
  imageMode: 'raster' | 'column';
  cut: 'partial' | 'full' | 'none';
  /** A Vietnamese code page verified on this model, which makes `text` mode possible. */
  textCodePage: 'tcvn3' | null;
  /** Answers DLE EOT status queries (paper, cover, offline). */
  readsStatus: boolean;
}

/** Why a print failed, in words a volunteer can act on. */
export interface PrintProblem {
  code: string;
  vi: string;
  en: string;
}

/**
 * What `POST /api/tickets` and "In lại" answer about the print. `mayDuplicate`: the ticket's last print was not
 * confirmed (or is still going), so this one may bring a second copy out of the printer.
 */
export type PrintAnswer = { jobId: string; status: 'queued'; mayDuplicate?: true } | { status: 'disabled' };

/**
 * What Lượt found out about the chosen printer by printing on it (the setup's "In thử", then every job): whether
 * it answers DLE EOT status queries, and how fast it reads a ticket. Kept per connection, so choosing another
 * printer starts from the model's defaults again.
 */
export interface PrinterProbe {
  /** The printer answered a status query (true), or read the query but never answered (false). */
  answersStatus: boolean;
  /** Bytes per second it read the last measured ticket at; null until measured. */
  bytesPerSecond: number | null;
  /** When it was last found out (epoch ms), and whether by a test print or by a ticket. */
  at: number;
  by: 'test' | 'ticket';
}
