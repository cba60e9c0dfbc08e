import { useLocalized, useTranslation } from '../../i18n';
import type { PrintStatus } from './use-print-status';
import './print-line.css';

/**
 * What happened to the paper ticket, in words, with "In lại" whenever there is a printer. Never "Đã in phiếu"
 * unless the printer said so; a doubt is shown like a fault, so the volunteer looks at the printer.
 */
export function PrintLine({
  status,
  onReprint,
  compact = false,
}: {
  status: PrintStatus | null;
  /** null: nothing to print again here (the take-home list is printed once). */
  onReprint: (() => void) | null;
  compact?: boolean;
}) {
  const { t } = useTranslation('greeter');
  const localized = useLocalized();
  if (!status) return null;
  if (status.state === 'disabled') return compact ? null : <p className="print-line muted">{t('printOff')}</p>;
  let text: string;
  let look: string = status.state;
  switch (status.state) {
    case 'printing':
      text = t('printing');
      break;
    case 'printed':
      text = t('printed');
      break;
    case 'sent':
      text = status.reason ? `${t('printUnsure')}: ${localized(status.reason)}` : t('printSent');
      if (status.reason) look = 'unsure';
      break;
    case 'failed':
      text = `${t('printFailed')}: ${localized(status.reason)}`;
      break;
  }
  const loud = look === 'failed' || look === 'unsure';
  const mayDuplicate = status.state !== 'failed' && status.mayDuplicate;
  return (
    <div className={`print-line print-line--${look}`} role={loud ? 'alert' : 'status'}>
      {!compact || loud ? <span>{text}</span> : null}
      {onReprint && (
        <button type="button" className="button button--small" onClick={onReprint}>
          {t('reprint')}
        </button>
      )}
      {mayDuplicate && !compact ? <span className="print-line__note">{t('mayDuplicate')}</span> : null}
    </div>
  );
}
