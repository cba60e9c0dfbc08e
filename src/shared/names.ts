/**
 * The one way a named thing (service, point, zone, procedure, kind of help) gives its name in both languages, and
 * the one order of people's names. Pure.
 */
import type { LocalizedText } from './errors';

/** A name in Vietnamese and English; a missing English name falls back to the Vietnamese one. */
export const nameOf = (item: { nameVi: string; nameEn: string }): LocalizedText => ({
  vi: item.nameVi,
  en: item.nameEn || item.nameVi,
});

const people = new Intl.Collator('vi');

/**
 * The order of a list of people as Vietnamese offices keep it: by given name (the last word), then by the whole
 * name — "Hoàng Ngọc Anh" before "Nguyễn Thị Lan", whatever the family names. Vietnamese collation (Đ after D).
 */
export function comparePersonNames(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';
  return people.compare(given(a), given(b)) || people.compare(a, b);
}
