/**
 * `/admin/province` — the center as the province knows it (administrative-unit code, name, province, the signing
 * key's fingerprint, whether volunteers may be named), where the weekly file goes (the hub's address and the
 * center's token), what was sent when and what the hub answered, and the file itself for a USB stick.
 */
import { useState } from 'react';
import type { CenterIdentity, HubSendingStatus } from '../../../../../shared/contract/week-file';
import { addDays, mondayOf } from '../../../../../shared/report-range';
import { formatDateTime, serviceDayOf } from '../../../../../shared/time';
import { api } from '../../../api/client';
import { useEndpoint } from '../../../api/use-endpoint';
import { useLocalized, useTranslation } from '../../../i18n';
import { Choice, Field, SaveBar, useSaveForm } from '../kit/form-kit';
import { ListUnavailable } from '../kit/ListUnavailable';
import './province.css';

export function ProvinceTab() {
  const { t } = useTranslation('admin');
  const identity = useEndpoint('centerIdentity', undefined);
  const sending = useEndpoint('hubSending', undefined);
  const [thisWeek] = useState(() => mondayOf(serviceDayOf(Date.now())));
  return (
    <div className="admin-province">
      <section className="admin-section" aria-labelledby="province-title">
        <h2 id="province-title">{t('province.title')}</h2>
        <p className="admin-intro">{t('province.intro')}</p>
        <div className="admin-split admin-split--even">
          <div className="admin-card">
            {identity.data ? (
              <IdentityForm identity={identity.data} onSaved={identity.replace} />
            ) : (
              <ListUnavailable list={identity} />
            )}
          </div>
          <div className="admin-card">
            {sending.data ? (
              <SendingForm status={sending.data} onSaved={sending.replace} />
            ) : (
              <ListUnavailable list={sending} />
            )}
          </div>
        </div>
      </section>
      {sending.data && <History status={sending.data} />}
      <section className="admin-section" aria-labelledby="province-file-title">
        <h2 id="province-file-title">{t('province.fileTitle')}</h2>
        <p className="admin-intro">{t('province.fileIntro')}</p>
        <div className="admin-province__files">
          <a
            className="admin-button admin-button--primary"
            href={api.href('weeklyFile', { week: addDays(thisWeek, -7) })}
            download
          >
            {t('province.lastWeekFile')}
          </a>
          <a className="admin-button" href={api.href('weeklyFile', { week: thisWeek })} download>
            {t('province.thisWeekFile')}
          </a>
        </div>
      </section>
    </div>
  );
}

function IdentityForm(props: { identity: CenterIdentity; onSaved: (identity: CenterIdentity) => void }) {
  const { t } = useTranslation('admin');
  const [code, setCode] = useState(props.identity.code);
  const [nameVi, setNameVi] = useState(props.identity.nameVi);
  const [province, setProvince] = useState(props.identity.province);
  const [agreed, setAgreed] = useState(props.identity.volunteersAgreed);
  const [saved, setSaved] = useState(false);
  const form = useSaveForm(['code', 'nameVi', 'province', 'volunteersAgreed']);
  const save = form.submit(async () => {
    setSaved(false);
    props.onSaved(
      await api.call('updateCenterIdentity', {
        code: code.trim(),
        nameVi: nameVi.trim(),
        province: province.trim(),
        volunteersAgreed: agreed,
      }),
    );
    setSaved(true);
  });
  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <h3 className="admin-form__title">{t('province.identityTitle')}</h3>
      <Field label={t('province.codeLabel')} hint={t('province.codeHint')} error={form.errorAt('code')}>
        {(a11y) => (
          <input {...a11y} value={code} inputMode="numeric" maxLength={5} onChange={(e) => setCode(e.target.value)} />
        )}
      </Field>
      <Field label={t('province.nameLabel')} error={form.errorAt('nameVi')}>
        {(a11y) => <input {...a11y} value={nameVi} onChange={(e) => setNameVi(e.target.value)} />}
      </Field>
      <Field label={t('province.provinceLabel')} error={form.errorAt('province')}>
        {(a11y) => <input {...a11y} value={province} onChange={(e) => setProvince(e.target.value)} />}
      </Field>
      <Choice checked={agreed} onChange={setAgreed} detail={t('province.volunteersDetail')}>
        {t('province.volunteers')}
      </Choice>
      <p className="admin-province__fingerprint">
        {t('province.fingerprint')} <code>{props.identity.fingerprint}</code>
      </p>
      <SaveBar busy={form.busy} problem={form.problem} note={saved ? t('province.savedIdentity') : null} />
    </form>
  );
}

function SendingForm(props: { status: HubSendingStatus; onSaved: (status: HubSendingStatus) => void }) {
  const { t } = useTranslation('admin');
  const [address, setAddress] = useState(props.status.address);
  const [token, setToken] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const form = useSaveForm(['address', 'token']);
  const save = form.submit(async () => {
    setNote(null);
    props.onSaved(
      await api.call('updateHubSending', { address: address.trim(), ...(token.trim() ? { token: token.trim() } : {}) }),
    );
    setToken('');
    setNote(t('province.savedSending'));
  });
  const sendNow = async () => {
    setSending(true);
    try {
      props.onSaved(await api.call('sendToHubNow', {}));
    } finally {
      setSending(false);
    }
  };
  return (
    <form className="admin-form" onSubmit={save} noValidate>
      <h3 className="admin-form__title">{t('province.sendingTitle')}</h3>
      <Field label={t('province.addressLabel')} hint={t('province.addressHint')} error={form.errorAt('address')}>
        {(a11y) => (
          <input
            {...a11y}
            value={address}
            type="url"
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setAddress(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('province.tokenLabel')}
        hint={props.status.tokenSet ? t('province.tokenSet') : t('province.tokenHint')}
        error={form.errorAt('token')}
      >
        {(a11y) => (
          <input
            {...a11y}
            value={token}
            type="password"
            autoComplete="off"
            onChange={(e) => setToken(e.target.value)}
          />
        )}
      </Field>
      {props.status.nextTryAt !== null && (
        <p className="admin-message admin-message--error">
          {t('province.nextTry', { time: formatDateTime(props.status.nextTryAt) })}
        </p>
      )}
      <SaveBar busy={form.busy} problem={form.problem} note={note} />
      <button
        type="button"
        className="admin-button"
        onClick={() => void sendNow()}
        disabled={sending || !props.status.address || !props.status.tokenSet}
      >
        {sending ? t('province.sending') : t('province.sendNow')}
      </button>
    </form>
  );
}

function History({ status }: { status: HubSendingStatus }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  return (
    <section className="admin-section" aria-labelledby="province-history-title">
      <h2 id="province-history-title">{t('province.historyTitle')}</h2>
      {status.history.length === 0 ? (
        <p className="admin-intro">{t('province.historyEmpty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t('province.columns.at')}</th>
              <th>{t('province.columns.week')}</th>
              <th>{t('province.columns.version')}</th>
              <th>{t('province.columns.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {status.history.map((record) => (
              <tr key={`${record.at}-${record.week}-${record.version}`}>
                <td>{formatDateTime(record.at)}</td>
                <td>{record.week.split('-').reverse().join('/')}</td>
                <td>{record.version}</td>
                <td className={record.status >= 200 && record.status < 300 ? '' : 'admin-province__bad'}>
                  {record.status ? `${record.status} · ` : `${t('province.offline')} · `}
                  {localized(record.message)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
