/**
 * Fetches a report answer for a period, and fetches it again (at most every few seconds) while the period
 * includes today and the queue moves — so the figures on screen are today's, without a reload button.
 */
import { useEffect, useState } from 'react';
import type { EndpointAnswer, JsonEndpointName } from '../../../../shared/contract/endpoints';
import type { DayRange } from '../../../../shared/report-range';
import { api, errorText, type InputArgs } from '../../api/client';
import type { LocalizedText } from '../../i18n';
import { useCenterStore } from '../../state/use-center';

const REFRESH_MS = 5000;

export interface Fetched<T> {
  data: T | null;
  failure: LocalizedText | null;
  loading: boolean;
}

/**
 * The answer if it is for the period on screen: one for another period is not shown, even for the moment the next
 * one is on its way.
 */
export function answerFor<T extends DayRange>(data: T | null, range: DayRange): T | null {
  return data && data.from === range.from && data.to === range.to ? data : null;
}

/** `version`: what makes the answer stale besides the input (the reader's own change). */
export function useLiveReport<N extends JsonEndpointName>(
  name: N,
  input: InputArgs<N>[0],
  range: DayRange | null,
  today: string,
  version = 0,
): Fetched<EndpointAnswer<N>> {
  const store = useCenterStore();
  const key = JSON.stringify([name, input ?? null, version]);
  // What was fetched for which request: loading is "the answer on hand is not for this request".
  const [state, setState] = useState<{
    key: string | null;
    data: EndpointAnswer<N> | null;
    failure: LocalizedText | null;
  }>({
    key: null,
    data: null,
    failure: null,
  });
  const [round, setRound] = useState(0);
  const live = range !== null && range.from <= today && today <= range.to;

  useEffect(() => {
    let current = true;
    const [, sent] = JSON.parse(key) as [N, InputArgs<N>[0] | null];
    const args = (sent === null ? [] : [sent]) as InputArgs<N>;
    api.call(name, ...args).then(
      (data) => current && setState({ key, data, failure: null }),
      (error: unknown) => current && setState((s) => ({ ...s, key, failure: errorText(error) })),
    );
    return () => {
      current = false;
    };
  }, [name, key, round]);

  useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = store.onEvent((event) => {
      if (event.kind !== 'ticket' && event.kind !== 'servicePoint' && event.kind !== 'rating') return;
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

  return { data: state.data, failure: state.failure, loading: state.key !== key };
}
