/**
 * "In thử": prints the sample ticket with the saved settings and says how it went, in the words the server
 * chose (what is wrong and what to do). It waits for unsaved changes to be saved, so what is tested is what is
 * on screen.
 */
import { useState } from 'react';
import type { PrinterSettings } from '../../../../shared/domain';
import type { PrintOutcome } from '../../../../shared/events';
import { api, errorText } from '../../api/client';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';

type TestResult = { printed: true; printer: string } | { printed: false; reason: LocalizedText };

export function PrinterTestPrint(props: { saved: PrinterSettings; dirty: boolean; onTried: () => void }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);
  const noPrinter = props.saved.connection.kind === 'none';
  const blocked = noPrinter ? t('printer.testNoPrinter') : props.dirty ? t('printer.testSaveFirst') : null;

  const testPrint = async () => {
    setBusy(true);
    setResult(null);
    try {
      const { print } = await api.post<{ print: PrintOutcome }>('/api/printer/test', {});
      setResult(
        print.type === 'printed'
          ? { printed: true, printer: print.printer }
          : { printed: false, reason: print.reason ?? errorText(null) },
      );
    } catch (error) {
      setResult({ printed: false, reason: errorText(error) });
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
        {result?.printed === true && (
          <p className="admin-message admin-message--ok">{t('printer.testPrinted', { printer: result.printer })}</p>
        )}
        {result?.printed === false && (
          <p className="admin-message admin-message--error" role="alert">
            <strong>{t('printer.testFailed')}</strong> {localized(result.reason)}
          </p>
        )}
      </div>
    </div>
  );
}
