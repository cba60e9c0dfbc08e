/** The weekly report's wording for the PDF and XLSX, in Vietnamese (for the meeting) and English. */
import type { LocalizedText } from '../../../shared/errors';

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
  fieldTitle: { vi: '3. Đi cơ sở, hỗ trợ tại khu dân cư', en: '3. Field visits to residential areas' },
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
  sheetDifficulties: { vi: 'Khó khăn', en: 'Difficulties' },
  shift: { vi: 'Ca', en: 'Shift' },
  noted: { vi: 'Ghi lúc', en: 'Noted at' },
  point: { vi: 'Quầy / bàn', en: 'Service point' },
  person: { vi: 'Người ghi', en: 'Noted by' },
  text: { vi: 'Nội dung', en: 'Note' },
  figure: { vi: 'Chỉ số', en: 'Figure' },
  value: { vi: 'Giá trị', en: 'Value' },
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
