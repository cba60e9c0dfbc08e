/**
 * The procedure catalogue on a screen (issue 15): loaded once, searched on the screen itself (no round trip per
 * keystroke), loaded again when setup changes it. The greeter searches it, the counter names a ticket's
 * procedure, setup lists it.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { ProcedureSearch } from '../../../shared/procedure-search';
import type { Procedure } from '../../../shared/procedures';
import { api, errorText } from '../api/client';
import type { LocalizedText } from '../i18n';
import { useCenterStore } from './use-center';

interface CatalogueState {
  procedures: Procedure[] | null;
  failure: LocalizedText | null;
}

/** One copy per page: every component of a screen reads the same list. */
class ProcedureCatalogue {
  private state: CatalogueState = { procedures: null, failure: null };
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | null = null;
  /** Asked again while a load was on its way: that answer may predate the change, so one more load follows it. */
  private again = false;

  readonly getState = () => this.state;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  load(): Promise<void> {
    if (this.loading) {
      // A catalogue edited while the last one was being read: that answer may not have it (the greeter kept the
      // old papers until the next edit).
      this.again = true;
      return this.loading;
    }
    this.loading = api
      .call('procedures')
      .then(
        (procedures) => this.set({ procedures, failure: null }),
        (error: unknown) => this.set({ ...this.state, failure: errorText(error) }),
      )
      .finally(() => {
        this.loading = null;
        if (this.again) {
          this.again = false;
          void this.load();
        }
      });
    return this.loading;
  }

  private set(state: CatalogueState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const catalogue = new ProcedureCatalogue();

export interface Procedures {
  /** Every procedure, retired ones included; null while loading. */
  all: Procedure[] | null;
  /** Those in use: what the greeter searches. */
  active: Procedure[];
  failure: LocalizedText | null;
  search: ProcedureSearch<Procedure>;
  byId: (id: number | null) => Procedure | null;
  reload: () => void;
}

export function useProcedures(): Procedures {
  const store = useCenterStore();
  const { procedures, failure } = useSyncExternalStore(catalogue.subscribe, catalogue.getState);
  useEffect(() => {
    if (catalogue.getState().procedures === null) void catalogue.load();
    return store.onEvent((event) => {
      if (event.kind === 'setup' && event.what === 'procedures') void catalogue.load();
    });
  }, [store]);
  return useMemo(() => {
    const active = (procedures ?? []).filter((p) => p.active);
    const byId = new Map((procedures ?? []).map((p) => [p.id, p]));
    return {
      all: procedures,
      active,
      failure,
      search: new ProcedureSearch(active),
      byId: (id) => (id === null ? null : (byId.get(id) ?? null)),
      reload: () => void catalogue.load(),
    };
  }, [procedures, failure]);
}
