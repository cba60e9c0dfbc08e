/**
 * Setup's overview tells the manager when someone's PIN is being guessed (issue 24, point 3): five or more wrong
 * tries in a row, on every device together. Asked for when the overview opens and every 30 seconds.
 */
import { useEffect, useState } from 'react';
import type { PinAlert } from '../../../../shared/people';
import { formatDateTime } from '../../../../shared/time';
import { api } from '../../api/client';
import { useTranslation } from '../../i18n';

const EVERY_MS = 30_000;

export function PinAlerts() {
  const { t } = useTranslation('admin');
  const [alerts, setAlerts] = useState<PinAlert[]>([]);

  useEffect(() => {
    let live = true;
    const read = () =>
      api.call('pinAlerts').then(
        (found) => live && setAlerts(found),
        // The overview shows the rest; the next beat asks again.
        () => undefined,
      );
    void read();
    const timer = window.setInterval(() => void read(), EVERY_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);

  if (alerts.length === 0) return null;
  return (
    <section className="admin-section admin-message--warning" role="alert" aria-labelledby="overview-pin-alerts">
      <h2 id="overview-pin-alerts">{t('overview.pinAlertTitle')}</h2>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.staffId}>
            {t('overview.pinAlert', {
              name: alert.name,
              count: alert.wrongTries,
              devices: alert.devices,
              time: formatDateTime(alert.lastAt),
            })}{' '}
            {alert.waitUntil !== null && t('overview.pinAlertWait', { time: formatDateTime(alert.waitUntil) })}
          </li>
        ))}
      </ul>
      <p>{t('overview.pinAlertAdvice')}</p>
    </section>
  );
}
