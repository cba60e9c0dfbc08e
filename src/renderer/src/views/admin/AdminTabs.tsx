/**
 * The admin screen's sections as tabs, each at its own address (`/admin/services` …) so a reload or a link
 * lands in the same place. Arrow keys, Home and End move between tabs, as screen readers expect of a tab list.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import { navigate } from '../../navigation';

export const ADMIN_TABS = [
  'overview',
  'services',
  'procedures',
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
] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

export function tabOfPath(pathname: string): AdminTab {
  const name = pathname.replace(/^\/admin\/?/, '').split('/')[0] ?? '';
  return (ADMIN_TABS as readonly string[]).includes(name) ? (name as AdminTab) : 'overview';
}

const pathOf = (tab: AdminTab) => (tab === 'overview' ? '/admin' : `/admin/${tab}`);
export const tabId = (tab: AdminTab) => `admin-tab-${tab}`;
export const PANEL_ID = 'admin-panel';

export function AdminTabs({ current }: { current: AdminTab }) {
  const { t } = useTranslation('admin');
  const list = useRef<HTMLDivElement>(null);

  const go = (tab: AdminTab) => {
    if (tab !== current) navigate(pathOf(tab));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = ADMIN_TABS.indexOf(current);
    const last = ADMIN_TABS.length - 1;
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = ADMIN_TABS[(target + ADMIN_TABS.length) % ADMIN_TABS.length] ?? 'overview';
    go(next);
    list.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };

  return (
    <div className="admin-tabs" role="tablist" aria-label={t('tabsLabel')} ref={list} onKeyDown={onKeyDown}>
      {ADMIN_TABS.map((tab) => (
        <button
          key={tab}
          id={tabId(tab)}
          type="button"
          role="tab"
          className="admin-tabs__tab"
          aria-selected={tab === current}
          aria-controls={PANEL_ID}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => go(tab)}
        >
          {t(`tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
