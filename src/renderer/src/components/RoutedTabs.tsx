/**
 * A screen's sections as tabs, each at its own address (`/admin/services`, `/reports/weekly` …) so a reload or a
 * link lands in the same place. Arrow keys, Home and End move between tabs, as screen readers expect of a tab list.
 * The first tab lives at the base path itself.
 */
import { useRef, type KeyboardEvent } from 'react';
import { navigate } from '../navigation';

export interface TabSet<T extends string> {
  tabs: readonly T[];
  /** `/admin`, `/reports`. */
  base: string;
  /** Prefix of each tab's element id, e.g. `admin-tab`. */
  idPrefix: string;
  panelId: string;
}

/** The tab a path shows; the first tab when the path names none. */
export function tabOfPath<T extends string>(set: TabSet<T>, pathname: string): T {
  const name = pathname.slice(set.base.length).replace(/^\//, '').split('/')[0] ?? '';
  return (set.tabs as readonly string[]).includes(name) ? (name as T) : set.tabs[0]!;
}

export const tabIdOf = <T extends string>(set: TabSet<T>, tab: T) => `${set.idPrefix}-${tab}`;
const pathOf = <T extends string>(set: TabSet<T>, tab: T) => (tab === set.tabs[0] ? set.base : `${set.base}/${tab}`);

export function RoutedTabs<T extends string>(props: {
  set: TabSet<T>;
  current: T;
  label: string;
  labelOf: (tab: T) => string;
  className: string;
}) {
  const { set, current } = props;
  const list = useRef<HTMLDivElement>(null);
  const go = (tab: T) => {
    if (tab !== current) navigate(pathOf(set, tab));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = set.tabs.indexOf(current);
    const last = set.tabs.length - 1;
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = set.tabs[(target + set.tabs.length) % set.tabs.length]!;
    go(next);
    list.current?.querySelector<HTMLElement>(`#${tabIdOf(set, next)}`)?.focus();
  };
  return (
    <div className={props.className} role="tablist" aria-label={props.label} ref={list} onKeyDown={onKeyDown}>
      {set.tabs.map((tab) => (
        <button
          key={tab}
          id={tabIdOf(set, tab)}
          type="button"
          role="tab"
          className={`${props.className}__tab`}
          aria-selected={tab === current}
          aria-controls={set.panelId}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => go(tab)}
        >
          {props.labelOf(tab)}
        </button>
      ))}
    </div>
  );
}
