/**
 * The printer settings as the server has them, loaded again when another admin screen saves the printer, and a
 * preview revision that moves on whenever something printed on the ticket may have changed (the printer, or
 * the center's name and footer under Settings, the status page's address and Wi-Fi).
 */
import { useCallback, useEffect, useState } from 'react';
import type { PrinterSettings } from '../../../../../shared/domain';
import { useEndpoint } from '../../../api/use-endpoint';
import { useCenterStore } from '../../../state/use-center';

export function usePrinterSetup() {
  const store = useCenterStore();
  const printer = useEndpoint('printer', undefined);
  const { reload, replace } = printer;
  const [revision, setRevision] = useState(0);

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
  const saved = useCallback((settings: PrinterSettings) => replace((s) => (s ? { ...s, settings } : s)), [replace]);

  return {
    setup: printer.data,
    failure: printer.failure,
    reload,
    saved,
    revision,
    refreshPreview: () => setRevision((r) => r + 1),
  };
}
