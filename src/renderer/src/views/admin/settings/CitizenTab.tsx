/**
 * Setup of the citizen's side (src/shared/citizen-schemas.ts): how long the rating screen waits for an answer,
 * the address the ticket's QR code opens, and the Wi-Fi name and joining code printed on tickets.
 */
import { useState } from 'react';
import {
  WIFI_SECURITIES,
  type CitizenSettings,
  type CitizenSettingsAnswer,
} from '../../../../../shared/citizen-schemas';
import { api } from '../../../api/client';
import { useEndpoint } from '../../../api/use-endpoint';
import { useLocalized, useTranslation } from '../../../i18n';
import { Choice, Field, FieldGroup, NumberField, SaveBar, useSaveForm } from '../kit/form-kit';
import { changedFields, numberOrNull } from '../kit/form-problem';

const FIELDS = ['ratingTimeoutSeconds', 'statusOrigin', 'wifi'];

type Draft = Omit<CitizenSettings, 'ratingTimeoutSeconds' | 'statusOrigin'> & {
  ratingTimeoutSeconds: string;
  statusOrigin: string;
};

const draftOf = (s: CitizenSettings): Draft => ({
  ...s,
  ratingTimeoutSeconds: String(s.ratingTimeoutSeconds),
  statusOrigin: s.statusOrigin ?? '',
});

const inputOf = (d: Draft) => ({
  ratingTimeoutSeconds: numberOrNull(d.ratingTimeoutSeconds),
  statusOrigin: d.statusOrigin.trim() === '' ? null : d.statusOrigin.trim(),
  wifi: { ...d.wifi, name: d.wifi.name.trim() },
});

export function CitizenTab() {
  const { t } = useTranslation('citizenSetup');
  const localized = useLocalized();
  const loaded = useEndpoint('citizenSettings', undefined);
  if (!loaded.data)
    return (
      <section className="admin-section">
        <h2>{t('title')}</h2>
        {loaded.failure && <p className="admin-message admin-message--error">{localized(loaded.failure)}</p>}
      </section>
    );
  return <CitizenForm initial={loaded.data} />;
}

function CitizenForm({ initial }: { initial: CitizenSettingsAnswer }) {
  const { t } = useTranslation('citizenSetup');
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [note, setNote] = useState<string | null>(null);
  const form = useSaveForm(FIELDS);
  const { errorAt } = form;
  const set = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setNote(null);
  };
  const setWifi = (change: Partial<Draft['wifi']>) => set({ wifi: { ...draft.wifi, ...change } });

  const save = form.submit(async () => {
    const patch = changedFields(inputOf(draftOf(saved)), inputOf(draft));
    if (Object.keys(patch).length === 0) return setNote(t('saved'));
    const answer = await api.submit('updateCitizenSettings', patch);
    setSaved(answer);
    setDraft(draftOf(answer));
    setNote(t('saved'));
  });

  return (
    <section className="admin-section" aria-labelledby="citizen-title">
      <h2 id="citizen-title">{t('title')}</h2>
      <p className="admin-intro">{t('intro')}</p>
      <form className="admin-form admin-card" onSubmit={save} noValidate>
        <h3>{t('ratingTitle')}</h3>
        <NumberField
          label={t('timeout')}
          hint={t('timeoutHint')}
          error={errorAt('ratingTimeoutSeconds')}
          min={10}
          max={300}
          value={draft.ratingTimeoutSeconds}
          onChange={(ratingTimeoutSeconds) => set({ ratingTimeoutSeconds })}
        />

        <h3>{t('statusTitle')}</h3>
        <Field
          label={t('origin')}
          hint={t('originHint', { detected: saved.detectedOrigin ?? t('originUnknown') })}
          error={errorAt('statusOrigin')}
        >
          {(a11y) => (
            <input
              {...a11y}
              value={draft.statusOrigin}
              placeholder={saved.detectedOrigin ?? 'http://192.168.1.20:8080'}
              inputMode="url"
              autoComplete="off"
              onChange={(e) => set({ statusOrigin: e.target.value })}
            />
          )}
        </Field>

        <h3>{t('wifiTitle')}</h3>
        <div className="admin-field">
          <Choice
            checked={draft.wifi.onTicket}
            onChange={(onTicket) => setWifi({ onTicket })}
            detail={t('wifiOnTicketHint')}
          >
            {t('wifiOnTicket')}
          </Choice>
        </div>
        <div className="admin-form__row">
          <Field label={t('wifiName')} error={errorAt('wifi.name')}>
            {(a11y) => (
              <input
                {...a11y}
                value={draft.wifi.name}
                maxLength={32}
                autoComplete="off"
                onChange={(e) => setWifi({ name: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('wifiPassword')} hint={t('wifiPasswordHint')} error={errorAt('wifi.password')}>
            {(a11y) => (
              <input
                {...a11y}
                value={draft.wifi.password}
                maxLength={63}
                autoComplete="off"
                disabled={draft.wifi.security === 'nopass'}
                onChange={(e) => setWifi({ password: e.target.value })}
              />
            )}
          </Field>
        </div>
        <FieldGroup legend={t('wifiSecurity')} error={errorAt('wifi.security')}>
          {WIFI_SECURITIES.map((security) => (
            <Choice
              key={security}
              type="radio"
              name="wifi-security"
              checked={draft.wifi.security === security}
              onChange={() => setWifi({ security })}
            >
              {t(`securities.${security}`)}
            </Choice>
          ))}
        </FieldGroup>
        <div className="admin-field">
          <Choice checked={draft.wifi.hidden} onChange={(hidden) => setWifi({ hidden })}>
            {t('wifiHidden')}
          </Choice>
        </div>
        <SaveBar busy={form.busy} problem={form.problem} note={note} />
      </form>
    </section>
  );
}
