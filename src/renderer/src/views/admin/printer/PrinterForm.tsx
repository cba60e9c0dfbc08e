/**
 * The printer's settings: the model (its paper width decides the ticket's), how it is connected, picture or
 * text, and the QR code. Save sends only what changed; a refused field shows its rule under it.
 */
import { useState } from 'react';
import { PRINT_MODES, type PrinterProfile, type PrinterSettings } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { useLocalized, useTranslation } from '../../../i18n';
import { Choice, Field, FieldGroup, nameText, SaveBar, useSaveForm } from '../kit/form-kit';
import { changedFields } from '../kit/form-problem';
import { PrinterConnectionFields } from './PrinterConnectionFields';
import { draftOf, inputOf, printsText, type PrinterDraft, type PrinterSetup } from './printer-setup';

const FIELDS = ['profileId', 'connection', 'mode', 'qr'];

export function PrinterForm(props: {
  setup: PrinterSetup;
  draft: PrinterDraft;
  onChange: (change: Partial<PrinterDraft>) => void;
  onSaved: (settings: PrinterSettings) => void;
}) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { setup, draft } = props;
  const [note, setNote] = useState<string | null>(null);
  const form = useSaveForm(FIELDS);
  const profile = setup.profiles.find((p) => p.id === draft.profileId);

  const set = (change: Partial<PrinterDraft>) => {
    props.onChange(change);
    setNote(null);
  };

  const chooseProfile = (id: string) => {
    const next = setup.profiles.find((p) => p.id === id);
    if (!next) return;
    // A model without a Vietnamese code page can only print pictures: the choice follows the model.
    set({ profileId: next.id, ...(printsText(next) ? {} : { mode: 'raster' as const }) });
  };

  const save = form.submit(async () => {
    const patch = changedFields(inputOf(draftOf(setup.settings)), inputOf(draft));
    if (Object.keys(patch).length === 0) return setNote(t('form.noChanges'));
    const { settings } = await api.submit('updatePrinter', patch);
    props.onChange(draftOf(settings));
    props.onSaved(settings);
    setNote(t('printer.saved'));
  });

  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <h3 className="admin-form__title">{t('printer.settingsTitle')}</h3>
      <Field
        label={t('printer.model')}
        hint={t('printer.modelHint')}
        error={form.errorAt('profileId')}
        extra={profile && <ProfileFacts profile={profile} />}
      >
        {(a11y) => (
          <select {...a11y} value={draft.profileId} onChange={(e) => chooseProfile(e.target.value)}>
            {setup.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {localized(nameText(p))}
              </option>
            ))}
          </select>
        )}
      </Field>

      <PrinterConnectionFields draft={draft} baudRates={setup.baudRates} errorAt={form.errorAt} onChange={set} />

      <div className="admin-form__row">
        {printsText(profile) ? (
          <FieldGroup legend={t('printer.mode')} error={form.errorAt('mode')} className="admin-group--stacked">
            {PRINT_MODES.map((mode) => (
              <Choice
                key={mode}
                type="radio"
                name="printer-mode"
                checked={draft.mode === mode}
                onChange={() => set({ mode })}
                detail={t(`printer.modeHelp.${mode}`)}
              >
                <strong>{t(`printer.modes.${mode}`)}</strong>
              </Choice>
            ))}
          </FieldGroup>
        ) : (
          <div className="admin-field">
            <p className="admin-field__label">{t('printer.mode')}</p>
            <p>{t('printer.rasterOnly')}</p>
          </div>
        )}
        <FieldGroup legend={t('printer.qrTitle')} error={form.errorAt('qr')}>
          <Choice checked={draft.qr} onChange={(qr) => set({ qr })} detail={t('printer.qrHelp')}>
            <strong>{t('printer.qr')}</strong>
          </Choice>
        </FieldGroup>
      </div>

      <SaveBar busy={form.busy} problem={form.problem} note={note} />
    </form>
  );
}

/** What the chosen model is, in a manager's words: paper, dots across, cutter, whether it reports its state. */
function ProfileFacts({ profile }: { profile: PrinterProfile }) {
  const { t } = useTranslation('admin');
  const facts = [
    t('printer.facts', { paper: profile.paperMm, dots: profile.widthDots, dpi: profile.dpi }),
    t(`printer.cut.${profile.cut}`),
    profile.readsStatus ? t('printer.readsStatus') : t('printer.noStatus'),
  ];
  return <p className="admin-printer__facts">{facts.join(' · ')}</p>;
}
