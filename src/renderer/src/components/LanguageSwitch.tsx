import { setLanguage, useLanguage, useTranslation } from '../i18n';

/** Vietnamese by default; one tap to English and back. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <button
      type="button"
      className="language-switch"
      onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
      title={t('language')}
      lang={language === 'vi' ? 'en' : 'vi'}
    >
      {t('otherLanguage')}
    </button>
  );
}
