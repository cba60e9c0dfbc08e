/**
 * Devices: each screen on the LAN signs in with its own device. Creating one shows its one-time sign-in link,
 * QR code and pairing code; a device whose code ran out gets a new one from the list; revoking one signs that
 * screen out at once.
 */
import { useState } from 'react';
import type { DeviceSignIn } from '../../../../../shared/api';
import { useEndpoint } from '../../../api/use-endpoint';
import { useTranslation } from '../../../i18n';
import { CreatedDeviceCard } from './CreatedDeviceCard';
import { DeviceCreateForm } from './DeviceCreateForm';
import { DeviceTable } from './DeviceTable';
import { ListUnavailable } from '../kit/ListUnavailable';
import './devices.css';

export function DevicesTab() {
  const { t } = useTranslation('admin');
  const devices = useEndpoint('devices', undefined);
  const [shown, setShown] = useState<{ signIn: DeviceSignIn; fresh: boolean } | null>(null);

  return (
    <div className="admin-devices">
      <section className="admin-section" aria-labelledby="devices-title">
        <h2 id="devices-title">{t('devices.title')}</h2>
        <p className="admin-intro">{t('devices.intro')}</p>
        <div className="admin-split admin-split--even">
          <div className="admin-card">
            <DeviceCreateForm
              onCreated={(answer) => {
                setShown({ signIn: answer, fresh: true });
                devices.reload();
              }}
            />
          </div>
          {shown ? (
            <CreatedDeviceCard signIn={shown.signIn} fresh={shown.fresh} onClose={() => setShown(null)} />
          ) : (
            <div className="admin-card admin-how">
              <h3 className="admin-form__title">{t('devices.howTitle')}</h3>
              <ol>
                <li>{t('devices.step1')}</li>
                <li>{t('devices.step2')}</li>
                <li>{t('devices.step3')}</li>
              </ol>
            </div>
          )}
        </div>
      </section>
      <section className="admin-section" aria-labelledby="devices-list-title">
        <h2 id="devices-list-title">{t('devices.listTitle')}</h2>
        {devices.data ? (
          <DeviceTable
            devices={devices.data}
            onChanged={devices.reload}
            onSignIn={(signIn) => {
              setShown({ signIn, fresh: false });
              window.scrollTo({ top: 0, behavior: 'smooth' });
            }}
          />
        ) : (
          <ListUnavailable list={devices} />
        )}
      </section>
    </div>
  );
}
