/**
 * "Thiếu giấy tờ": the volunteer ticks what the citizen lacks and sends them home with the list printed (or, with
 * no printer, photographed), or to a help desk with a number. Either way it is logged for the report of the
 * procedures that most often send people back. Errors show here, inside the dialog, not behind it.
 */
import { useId, useState } from 'react';
import type { MissingPapersAction, Procedure } from '../../../../shared/procedures';
import { Modal } from '../../components/Modal';
import type { Service } from '../../api/types';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { nameOf } from '../../../../shared/names';

export interface MissingPapersChoice {
  action: MissingPapersAction;
  missing: string[];
  helpServiceId: number | null;
}

export function MissingPapersDialog(props: {
  procedure: Procedure;
  helpServices: Service[];
  /** The help desk to offer first (online filing, when the procedure can be filed online). */
  preferredHelpServiceId: number | null;
  printerReady: boolean;
  connected: boolean;
  onConfirm: (choice: MissingPapersChoice) => Promise<LocalizedText | null>;
  onCancel: () => void;
}) {
  const { procedure } = props;
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const localized = useLocalized();
  const [missing, setMissing] = useState<string[]>([]);
  const [action, setAction] = useState<MissingPapersAction>('home');
  const [helpServiceId, setHelpServiceId] = useState<number | null>(
    props.preferredHelpServiceId ?? props.helpServices[0]?.id ?? null,
  );
  const helpSelect = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LocalizedText | null>(null);

  const toggle = (document: string, on: boolean) =>
    setMissing((list) => (on ? [...list, document] : list.filter((d) => d !== document)));

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const failure = await props.onConfirm({
      action,
      // In checklist order, whatever order they were ticked in.
      missing: procedure.documents.filter((d) => missing.includes(d)),
      helpServiceId: action === 'help_desk' ? helpServiceId : null,
    });
    setBusy(false);
    if (failure) setError(failure);
  };

  const confirmLabel =
    action === 'help_desk'
      ? t('missing.confirmHelp')
      : props.printerReady
        ? t('missing.confirmHome')
        : t('missing.confirmRecord');
  const problem = !props.connected ? tc('serverUnreachable') : error ? localized(error) : null;
  return (
    <Modal
      title={t('missing.title', {
        name: localized(nameOf(procedure)),
      })}
      confirmLabel={confirmLabel}
      busy={busy}
      error={problem}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
    >
      <fieldset className="missing__papers">
        <legend>{t('missing.which')}</legend>
        {procedure.documents.map((document) => (
          <label key={document} className="missing__paper">
            <input
              type="checkbox"
              checked={missing.includes(document)}
              onChange={(e) => toggle(document, e.target.checked)}
            />
            <span>{document}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="missing__actions">
        <legend>{t('missing.whatNow')}</legend>
        <label className="missing__action">
          <input type="radio" name="missing-action" checked={action === 'home'} onChange={() => setAction('home')} />
          <span>{props.printerReady ? t('missing.home') : t('missing.homeNoPrinter')}</span>
        </label>
        {props.helpServices.length > 0 && (
          <label className="missing__action">
            <input
              type="radio"
              name="missing-action"
              checked={action === 'help_desk'}
              onChange={() => setAction('help_desk')}
            />
            <span>{t('missing.helpDesk')}</span>
          </label>
        )}
        {action === 'help_desk' && (
          <div className="field missing__help">
            <label className="field__label" htmlFor={helpSelect}>
              {t('missing.helpService')}
            </label>
            <select
              id={helpSelect}
              value={helpServiceId ?? ''}
              onChange={(e) => setHelpServiceId(Number(e.target.value))}
            >
              {props.helpServices.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.prefix} · {localized(nameOf(s))}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
    </Modal>
  );
}
