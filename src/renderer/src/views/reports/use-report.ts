/**
 * Fetches a report answer for a period, and fetches it again (at most every few seconds) while the period
 * includes today and the queue moves — so the figures on screen are today's, without a reload button.
 */
import { useEffect, useState } from 'react';
import type { DayRange } from '../../../../shared/report-range';
import { api, errorText } from '../../api/client';
import type { LocalizedText } from '../../i18n';
import { useCenterStore } from '../../state/use-center';

const REFRESH_MS = 5000;

export interface Fetched<T> {
  data: T | null;
  failure: LocalizedText | null;
  loading: boolean;
}

export function useLiveReport<T>(path: string | null, range: DayRange | null, today: string): Fetched<T> {
  const store = useCenterStore();
  // What was fetched for which address: loading is "the answer on hand is not for this address".
  const [state, setState] = useState<{ path: string | null; data: T | null; failure: LocalizedText | null }>({
    path: null,
    data: null,
    failure: null,
  });
  const [round, setRound] = useState(0);
  const live = range !== null && range.from <= today && today <= range.to;

  useEffect(() => {
    if (!path) return;
    let current = true;
    api.get<T>(path).then(
      (data) => current && setState({ path, data, failure: null }),
      (error: unknown) => current && setState((s) => ({ ...s, path, failure: errorText(error) })),
    );
    return () => {
      current = false;
    };
  }, [path, round]);

  useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = store.onEvent((event) => {
      if (event.kind !== 'ticket' && event.kind !== 'servicePoint') return;
      timer ??= setTimeout(() => {
        timer = undefined;
        setRound((r) => r + 1);
      }, REFRESH_MS);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [live, store]);

  return { data: state.data, failure: state.failure, loading: state.path !== path };
}

export const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
