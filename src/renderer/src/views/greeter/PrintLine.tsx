import { useLocalized, useTranslation } from '../../i18n';
import type { PrintStatus } from './use-print-status';

/** What happened to the paper ticket, in words, with "In lại" whenever there is a printer. */
export function PrintLine({
  status,
  onReprint,
  compact = false,
}: {
  status: PrintStatus | null;
  onReprint: () => void;
  compact?: boolean;
}) {
  const { t } = useTranslation('greeter');
  const localized = useLocalized();
  if (!status) return null;
  if (status.state === 'disabled') return compact ? null : <p className="print-line muted">{t('printOff')}</p>;
  const text =
    status.state === 'printing'
      ? t('printing')
      : status.state === 'printed'
        ? t('printed')
        : `${t('printFailed')}: ${localized(status.reason)}`;
  return (
    <div className={`print-line print-line--${status.state}`} role={status.state === 'failed' ? 'alert' : 'status'}>
      {!compact || status.state === 'failed' ? <span>{text}</span> : null}
      <button type="button" className="button button--small" onClick={onReprint}>
        {t('reprint')}
      </button>
    </div>
  );
}
