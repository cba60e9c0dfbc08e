/**
 * The weekly report's wording, in Vietnamese (for the meeting) and English: one list the PDF, the XLSX and the
 * weekly screen all read. Pure.
 */
import type { LocalizedText } from './errors';

const TEXT = {
  union: { vi: 'ĐOÀN TNCS HỒ CHÍ MINH', en: 'HO CHI MINH COMMUNIST YOUTH UNION' },
  title: { vi: 'BÁO CÁO TUẦN', en: 'WEEKLY REPORT' },
  subtitle: {
    vi: 'Hoạt động tình nguyện hỗ trợ người dân tại Trung tâm Phục vụ hành chính công',
    en: 'Volunteer support for citizens at the Public Administration Service Center',
  },
  week: { vi: 'Tuần từ {from} đến {to}', en: 'Week from {from} to {to}' },
  dated: { vi: 'ngày {d} tháng {m} năm {y}', en: '{d}/{m}/{y}' },
  volunteersTitle: { vi: '1. Tình nguyện viên tham gia', en: '1. Volunteers on duty' },
  volunteersLine: {
    vi: '{people} tình nguyện viên, {shifts} ca trực, tổng {hours} giờ.',
    en: '{people} volunteers, {shifts} shifts, {hours} hours in all.',
  },
  name: { vi: 'Họ và tên', en: 'Name' },
  shifts: { vi: 'Ca trực', en: 'Shifts' },
  hours: { vi: 'Số giờ', en: 'Hours' },
  noVolunteers: { vi: 'Chưa có ca trực nào được ghi nhận trong tuần.', en: 'No duty shifts recorded this week.' },
  resultsTitle: { vi: '2. Kết quả hỗ trợ người dân', en: '2. Citizens supported' },
  issued: { vi: 'Người dân được hướng dẫn, cấp số thứ tự', en: 'Citizens guided and given a number' },
  deskCitizens: { vi: 'Người dân được hỗ trợ tại bàn hỗ trợ', en: 'Citizens helped at the help desks' },
  deskVisits: { vi: 'lượt hỗ trợ', en: 'times' },
  elderly: { vi: 'Người cao tuổi được hỗ trợ', en: 'Elderly citizens supported' },
  elderlyDetail: { vi: '(tại trung tâm và khi đi cơ sở)', en: '(at the center and on field visits)' },
  kind: { vi: 'Nội dung hỗ trợ', en: 'Kind of help' },
  atCenter: { vi: 'Tại trung tâm', en: 'At the center' },
  inField: { vi: 'Đi cơ sở', en: 'Field visits' },
  total: { vi: 'Tổng', en: 'Total' },
  elderlyRule: {
    vi: 'Người cao tuổi được hỗ trợ = hồ sơ tại bàn hỗ trợ người cao tuổi và hồ sơ ưu tiên người cao tuổi đã được phục vụ (mỗi hồ sơ tính một lần: {cases}), cộng người cao tuổi được hỗ trợ khi đi cơ sở ({field}).',
    en: 'Elderly citizens supported = cases at the elderly help desk and elderly-priority cases served (each case once: {cases}), plus the elderly helped on field visits ({field}).',
  },
  point: { vi: 'Quầy / bàn', en: 'Service point' },
  cases: { vi: 'Hồ sơ', en: 'Cases' },
  shiftsShort: { vi: 'Tham gia', en: 'Took part' },
  shiftCount: { vi: '{count} ca trực', en: '{count} shifts' },
  fieldHoursShort: { vi: 'đi cơ sở {hours} giờ', en: 'field {hours} h' },
  totalBoth: { vi: 'Tổng ({total} lượt)', en: 'Total ({total} times)' },
  servedByWhom: { vi: 'Người phục vụ, số lượt', en: 'Served by, times' },
  nobodyShort: { vi: 'chưa đăng nhập', en: 'nobody signed in' },
  medianWait: { vi: 'Chờ (phút)', en: 'Wait (min)' },
  medianService: { vi: 'Phục vụ (phút)', en: 'Service (min)' },
  nobodySignedIn: { vi: '(chưa đăng nhập)', en: '(nobody signed in)' },
  noServed: { vi: 'Không có hồ sơ nào được phục vụ trong tuần.', en: 'Nobody was served this week.' },
  servedNote: {
    vi: 'Chờ, phục vụ: trung vị (phút). Hài lòng: phần lượt đánh giá 4–5 điểm; điểm TB: trên thang 5.',
    en: 'Wait, service: medians (minutes). Satisfied: share of ratings of 4–5 points; mean: out of 5.',
  },
  satisfactionLine: {
    vi: '{rated}/{asked} lượt được mời đã đánh giá; hài lòng (4–5 điểm): {share}; điểm trung bình: {mean}/5.',
    en: '{rated} of {asked} citizens asked gave a rating; satisfied (4–5 points): {share}; mean: {mean}/5.',
  },
  noRatings: { vi: 'Không có lượt đánh giá nào trong tuần.', en: 'No ratings this week.' },
  reasonsLine: { vi: 'Lý do chưa hài lòng: {reasons}.', en: 'Reasons when unhappy: {reasons}.' },
  satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
  mean: { vi: 'Điểm TB', en: 'Mean' },
  topReasons: { vi: 'Lý do chưa hài lòng', en: 'Reasons when unhappy' },
  ratedOfAsked: { vi: 'Đã đánh giá / được mời', en: 'Rated / asked' },
  noReasons: { vi: 'Không ai chọn lý do chưa hài lòng.', en: 'No unhappy citizen gave a reason.' },
  day: { vi: 'Ngày', en: 'Day' },
  place: { vi: 'Địa bàn', en: 'Place' },
  volunteers: { vi: 'Tình nguyện viên', en: 'Volunteers' },
  helped: { vi: 'Lượt hỗ trợ', en: 'Helped' },
  noField: { vi: 'Không có chuyến đi cơ sở trong tuần.', en: 'No field visits this week.' },
  difficultiesTitle: { vi: '4. Khó khăn, vướng mắc', en: '4. Difficulties' },
  noDifficulties: { vi: 'Không có khó khăn nào được ghi nhận.', en: 'No difficulties were noted.' },
  at: { vi: 'tại', en: 'at' },
  signer: { vi: 'NGƯỜI LẬP BÁO CÁO', en: 'PREPARED BY' },
  signHint: { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and name)' },
  madeBy: { vi: 'Lập bằng phần mềm Lượt lúc {time}', en: 'Made with Lượt at {time}' },
  personHours: { vi: '{name} ({hours} giờ)', en: '{name} ({hours} h)' },
  elderlyShort: { vi: '{count} người cao tuổi', en: '{count} elderly' },
  d1: { vi: 'T2', en: 'Mon' },
  d2: { vi: 'T3', en: 'Tue' },
  d3: { vi: 'T4', en: 'Wed' },
  d4: { vi: 'T5', en: 'Thu' },
  d5: { vi: 'T6', en: 'Fri' },
  d6: { vi: 'T7', en: 'Sat' },
  d7: { vi: 'CN', en: 'Sun' },
  morning: { vi: 'sáng', en: 'morning' },
  afternoon: { vi: 'chiều', en: 'afternoon' },
  sheetSummary: { vi: 'Báo cáo tuần', en: 'Weekly report' },
  sheetVolunteers: { vi: 'Ca trực', en: 'Duty shifts' },
  sheetHelp: { vi: 'Hỗ trợ theo loại', en: 'Help by kind' },
  sheetField: { vi: 'Đi cơ sở', en: 'Field visits' },
  sheetServed: { vi: 'Phục vụ', en: 'Who served' },
  ratingsGiven: { vi: 'Đã đánh giá', en: 'Rated' },
  ratingsAsked: { vi: 'Được mời đánh giá', en: 'Asked to rate' },
  sheetDifficulties: { vi: 'Khó khăn', en: 'Difficulties' },
  shift: { vi: 'Ca', en: 'Shift' },
  noted: { vi: 'Ghi lúc', en: 'Noted at' },
  person: { vi: 'Người ghi', en: 'Noted by' },
  text: { vi: 'Nội dung', en: 'Note' },
  figure: { vi: 'Chỉ số', en: 'Figure' },
  value: { vi: 'Giá trị', en: 'Value' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  machineCode: { vi: 'Mã (dành cho máy)', en: 'Code (for machines)' },
  fieldShiftAt: { vi: 'Đi cơ sở ({place})', en: 'Field visit ({place})' },
  branch: { vi: 'Đơn vị', en: 'Branch' },
  center: { vi: 'Trung tâm', en: 'Center' },
  period: { vi: 'Tuần', en: 'Week' },
} satisfies Record<string, LocalizedText>;

export type WeeklyWord = keyof typeof TEXT;

/** The word in the chosen language, with `{name}` places filled. */
export function weeklyText(language: 'vi' | 'en') {
  return (key: WeeklyWord, values: Record<string, string | number> = {}) =>
    TEXT[key][language].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Who went on a field visit, each with their hours when shorter than the visit's: "Mai, Hùng (2 giờ)". */
export function whoWent(
  visit: { hours: number; volunteers: { name: string; hours: number }[] },
  language: 'vi' | 'en',
  number: (n: number) => string,
): string {
  const say = weeklyText(language);
  return visit.volunteers
    .map((v) => (v.hours < visit.hours ? say('personHours', { name: v.name, hours: number(v.hours) }) : v.name))
    .join(', ');
}
