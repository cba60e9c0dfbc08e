/** The report screen's sections as tabs, each at its own address (`/reports/weekly` …). */
import { RoutedTabs, tabIdOf, tabOfPath as tabOf, type TabSet } from '../../components/RoutedTabs';
import { useTranslation } from '../../i18n';

export const REPORT_TABS = ['overview', 'ratings', 'procedures', 'appointments', 'weekly', 'roster', 'visits'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];
export const PANEL_ID = 'report-panel';
const SET: TabSet<ReportTab> = { tabs: REPORT_TABS, base: '/reports', idPrefix: 'report-tab', panelId: PANEL_ID };

export const tabOfPath = (pathname: string): ReportTab => tabOf(SET, pathname);
export const tabId = (tab: ReportTab) => tabIdOf(SET, tab);

export function ReportTabs({ current }: { current: ReportTab }) {
  const { t } = useTranslation('reports');
  return (
    <RoutedTabs
      set={SET}
      current={current}
      label={t('tabsLabel')}
      labelOf={(tab) => t(`tabs.${tab}`)}
      className="report-tabs"
    />
  );
}
