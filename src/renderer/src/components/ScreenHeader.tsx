import type { ReactNode } from 'react';
import { formatDateTime } from '../../../shared/time';
import { LeaveKiosk } from '../desktop/LeaveKiosk';
import { useNow } from '../hooks/use-now';
import { useLocalized } from '../i18n';
import { useCenter } from '../state/use-center';
import { ConnectionBadge } from './ConnectionBadge';
import { LanguageSwitch } from './LanguageSwitch';

/** The top line of a working screen: center, screen, clock, connection and language. */
export function ScreenHeader({
  title,
  connected,
  children,
}: {
  title: string;
  connected: boolean;
  children?: ReactNode;
}) {
  const { settings } = useCenter();
  const localized = useLocalized();
  const now = useNow(10_000);
  return (
    <header className="screen-header">
      <div className="screen-header__title">
        <h1>{title}</h1>
        <p>{localized({ vi: settings.centerNameVi, en: settings.centerNameEn })}</p>
      </div>
      <div className="screen-header__tools">
        {children}
        <LeaveKiosk />
        <ConnectionBadge connected={connected} />
        <time className="screen-header__clock">{formatDateTime(now)}</time>
        <LanguageSwitch />
      </div>
    </header>
  );
}
