/** The admin screen's sections as tabs, each at its own address (`/admin/services` …). */
import { RoutedTabs, tabIdOf, tabOfPath as tabOf, type TabSet } from '../../components/RoutedTabs';
import { useTranslation } from '../../i18n';

export const ADMIN_TABS = [
  'overview',
  'services',
  'procedures',
  'appointments',
  'zones',
  'points',
  'staff',
  'helpKinds',
  'settings',
  'printer',
  'voice',
  'devices',
  'backup',
  'citizen',
  'province',
] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];
export const PANEL_ID = 'admin-panel';
const SET: TabSet<AdminTab> = { tabs: ADMIN_TABS, base: '/admin', idPrefix: 'admin-tab', panelId: PANEL_ID };

export const tabOfPath = (pathname: string): AdminTab => tabOf(SET, pathname);
export const tabId = (tab: AdminTab) => tabIdOf(SET, tab);

export function AdminTabs({ current }: { current: AdminTab }) {
  const { t } = useTranslation('admin');
  return (
    <RoutedTabs
      set={SET}
      current={current}
      label={t('tabsLabel')}
      labelOf={(tab) => t(`tabs.${tab}`)}
      className="admin-tabs"
    />
  );
}
