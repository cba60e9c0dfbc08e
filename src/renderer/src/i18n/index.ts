/**
 * Every user-facing string lives in a catalog (i18next, one namespace per screen), Vietnamese first and the
 * default; English is one click away and remembered per device. Texts from the server come in both languages
 * already (`LocalizedText`) and are picked with `useLocalized`.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/errors';
import { catalogs } from './catalogs';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'luot.language';

function storedLanguage(): Language {
  const param = new URLSearchParams(window.location.search).get('lang');
  if (param === 'vi' || param === 'en') return param;
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

const resources = {
  vi: Object.fromEntries(Object.entries(catalogs).map(([ns, c]) => [ns, c.vi])),
  en: Object.fromEntries(Object.entries(catalogs).map(([ns, c]) => [ns, c.en])),
};

void i18next.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'vi',
  defaultNS: 'common',
  ns: Object.keys(catalogs),
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});
document.documentElement.lang = i18next.language;

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // A kiosk browser without storage keeps the choice until reload.
  }
}

/** Picks the current language's side of a text that came from the server in both. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  return (text) => (i18n.language === 'en' ? text.en : text.vi);
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}

export { useTranslation };
export type { LocalizedText };
