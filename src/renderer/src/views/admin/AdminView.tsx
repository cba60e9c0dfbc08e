/**
 * `/admin` — the center manager's setup: services, zones, counters and help desks, staff, settings, the ticket
 * printer and the devices that sign screens in. Every change goes through the LAN API; the server pushes it to
 * every screen, this one included, so the lists here are always what the other screens show.
 */
import type { ReactNode } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useTranslation } from '../../i18n';
import { usePathname } from '../../navigation';
import { useCenter } from '../../state/use-center';
import { AdminTabs, PANEL_ID, tabId, tabOfPath, type AdminTab } from './AdminTabs';
import { BackupTab } from './BackupTab';
import { CitizenTab } from './CitizenTab';
import { DevicesTab } from './DevicesTab';
import { HelpKindsTab } from './HelpKindsTab';
import { OverviewTab } from './OverviewTab';
import { PointsTab } from './PointsTab';
import { PrinterTab } from './PrinterTab';
import { ProceduresTab } from './ProceduresTab';
import { ServicesTab } from './ServicesTab';
import { SettingsTab } from './SettingsTab';
import { StaffTab } from './StaffTab';
import { VoiceTab } from './VoiceTab';
import { ZonesTab } from './ZonesTab';
import './admin.css';

const PANELS: Record<AdminTab, () => ReactNode> = {
  overview: () => <OverviewTab />,
  services: () => <ServicesTab />,
  procedures: () => <ProceduresTab />,
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
