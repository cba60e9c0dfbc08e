/**
 * `/admin/printer` — the ticket printer: its model and connection on the left; on the right a test print, what
 * the printer reports about itself, and the ticket as it will print. Saved settings changed on another admin screen
 * show here unless this form has unsaved edits.
 */
import { useState } from 'react';
import type { PrinterSettings } from '../../../../../shared/domain';
import { useTranslation } from '../../../i18n';
import { ListUnavailable } from '../kit/ListUnavailable';
import { PrinterForm } from './PrinterForm';
import { PrinterPreview } from './PrinterPreview';
import { PrinterStatusPanel } from './PrinterStatusPanel';
import { PrinterTestPrint } from './PrinterTestPrint';
import { draftOf, isDirty, type PrinterSetup } from './printer-setup';
import { usePrinterSetup } from './use-printer-setup';
import './printer.css';

export function PrinterTab() {
  const { t } = useTranslation('admin');
  const printer = usePrinterSetup();
  return (
    <section className="admin-section" aria-labelledby="printer-title">
      <h2 id="printer-title">{t('printer.title')}</h2>
      <p className="admin-intro">{t('printer.intro')}</p>
      {printer.setup ? (
        <PrinterWorkspace
          setup={printer.setup}
          revision={printer.revision}
          onSaved={printer.saved}
          onRetryPreview={printer.refreshPreview}
        />
      ) : (
        <ListUnavailable list={printer} />
      )}
    </section>
  );
}

function PrinterWorkspace(props: {
  setup: PrinterSetup;
  revision: number;
  onSaved: (settings: PrinterSettings) => void;
  onRetryPreview: () => void;
}) {
  const { t } = useTranslation('admin');
  const saved = props.setup.settings;
  const [draft, setDraft] = useState(() => draftOf(saved));
  const [base, setBase] = useState(saved);
  const [statusRound, setStatusRound] = useState(0);

  if (saved !== base) {
    if (!isDirty(draft, base)) setDraft(draftOf(saved));
    setBase(saved);
  }

  const profiles = props.setup.profiles;
  const profile = profiles.find((p) => p.id === draft.profileId) ?? profiles[0];
  const askStatus = () => setStatusRound((r) => r + 1);

  return (
    <div className="admin-printer">
      <div className="admin-card">
        <PrinterForm
          setup={props.setup}
          draft={draft}
          onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
          onSaved={props.onSaved}
        />
      </div>
      <div className="admin-printer__column">
        <section className="admin-card admin-printer__check" aria-labelledby="printer-check-title">
          <h3 id="printer-check-title" className="admin-form__title">
            {t('printer.checkTitle')}
          </h3>
          <PrinterTestPrint saved={saved} probe={props.setup.probe} dirty={isDirty(draft, saved)} onTried={askStatus} />
          <PrinterStatusPanel
            printerKey={JSON.stringify([saved.profileId, saved.connection])}
            round={statusRound}
            onRefresh={askStatus}
          />
        </section>
        {profile && (
          <PrinterPreview
            profile={profile}
            qr={draft.qr}
            revision={props.revision}
            unsaved={draft.profileId !== saved.profileId || draft.qr !== saved.qr}
            textMode={draft.mode === 'text'}
            onRetry={props.onRetryPreview}
          />
        )}
      </div>
    </div>
  );
}
