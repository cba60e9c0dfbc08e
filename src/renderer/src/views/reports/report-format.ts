/** Numbers, shares and durations as Vietnamese (1.234; 87,5 %) or English readers write them. */
import { useCallback } from 'react';
import { useLanguage, useTranslation } from '../../i18n';

export interface ReportFormat {
  count: (n: number) => string;
  /** Two decimals, as a mean score: "4,25". */
  decimal: (n: number) => string;
  share: (share: number | null) => string;
  /** Seconds as "45 giây", "12,5 phút", "3 giờ 20 phút". */
  duration: (seconds: number | null) => string;
  /** Seconds as minutes with one decimal, for charts. */
  minutes: (seconds: number | null) => number | null;
}

export function useReportFormat(): ReportFormat {
  const language = useLanguage();
  const { t } = useTranslation('reports');
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  const count = useCallback((n: number) => new Intl.NumberFormat(locale).format(n), [locale]);
  const decimal = useCallback(
    (n: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n),
    [locale],
  );
  const share = useCallback(
    (value: number | null) =>
      value === null
        ? t('units.none')
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value),
    [locale, t],
  );
  const duration = useCallback(
    (seconds: number | null) => {
      if (seconds === null) return t('units.none');
      if (seconds < 60) return t('units.seconds', { value: seconds });
      if (seconds < 3600)
        return t('units.minutes', {
          value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(seconds / 60),
        });
      const minutes = Math.round(seconds / 60);
      return t('units.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
    },
    [locale, t],
  );
  const minutes = useCallback(
    (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 60) * 10) / 10),
    [],
  );
  return { count, decimal, share, duration, minutes };
}
