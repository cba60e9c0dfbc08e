/**
 * "In thử": prints the sample ticket with the saved settings and says how it went, in the words the server
 * chose (what is wrong and what to do), and what it found out about the printer: whether it answers status (so
 * tickets are confirmed printed) and how fast it reads. It waits for unsaved changes to be saved, so what is
 * tested is what is on screen.
 */
import { useState } from 'react';
import type { PrinterProbe, PrinterSettings } from '../../../../../shared/domain';
import { formatDateTime } from '../../../../../shared/time';
import { api, errorText } from '../../../api/client';
import { useLocalized, useTranslation, type LocalizedText } from '../../../i18n';

type TestResult =
  | { type: 'printed' | 'sent'; printer: string; doubt: LocalizedText | null }
  | { type: 'failed'; reason: LocalizedText };

export function PrinterTestPrint(props: {
  saved: PrinterSettings;
  probe: PrinterProbe | null;
  dirty: boolean;
  onTried: () => void;
}) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);
  const [found, setFound] = useState<PrinterProbe | null>(null);
  const noPrinter = props.saved.connection.kind === 'none';
  const blocked = noPrinter ? t('printer.testNoPrinter') : props.dirty ? t('printer.testSaveFirst') : null;
  const probe = found ?? props.probe;

  const testPrint = async () => {
    setBusy(true);
    setResult(null);
    try {
      const { print, probe } = await api.call('testPrint');
      setFound(probe);
      setResult(
        print.type === 'failed'
          ? { type: 'failed', reason: print.reason ?? errorText(null) }
          : { type: print.type, printer: print.printer, doubt: print.reason ?? null },
      );
    } catch (error) {
      setResult({ type: 'failed', reason: errorText(error) });
    } finally {
      setBusy(false);
      props.onTried();
    }
  };

  return (
    <div className="admin-printer__test">
      <div className="admin-printer__action">
        <button
          type="button"
          className="admin-button admin-button--primary"
          disabled={busy || blocked !== null}
          onClick={() => void testPrint()}
        >
          {busy ? t('printer.testing') : t('printer.test')}
        </button>
        <p className="admin-field__hint">{blocked ?? t('printer.testHint')}</p>
      </div>
      <div aria-live="polite">
        {result?.type === 'printed' && (
          <p className="admin-message admin-message--ok">{t('printer.testPrinted', { printer: result.printer })}</p>
        )}
        {result?.type === 'sent' && result.doubt === null && (
          <p className="admin-message admin-message--ok">{t('printer.testSent', { printer: result.printer })}</p>
        )}
        {result?.type === 'sent' && result.doubt !== null && (
          <p className="admin-message admin-message--error" role="alert">
            <strong>{t('printer.testUnsure')}</strong> {localized(result.doubt)}
          </p>
        )}
        {result?.type === 'failed' && (
          <p className="admin-message admin-message--error" role="alert">
            <strong>{t('printer.testFailed')}</strong> {localized(result.reason)}
          </p>
        )}
      </div>
      {!noPrinter && <ProbeNote probe={probe} spooler={['windows', 'cups'].includes(props.saved.connection.kind)} />}
    </div>
  );
}

/** What Lượt knows of the saved printer: does it confirm tickets, and how fast it reads them. */
function ProbeNote({ probe, spooler }: { probe: PrinterProbe | null; spooler: boolean }) {
  const { t } = useTranslation('admin');
  if (spooler) return <p className="admin-field__hint">{t('printer.probeSpooler')}</p>;
  if (!probe) return <p className="admin-field__hint">{t('printer.probeUnknown')}</p>;
  return (
    <div className="admin-printer__probe" data-testid="printer-probe">
      <p>{probe.answersStatus ? t('printer.probeAnswers') : t('printer.probeSilent')}</p>
      <p className="admin-field__hint">
        {probe.bytesPerSecond !== null &&
          `${t('printer.probeSpeed', { kb: Math.round(probe.bytesPerSecond / 1000) })} `}
        {t('printer.probeWhen', { when: formatDateTime(probe.at), by: t(`printer.probeBy.${probe.by}`) })}
      </p>
    </div>
  );
}
