/** The one way a named thing (service, point, zone, procedure, kind of help) gives its name in both languages. Pure. */
import type { LocalizedText } from './errors';

/** A name in Vietnamese and English; a missing English name falls back to the Vietnamese one. */
export const nameOf = (item: { nameVi: string; nameEn: string }): LocalizedText => ({
  vi: item.nameVi,
  en: item.nameEn || item.nameVi,
});
