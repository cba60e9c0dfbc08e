/**
 * The printer settings as the server has them, loaded again when another admin screen saves the printer, and a
 * preview revision that moves on whenever something printed on the ticket may have changed (the printer, or
 * the center's name and footer under Settings, the status page's address and Wi-Fi).
 */
import { useCallback, useEffect, useState } from 'react';
import type { PrinterSettings } from '../../../../shared/domain';
import { api, errorText } from '../../api/client';
import type { LocalizedText } from '../../i18n';
import { useCenterStore } from '../../state/use-center';
import type { PrinterSetup } from '../../../../shared/api';

export function usePrinterSetup() {
  const store = useCenterStore();
  const [setup, setSetup] = useState<PrinterSetup | null>(null);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const [round, setRound] = useState(0);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let current = true;
    api.call('printer').then(
      (answer) => {
        if (!current) return;
        setSetup(answer);
        setFailure(null);
      },
      (error: unknown) => current && setFailure(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, [round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);

  useEffect(
    () =>
      store.onEvent((event) => {
        if (event.kind !== 'setup') return;
        if (event.what === 'printer') reload();
        if (event.what === 'printer' || event.what === 'settings' || event.what === 'citizenSettings')
          setRevision((r) => r + 1);
      }),
    [store, reload],
  );

  /** This screen saved: show the server's answer at once, without waiting for the event. */
  const saved = useCallback((settings: PrinterSettings) => setSetup((s) => (s ? { ...s, settings } : s)), []);

  return { setup, failure, reload, saved, revision, refreshPreview: () => setRevision((r) => r + 1) };
}
