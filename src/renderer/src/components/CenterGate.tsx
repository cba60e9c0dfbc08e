/**
 * Every screen's first state: loading, not signed in (with how to sign in — never a blank page), a device of
 * another role, or the server unreachable (with retry). Renders its children once the center is loaded.
 */
import { useEffect, type ReactNode } from 'react';
import { ROLES } from '../../../shared/contract/roles';
import type { DeviceRole } from '../../../shared/domain';
import { useLocalized, useTranslation } from '../i18n';
import { useCenterState, useCenterStore } from '../state/use-center';
import { homeOf } from '../routes';
import { SignedOutScreen } from '../views/signin/SignedOutScreen';
import { LanguageSwitch } from './LanguageSwitch';

export function CenterGate({
  roles,
  children,
  damaged,
}: {
  roles: DeviceRole[];
  children: ReactNode;
  /** What this screen still offers when the database is damaged and the center cannot be read (setup: restoring). */
  damaged?: ReactNode;
}) {
  const store = useCenterStore();
  const state = useCenterState();
  const { t } = useTranslation();
  const localized = useLocalized();
  useEffect(() => store.start(), [store]);

  if (state.phase === 'loading') return <Message title={t('loading')} />;
  // Never a blank page: why this screen is signed out, and where to type a pairing code to come back.
  if (state.phase === 'signedOut') return <SignedOutScreen reason={state.code === 'UNAUTHENTICATED' ? null : state} />;
  if (state.phase === 'failed' && state.code === 'DATABASE_DAMAGED' && damaged) return <>{damaged}</>;
  if (state.phase === 'failed')
    return (
      // Staff at a counter cannot restore anything: the red line above says what happened, the card whom to call.
      <Message
        title={state.code === 'DATABASE_DAMAGED' ? t('damagedTitle') : localized(state.text)}
        body={state.code === 'DATABASE_DAMAGED' ? t('damagedCallManager') : undefined}
      >
        <button className="button" onClick={() => store.retry()}>
          {t('retry')}
        </button>
      </Message>
    );
  const { device } = state.data.session;
  if (!roles.includes(device.role))
    return (
      <Message
        title={t('signIn.wrongRoleTitle')}
        body={t('signIn.wrongRoleHelp', { role: localized(ROLES[device.role].name) })}
      >
        <a className="button" href={homeOf(device)}>
          {t('signIn.openMyScreen')}
        </a>
      </Message>
    );
  return <>{children}</>;
}

function Message({ title, body, children }: { title: string; body?: string; children?: ReactNode }) {
  return (
    <main className="page page--centered">
      <div className="notice" role="status">
        <h1>{title}</h1>
        {body && <p>{body}</p>}
        {children}
      </div>
      <LanguageSwitch />
    </main>
  );
}
