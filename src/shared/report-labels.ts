/**
 * Names of the codes reports group by (kinds of help, outcomes, priority classes, shifts), in Vietnamese and
 * English, for the reports screen and the exported files alike. Pure.
 *
 * Kinds of help are grouped by their stable code and named through `helpKindLabel` only: when setup gets its
 * own list of kinds (codes kept, elderly-help codes added), that list is passed in and wins; an unknown code
 * is shown as itself rather than dropped.
 */
import type { LocalizedText } from './errors';

const HELP_KIND_NAMES: Record<string, LocalizedText> = {
  vneid_activation: { vi: 'Cài đặt, kích hoạt VNeID', en: 'VNeID installed and activated' },
  online_filing: { vi: 'Nộp hồ sơ trực tuyến', en: 'Online applications filed' },
  result_lookup: { vi: 'Tra cứu kết quả', en: 'Results looked up' },
  online_payment: { vi: 'Thanh toán trực tuyến', en: 'Online payments' },
  e_account: { vi: 'Đăng ký tài khoản điện tử', en: 'E-accounts registered' },
  data_update: { vi: 'Cập nhật dữ liệu sau sáp nhập', en: 'Data updated after the merger' },
  other: { vi: 'Hỗ trợ khác', en: 'Other help' },
};

/** A kind of help as setup will list it: a stable code and its names. */
export interface HelpKindEntry {
  code: string;
  nameVi: string;
  nameEn: string;
}

export function helpKindLabel(code: string, configured: readonly HelpKindEntry[] = []): LocalizedText {
  const entry = configured.find((k) => k.code === code);
  if (entry) return { vi: entry.nameVi, en: entry.nameEn };
  return HELP_KIND_NAMES[code] ?? { vi: code, en: code };
}

/** Codes in the order reports list them: the known ones first, then any others alphabetically. */
export function helpKindOrder(codes: Iterable<string>, configured: readonly HelpKindEntry[] = []): string[] {
  const known = [...configured.map((k) => k.code), ...Object.keys(HELP_KIND_NAMES)];
  const rank = (code: string) => {
    const i = known.indexOf(code);
    return i < 0 ? known.length : i;
  };
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Every code the weekly report lists even when nothing was done (so "0" is said, not left out). */
export const WEEKLY_HELP_CODES = Object.keys(HELP_KIND_NAMES);

const OUTCOME_NAMES: Record<string, LocalizedText> = {
  completed: { vi: 'Đã tiếp nhận / giải quyết', en: 'Received / handled' },
  incomplete_documents: { vi: 'Hồ sơ chưa đủ, đã hướng dẫn', en: 'Documents incomplete, guided' },
  advised: { vi: 'Tư vấn, hướng dẫn', en: 'Advice given' },
  referred: { vi: 'Chuyển cơ quan khác', en: 'Referred elsewhere' },
  other: { vi: 'Khác', en: 'Other' },
};

export function outcomeLabel(code: string): LocalizedText {
  return OUTCOME_NAMES[code] ?? { vi: code, en: code };
}

const PRIORITY_NAMES: Record<string, LocalizedText> = {
  none: { vi: 'Thường', en: 'Regular' },
  elderly: { vi: 'Người cao tuổi', en: 'Elderly' },
  disability: { vi: 'Người khuyết tật', en: 'Disability' },
  pregnant: { vi: 'Phụ nữ mang thai', en: 'Pregnant' },
  small_child: { vi: 'Đi cùng trẻ nhỏ', en: 'With a small child' },
  merit: { vi: 'Người có công', en: 'Người có công (merit)' },
};

export function priorityLabel(code: string): LocalizedText {
  return PRIORITY_NAMES[code] ?? { vi: code, en: code };
}

export const SHIFTS = ['morning', 'afternoon'] as const;
export type Shift = (typeof SHIFTS)[number];

const SHIFT_NAMES: Record<Shift, LocalizedText> = {
  morning: { vi: 'Sáng', en: 'Morning' },
  afternoon: { vi: 'Chiều', en: 'Afternoon' },
};

export function shiftLabel(shift: Shift): LocalizedText {
  return SHIFT_NAMES[shift];
}

/** Shifts split at local noon: a sign-in before 12:00 is the morning shift. */
export const AFTERNOON_STARTS_MINUTE = 12 * 60;
