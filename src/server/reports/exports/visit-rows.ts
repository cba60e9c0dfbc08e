/**
 * The detail table: one row per queue visit of the range, read day by day from the digests (with each ticket's
 * number and file code), so a month's detail streams into a file without holding it in memory.
 */
import { badRequest, type LocalizedText } from '../../../shared/errors';
import { helpKindLabel, outcomeLabel, priorityLabel } from '../../../shared/report-labels';
import type { DayRange } from '../../../shared/report-range';
import { END, F, STRIDE } from '../day-digest';
import type { ReportReader } from '../report-reader';
import type { CellValue, Column, Table } from './report-tables';

/** Longest range whose visits are listed one by one (a quarter; a year's 500,000 rows belong in a database). */
export const MAX_DETAIL_DAYS = 92;

export const detailRangeTooLong = () =>
  badRequest('DETAIL_RANGE_TOO_LONG', {
    vi: `Danh sách từng lượt chỉ xuất cho tối đa ${MAX_DETAIL_DAYS} ngày; hãy chọn khoảng ngắn hơn.`,
    en: `Every visit can be listed for at most ${MAX_DETAIL_DAYS} days; choose a shorter range.`,
  });

const col = (vi: string, en: string, kind: Column['kind']): Column => ({ header: { vi, en }, kind });

export const VISIT_COLUMNS: Column[] = [
  col('Ngày', 'Day', 'day'),
  col('Số phiếu', 'Ticket', 'text'),
  col('Lĩnh vực', 'Service', 'text'),
  col('Ưu tiên', 'Priority', 'text'),
  col('Vào hàng lúc', 'Joined the queue at', 'time'),
  col('Chờ', 'Wait', 'duration'),
  col('Quầy / bàn', 'Service point', 'text'),
  col('Cán bộ / TNV', 'Staff / volunteer', 'text'),
  col('Kết thúc', 'Ended as', 'text'),
  col('Kết quả', 'Outcome', 'text'),
  col('Loại hỗ trợ', 'Kind of help', 'text'),
  col('Phục vụ', 'Service', 'duration'),
  col('Mã hồ sơ', 'File code', 'text'),
];

const ENDED: Record<number, LocalizedText> = {
  [END.waiting]: { vi: 'Đang chờ', en: 'Waiting' },
  [END.resolved]: { vi: 'Hoàn thành', en: 'Resolved' },
  [END.absent]: { vi: 'Vắng mặt', en: 'Absent' },
  [END.transferred]: { vi: 'Chuyển đi', en: 'Transferred' },
  [END.cancelled]: { vi: 'Huỷ', en: 'Cancelled' },
  [END.closedAtDayEnd]: { vi: 'Đóng khi hết ngày', en: 'Closed at day end' },
  [END.called]: { vi: 'Đang mời', en: 'Called' },
  [END.serving]: { vi: 'Đang phục vụ', en: 'Being served' },
};

export function* visitRows(reader: ReportReader, range: DayRange, now: number, language: 'vi' | 'en') {
  const pick = (text: LocalizedText) => (language === 'en' ? text.en : text.vi);
  const services = new Map(
    reader.setup.services().map((s) => [s.id, `${s.prefix} · ${pick({ vi: s.nameVi, en: s.nameEn })}`]),
  );
  const points = new Map(reader.setup.points().map((p) => [p.id, pick({ vi: p.nameVi, en: p.nameEn })]));
  const staff = reader.setup.staffById();
  const helpKinds = reader.setup.helpKinds();
  const tickets = reader.db.prepare('SELECT id, display_code, file_code FROM tickets WHERE service_day = ?').raw();
  for (const digest of reader.digests(range, now)) {
    const codes = new Map((tickets.all(digest.day) as [number, string, string | null][]).map((t) => [t[0], t]));
    const v = digest.visits;
    for (let at = 0; at < v.length; at += STRIDE) {
      const ticket = codes.get(v[at + F.ticketId]!);
      const code = (i: number) => (i >= 0 ? digest.codes[i]! : null);
      const outcome = code(v[at + F.outcome]!);
      const help = code(v[at + F.helpKind]!);
      const wait = v[at + F.waitMs]!;
      const service = v[at + F.serviceMs]!;
      const row: CellValue[] = [
        digest.day,
        ticket?.[1] ?? null,
        services.get(v[at + F.serviceId]!) ?? null,
        pick(priorityLabel(code(v[at + F.priority]!) ?? 'none')),
        v[at + F.joinedSecond]!,
        wait >= 0 ? Math.round(wait / 1000) : null,
        points.get(v[at + F.pointId]!) ?? null,
        staff.get(v[at + F.staffId]!)?.name ?? null,
        pick(ENDED[v[at + F.end]!]!),
        outcome ? pick(outcomeLabel(outcome)) : null,
        help ? pick(helpKindLabel(help, helpKinds)) : null,
        service >= 0 ? Math.round(service / 1000) : null,
        ticket?.[2] ?? null,
      ];
      yield row;
    }
  }
}

export const visitsTable = (rows: CellValue[][]): Table => ({
  name: 'visits',
  title: { vi: 'Chi tiết từng lượt', en: 'Every visit' },
  columns: VISIT_COLUMNS,
  rows,
});
