/**
 * The report screen's sections as tabs, each at its own address (`/reports/weekly` …), so a reload or a link
 * lands in the same place; arrow keys, Home and End move between them.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import { navigate } from '../../navigation';

export const REPORT_TABS = ['overview', 'weekly', 'roster', 'visits'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

export function tabOfPath(pathname: string): ReportTab {
  const name = pathname.replace(/^\/reports\/?/, '').split('/')[0] ?? '';
  return (REPORT_TABS as readonly string[]).includes(name) ? (name as ReportTab) : 'overview';
}

const pathOf = (tab: ReportTab) => (tab === 'overview' ? '/reports' : `/reports/${tab}`);
export const tabId = (tab: ReportTab) => `report-tab-${tab}`;
export const PANEL_ID = 'report-panel';

export function ReportTabs({ current }: { current: ReportTab }) {
  const { t } = useTranslation('reports');
  const list = useRef<HTMLDivElement>(null);
  const go = (tab: ReportTab) => tab !== current && navigate(pathOf(tab));
  const onKeyDown = (event: KeyboardEvent) => {
    const index = REPORT_TABS.indexOf(current);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: REPORT_TABS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = REPORT_TABS[(target + REPORT_TABS.length) % REPORT_TABS.length] ?? 'overview';
    go(next);
    list.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };
  return (
    <div className="report-tabs" role="tablist" aria-label={t('tabsLabel')} ref={list} onKeyDown={onKeyDown}>
      {REPORT_TABS.map((tab) => (
        <button
          key={tab}
          id={tabId(tab)}
          type="button"
          role="tab"
          className="report-tabs__tab"
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
