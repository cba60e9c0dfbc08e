/** The per-commune table and the totals rows of the province's week, for the workbook (names vi/en). */
import type { HubCenterWeek, HubTotals } from './hub-weeks';

type Cell = string | number | null;
const minutes = (s: number | null | undefined) => (s === null || s === undefined ? null : Math.round(s / 6) / 10);
const share = (within: number, of: number) => (of ? Math.round((within / of) * 1000) / 10 : null);

export const HUB_COLUMNS: {
  vi: string;
  en: string;
  width: number;
  value: (c: HubCenterWeek, lang: 'vi' | 'en') => Cell;
}[] = [
  { vi: 'Mã ĐVHC', en: 'Code', width: 9, value: (c) => c.code },
  { vi: 'Xã/phường', en: 'Commune', width: 28, value: (c) => c.nameVi },
  {
    vi: 'Đã báo cáo',
    en: 'Reported',
    width: 12,
    value: (c, lang) =>
      c.reported
        ? lang === 'vi'
          ? 'Có'
          : 'Yes'
        : c.partial
          ? lang === 'vi'
            ? 'Chưa hết tuần'
            : 'Partial'
          : lang === 'vi'
            ? 'Chậm'
            : 'Late',
  },
  { vi: 'Phiên bản', en: 'Version', width: 9, value: (c) => c.version },
  { vi: 'Người được phục vụ', en: 'Citizens served', width: 12, value: (c) => c.figures?.queue.served ?? null },
  {
    vi: 'Chờ trung vị (phút)',
    en: 'Wait p50 (min)',
    width: 11,
    value: (c) => minutes(c.figures?.queue.waitP50Seconds),
  },
  { vi: 'Chờ p90 (phút)', en: 'Wait p90 (min)', width: 11, value: (c) => minutes(c.figures?.queue.waitP90Seconds) },
  {
    vi: 'Trong thời gian mục tiêu (%)',
    en: 'Within target (%)',
    width: 12,
    value: (c) => (c.figures ? share(c.figures.queue.withinTarget, c.figures.queue.calledVisits) : null),
  },
  {
    vi: 'Lượt hỗ trợ (tại trung tâm + đi cơ sở)',
    en: 'Help given (center + field)',
    width: 14,
    value: (c) => (c.figures ? c.figures.help.reduce((s, h) => s + h.atCenter + h.inField, 0) : null),
  },
  { vi: 'Chuyến đi cơ sở', en: 'Field visits', width: 10, value: (c) => c.figures?.report.fieldVisits ?? null },
  {
    vi: 'Người cao tuổi được hỗ trợ',
    en: 'Elderly helped',
    width: 12,
    value: (c) => c.figures?.report.elderlyHelped ?? null,
  },
  { vi: 'Tình nguyện viên', en: 'Volunteers', width: 11, value: (c) => c.figures?.report.volunteers ?? null },
  { vi: 'Giờ tình nguyện', en: 'Volunteer hours', width: 11, value: (c) => c.figures?.report.volunteerHours ?? null },
  {
    vi: 'Hài lòng (%)',
    en: 'Satisfied (%)',
    width: 10,
    value: (c) =>
      c.figures?.ratings.satisfiedShare == null ? null : Math.round(c.figures.ratings.satisfiedShare * 1000) / 10,
  },
  { vi: 'Khó khăn', en: 'Difficulties', width: 50, value: (c) => c.figures?.difficulties.join(' · ') ?? null },
];

export const HUB_TOTAL_ROWS: { vi: string; en: string; value: (t: HubTotals) => Cell }[] = [
  { vi: 'Xã/phường đã báo cáo', en: 'Communes reported', value: (t) => `${t.reported}/${t.expected}` },
  { vi: 'Người dân được cấp số thứ tự', en: 'Tickets issued', value: (t) => t.report.ticketsIssued },
  { vi: 'Người được phục vụ', en: 'Citizens served', value: (t) => t.queue.served },
  {
    vi: 'Trong thời gian chờ mục tiêu (%)',
    en: 'Within target wait (%)',
    value: (t) => (t.queue.withinTargetShare === null ? null : Math.round(t.queue.withinTargetShare * 1000) / 10),
  },
  {
    vi: 'Người dân được hỗ trợ tại bàn hỗ trợ',
    en: 'Citizens helped at help desks',
    value: (t) => t.report.helpDeskCitizens,
  },
  { vi: 'Chuyến đi cơ sở', en: 'Field visits', value: (t) => t.report.fieldVisits },
  {
    vi: 'Người dân được hỗ trợ khi đi cơ sở',
    en: 'Citizens helped on field visits',
    value: (t) => t.report.fieldCitizensHelped,
  },
  { vi: 'Người cao tuổi được hỗ trợ', en: 'Elderly citizens supported', value: (t) => t.report.elderlyHelped },
  { vi: 'Tình nguyện viên tham gia', en: 'Volunteers on duty', value: (t) => t.report.volunteers },
  { vi: 'Giờ tình nguyện', en: 'Volunteer hours', value: (t) => t.report.volunteerHours },
  { vi: 'Lượt đánh giá', en: 'Ratings', value: (t) => t.ratings.rated },
  {
    vi: 'Hài lòng (%)',
    en: 'Satisfied (%)',
    value: (t) => (t.ratings.satisfiedShare === null ? null : Math.round(t.ratings.satisfiedShare * 1000) / 10),
  },
  { vi: 'Khó khăn được ghi nhận', en: 'Difficulties noted', value: (t) => t.report.difficulties },
];
