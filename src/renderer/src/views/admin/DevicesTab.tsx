/**
 * Devices: each screen on the LAN signs in with its own device. Creating one shows its sign-in link and QR code
 * once; revoking one signs that screen out at once.
 */
import { useState } from 'react';
import type { CreatedDevice, Device } from '../../api/types';
import { useTranslation } from '../../i18n';
import { CreatedDeviceCard } from './CreatedDeviceCard';
import { DeviceCreateForm } from './DeviceCreateForm';
import { DeviceTable } from './DeviceTable';
import { ListUnavailable } from './ListUnavailable';
import { useFetchedList } from './use-fetched-list';

export function DevicesTab() {
  const { t } = useTranslation('admin');
  const devices = useFetchedList<Device>('/api/devices');
  const [created, setCreated] = useState<CreatedDevice | null>(null);

  return (
    <div className="admin-devices">
      <section className="admin-section" aria-labelledby="devices-title">
        <h2 id="devices-title">{t('devices.title')}</h2>
        <p className="admin-intro">{t('devices.intro')}</p>
        <div className="admin-split admin-split--even">
          <div className="admin-card">
            <DeviceCreateForm
              onCreated={(answer) => {
                setCreated(answer);
                devices.reload();
              }}
            />
          </div>
          {created ? (
            <CreatedDeviceCard created={created} onClose={() => setCreated(null)} />
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
        {devices.items ? (
          <DeviceTable devices={devices.items} onRevoked={devices.reload} />
        ) : (
          <ListUnavailable list={devices} />
        )}
      </section>
    </div>
  );
}
