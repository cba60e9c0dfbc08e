/**
 * Who serves at this point: their name, and sign in / switch person / sign out. Signing in (a tap on one's name,
 * or the name and a PIN) makes every call from here recorded as that person's.
 */
import { useState } from 'react';
import type { PointStaff, SignInChoice } from '../../../../shared/people';
import { api, errorText } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import type { ServicePoint } from '../../api/types';
import { Modal } from '../../components/Modal';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import './staff-desk.css';
import { comparePersonNames, nameOf } from '../../../../shared/names';

export function StaffSignIn({ point }: { point: ServicePoint }) {
  const { t } = useTranslation('staffDesk');
  const localized = useLocalized();
  // Fetched again whenever the point's staff changes (a sign-in here or from another screen).
  const staff = useEndpoint('pointStaff', { id: point.id }, { version: point.staffId ?? 0 });
  const setCurrent = staff.replace;
  const current = staff.data;
  const [open, setOpen] = useState(false);
  const name = current?.staff?.name ?? null;
  return (
    <div className="staff-sign-in">
      <span
        className={`staff-sign-in__who${name ? '' : ' staff-sign-in__who--nobody'}`}
        data-testid="served-by"
        title={name ? t('servedBy', { name }) : undefined}
      >
        {name ? (
          <>
            <span className="staff-sign-in__label">{t('servedByLabel')} </span>
            {name}
          </>
        ) : (
          t('nobody')
        )}
      </span>
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        {name ? t('switch') : t('signIn')}
      </button>
      {name && (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => void api.call('staffSignOut', { id: point.id }).then(setCurrent)}
        >
          {t('signOut')}
        </button>
      )}
      {open && (
        <SignInDialog
          pointName={localized(nameOf(point))}
          pointId={point.id}
          helpDesk={point.kind === 'help_desk'}
          done={(answer) => {
            if (answer) setCurrent(answer);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}

function SignInDialog(props: {
  pointName: string;
  pointId: number;
  helpDesk: boolean;
  done: (answer: PointStaff | null) => void;
}) {
  const { t } = useTranslation('staffDesk');
  const localized = useLocalized();
  const list = useEndpoint('staffSignInChoices', undefined);
  const choices = list.data;
  const [chosen, setChosen] = useState<SignInChoice | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { servicePoints } = useCenter();
  const pointName = (id: number) => {
    const p = servicePoints.find((x) => x.id === id);
    return p ? localized(nameOf(p)) : `#${id}`;
  };
  // Help desks list volunteers first; counters, officials.
  const first = props.helpDesk ? ['volunteer', 'greeter'] : ['staff', 'manager'];
  const sorted = [...(choices ?? [])].sort(
    (a, b) => Number(first.includes(b.role)) - Number(first.includes(a.role)) || comparePersonNames(a.name, b.name),
  );
  const signIn = async (who: SignInChoice) => {
    if (who.hasPin && !/^\d{4,6}$/.test(pin)) {
      setChosen(who);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      props.done(
        await api.call('staffSignIn', {
          id: props.pointId,
          staffId: who.id,
          ...(who.hasPin ? { pin } : {}),
        }),
      );
    } catch (e) {
      setError(localized(errorText(e)));
      setPin('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t('signInTitle', { point: props.pointName })}
      confirmLabel={t('confirmSignIn')}
      busy={busy || !chosen || (chosen.hasPin && !/^\d{4,6}$/.test(pin))}
      error={error ?? (list.failure && localized(list.failure))}
      onConfirm={() => chosen && void signIn(chosen)}
      onCancel={() => props.done(null)}
    >
      <p className="muted">{choices && choices.length === 0 ? t('noStaff') : t('signInHelp')}</p>
      <div className="staff-choices">
        {sorted.map((who) => (
          <button
            key={who.id}
            type="button"
            className={`staff-choice${chosen?.id === who.id ? ' staff-choice--on' : ''}`}
            aria-pressed={chosen?.id === who.id}
            onClick={() => {
              setChosen(who);
              setPin('');
              if (!who.hasPin) void signIn(who);
            }}
          >
            <span className="staff-choice__name">{who.name}</span>
            <span className="staff-choice__role">
              {t(`roles.${who.role}`)}
              {who.hasPin ? ' · PIN' : ''}
              {who.atServicePointId !== null && who.atServicePointId !== props.pointId
                ? ` · ${t('atPoint', { point: pointName(who.atServicePointId) })}`
                : ''}
            </span>
          </button>
        ))}
      </div>
      {chosen?.hasPin && (
        <label className="field">
          <span className="field__label">{t('pin', { name: chosen.name })}</span>
          <input
            autoFocus
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            aria-describedby="pin-help"
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          />
          <span id="pin-help" className="muted">
            {t('pinHelp')}
          </span>
        </label>
      )}
    </Modal>
  );
}
