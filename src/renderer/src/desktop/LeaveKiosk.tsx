/**
 * In the desktop app's kiosk mode, a way out for the manager (the shell asks for the PIN): kiosk must never trap
 * the only screen. Nothing in a browser or outside kiosk.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import { desktop } from './bridge';

export function LeaveKiosk() {
  const { t } = useTranslation('common');
  const [kiosk, setKiosk] = useState(false);
  useEffect(() => {
    let live = true;
    void desktop?.isKiosk().then((on) => live && setKiosk(on));
    return () => {
      live = false;
    };
  }, []);
  if (!desktop || !kiosk) return null;
  const bridge = desktop;
  return (
    <button
      type="button"
      className="button button--quiet button--small"
      onClick={() => void bridge.leaveKiosk().then((left) => left && setKiosk(false))}
    >
      {t('leaveKiosk')}
    </button>
  );
}
