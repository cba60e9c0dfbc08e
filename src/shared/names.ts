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

/** Made on first use: Vietnamese collation data is ≈ 1.7 MB of ICU that a server's start does not need. */
let people: Intl.Collator | null = null;

/**
 * The order of a list of people as Vietnamese offices keep it: by given name (the last word), then by the whole
 * name — "Hoàng Ngọc Anh" before "Nguyễn Thị Lan", whatever the family names. Vietnamese collation (Đ after D).
 */
export function comparePersonNames(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';
  people ??= new Intl.Collator('vi');
  return people.compare(given(a), given(b)) || people.compare(a, b);
}
