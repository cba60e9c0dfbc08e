/**
 * Under the counter's actions: whether the citizen's rating screen at this point is connected — so the official notices a tablet that went
 * flat or off the Wi-Fi before a day's ratings are lost. Shown only where a rating device is set up; live: the
 * server says when the device comes and goes (a `ratingDevice` event), and is asked again after a reconnect.
 */
import { useEffect, useRef, useState } from 'react';
import type { RatingDeviceStatus as Status } from '../../../../shared/rating';
import { api } from '../../api/client';
import { useTranslation } from '../../i18n';
import { useCenter, useCenterStore } from '../../state/use-center';
import './rating-device.css';

function useRatingDevice(servicePointId: number): Status | null {
  const store = useCenterStore();
  const { connected } = useCenter();
  const [status, setStatus] = useState<Status | null>(null);
  const [round, setRound] = useState(0);
  // The device came or went while the server was being asked: the answer may have been read before that, and the
  // event is the newer word (a tablet that connected meanwhile was shown as not connected until it next moved).
  const heard = useRef<boolean | null>(null);

  useEffect(() => {
    if (!connected) return;
    let current = true;
    heard.current = null;
    api.call('ratingDeviceStatus', { id: servicePointId }).then(
      (answer) => current && setStatus({ ...answer, online: heard.current ?? answer.online }),
      () => undefined, // Offline: asked again when the connection is back.
    );
    return () => {
      current = false;
    };
  }, [servicePointId, connected, round]);

  useEffect(
    () =>
      store.onEvent((event) => {
        if (event.kind === 'ratingDevice' && event.servicePointId === servicePointId) {
          heard.current = event.online;
          setStatus((s) => (s ? { ...s, online: event.online } : s));
        }
        // A rating device set up or revoked meanwhile.
        if (event.kind === 'setup' && event.what === 'devices') setRound((r) => r + 1);
      }),
    [store, servicePointId],
  );
  return status;
}

export function RatingDeviceStatus({ servicePointId }: { servicePointId: number }) {
  const { t } = useTranslation('counter');
  const status = useRatingDevice(servicePointId);
  if (!status || status.registered === 0) return null;
  const online = status.online;
  return (
    <p className={`rating-device rating-device--${online ? 'online' : 'offline'}`} role="status">
      <span className="rating-device__dot" aria-hidden="true" />
      <span className="rating-device__state" data-testid="rating-device-status">
        {online ? t('ratingDevice.online') : t('ratingDevice.offline')}
      </span>
      {!online && <span className="rating-device__hint">{t('ratingDevice.offlineHint')}</span>}
    </p>
  );
}
