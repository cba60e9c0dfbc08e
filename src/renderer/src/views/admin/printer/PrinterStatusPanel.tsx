/**
 * What the printer says about itself (DLE EOT): paper, cover, online. Asked when the tab opens, when the saved
 * printer changes, after a test print and on "Kiểm tra lại". Many connections cannot ask: that is said plainly.
 */
import { useEffect, useState } from 'react';
import { api, errorText } from '../../../api/client';
import { useLocalized, useTranslation, type LocalizedText } from '../../../i18n';
import type { PrinterStatusAnswer } from './printer-setup';

type Reading = { state: 'read'; answer: PrinterStatusAnswer } | { state: 'failed'; text: LocalizedText };

/** `printerKey` names the saved printer; a new `round` asks again. */
export function PrinterStatusPanel(props: { printerKey: string; round: number; onRefresh: () => void }) {
  const { t } = useTranslation('admin');
  const asked = `${props.printerKey}#${props.round}`;
  // The reading with the question it answers: an older answer is not shown as this printer's.
  const [reading, setReading] = useState<{ asked: string; reading: Reading } | null>(null);
  const current = reading?.asked === asked ? reading.reading : null;

  useEffect(() => {
    let live = true;
    api.call('printerStatus').then(
      (answer) => live && setReading({ asked, reading: { state: 'read', answer } }),
      (error: unknown) => live && setReading({ asked, reading: { state: 'failed', text: errorText(error) } }),
    );
    return () => {
      live = false;
    };
  }, [asked]);

  return (
    <div className="admin-printer__status">
      <div className="admin-printer__status-head">
        <h4>{t('printer.statusTitle')}</h4>
        <button type="button" className="admin-button" disabled={!current} onClick={props.onRefresh}>
          {t('printer.statusRefresh')}
        </button>
      </div>
      <div aria-live="polite">
        {current ? <StatusReading reading={current} /> : <p className="admin-empty">{t('printer.statusAsking')}</p>}
      </div>
    </div>
  );
}

function StatusReading({ reading }: { reading: Reading }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  if (reading.state === 'failed')
    return <p className="admin-message admin-message--error">{localized(reading.text)}</p>;

  const { printer, status, problem } = reading.answer;
  // No printer chosen: the server's "go to Admin > Printer" would point at this very page.
  if (printer === null) return <p className="admin-empty">{t('printer.statusNone')}</p>;
  const where = <p className="admin-printer__where">{t('printer.statusPrinter', { printer })}</p>;
  const headline = problem ? (
    <p className="admin-message admin-message--error">{localized(problem)}</p>
  ) : status ? (
    <p className="admin-message admin-message--ok">{t('printer.statusReady')}</p>
  ) : (
    <p className="admin-message admin-message--warning">
      <strong>{t('printer.statusUnknown')}</strong> — {t('printer.statusUnknownHint')}
    </p>
  );
  if (!status)
    return (
      <>
        {where}
        {headline}
      </>
    );
  const paper = status.paperOut ? 'out' : status.paperNearEnd ? 'nearEnd' : 'ok';
  return (
    <>
      {where}
      {headline}
      <ul className="admin-printer__readings">
        <li className={paper === 'ok' ? '' : 'admin-warning-text'}>{t(`printer.paper.${paper}`)}</li>
        <li className={status.coverOpen ? 'admin-warning-text' : ''}>
          {t(status.coverOpen ? 'printer.cover.open' : 'printer.cover.closed')}
        </li>
        <li className={status.online ? '' : 'admin-warning-text'}>
          {t(status.online ? 'printer.online.yes' : 'printer.online.no')}
        </li>
        {status.error && <li className="admin-warning-text">{t('printer.statusError')}</li>}
      </ul>
    </>
  );
}
