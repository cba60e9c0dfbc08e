/**
 * `/reports` — the center's reports for the manager and the youth-union secretary (devices with the `reports`
 * or `admin` role): figures of a period with charts, tables and downloads; the weekly volunteer report; the
 * duty roster; field visits.
 */
import type { ReactNode } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useTranslation } from '../../i18n';
import { usePathname } from '../../navigation';
import { useCenter } from '../../state/use-center';
import { AppointmentsTab } from './AppointmentsTab';
import { OverviewTab } from './OverviewTab';
import { ProceduresTab } from './ProceduresTab';
import { RatingsTab } from './RatingsTab';
import { PANEL_ID, ReportTabs, tabId, tabOfPath, type ReportTab } from './ReportTabs';
import { RosterTab } from './RosterTab';
import { VisitsTab } from './VisitsTab';
import { WeeklyTab } from './WeeklyTab';
import './reports.css';

const PANELS: Record<ReportTab, () => ReactNode> = {
  overview: () => <OverviewTab />,
  ratings: () => <RatingsTab />,
  procedures: () => <ProceduresTab />,
  appointments: () => <AppointmentsTab />,
  weekly: () => <WeeklyTab />,
  roster: () => <RosterTab />,
  visits: () => <VisitsTab />,
};

export default function ReportsView() {
  const { t } = useTranslation('reports');
  const { connected } = useCenter();
  const tab = tabOfPath(usePathname());
  return (
    <div className="screen reports">
      <ScreenHeader title={t('title')} connected={connected} />
      <nav className="report-nav">
        <ReportTabs current={tab} />
      </nav>
      <main className="report-main" id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(tab)}>
        {PANELS[tab]()}
      </main>
    </div>
  );
}
