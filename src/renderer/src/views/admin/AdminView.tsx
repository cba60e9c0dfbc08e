/**
 * `/admin` — the center manager's setup: services, zones, counters and help desks, staff, settings, the ticket
 * printer and the devices that sign screens in. Every change goes through the LAN API; the server pushes it to
 * every screen, this one included, so the lists here are always what the other screens show.
 */
// The admin screen's base styles first, so each tab's own stylesheet (imported by the tab) can refine them.
import './admin.css';
import type { ReactNode } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useTranslation } from '../../i18n';
import { usePathname } from '../../navigation';
import { useCenter } from '../../state/use-center';
import { AdminTabs, PANEL_ID, tabId, tabOfPath, type AdminTab } from './AdminTabs';
import { AppointmentsTab } from './appointments/AppointmentsTab';
import { BackupTab } from './backup/BackupTab';
import { CitizenTab } from './settings/CitizenTab';
import { DevicesTab } from './devices/DevicesTab';
import { HelpKindsTab } from './hall/HelpKindsTab';
import { OverviewTab } from './OverviewTab';
import { PointsTab } from './hall/PointsTab';
import { PrinterTab } from './printer/PrinterTab';
import { ProvinceTab } from './province/ProvinceTab';
import { ProceduresTab } from './procedures/ProceduresTab';
import { ServicesTab } from './services/ServicesTab';
import { SettingsTab } from './settings/SettingsTab';
import { StaffTab } from './people/StaffTab';
import { VoiceTab } from './settings/VoiceTab';
import { ZonesTab } from './hall/ZonesTab';

const PANELS: Record<AdminTab, () => ReactNode> = {
  overview: () => <OverviewTab />,
  services: () => <ServicesTab />,
  procedures: () => <ProceduresTab />,
  appointments: () => <AppointmentsTab />,
  zones: () => <ZonesTab />,
  points: () => <PointsTab />,
  staff: () => <StaffTab />,
  helpKinds: () => <HelpKindsTab />,
  settings: () => <SettingsTab />,
  printer: () => <PrinterTab />,
  voice: () => <VoiceTab />,
  devices: () => <DevicesTab />,
  backup: () => <BackupTab />,
  citizen: () => <CitizenTab />,
  province: () => <ProvinceTab />,
};

export default function AdminView() {
  const { t } = useTranslation('admin');
  const { connected } = useCenter();
  const tab = tabOfPath(usePathname());
  return (
    <div className="screen admin">
      <ScreenHeader title={t('title')} connected={connected} />
      <nav className="admin-nav">
        <AdminTabs current={tab} />
      </nav>
      <main className="admin-main" id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(tab)}>
        {PANELS[tab]()}
      </main>
    </div>
  );
}
