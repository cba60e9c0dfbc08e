/**
 * The one way a screen fetches something the center store does not keep: call an endpoint of the table, keep
 * its answer, fetch again when `version` changes (a screen passes what should make it stale) or on `reload()`.
 * A failure is kept in words; the last good answer stays on screen meanwhile. A screen that saved shows the
 * server's answer with `replace`.
 */
import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { EndpointAnswer, JsonEndpointName } from '../../../shared/contract/endpoints';
import type { LocalizedText } from '../../../shared/errors';
import { api, errorText, type InputArgs } from './client';

export interface Fetched<T> {
  data: T | null;
  failure: LocalizedText | null;
  reload: () => void;
  /** This screen changed it and the server answered with the new value: show that at once, without a fetch. */
  replace: Dispatch<SetStateAction<T | null>>;
}

export function useEndpoint<N extends JsonEndpointName>(
  name: N,
  input: InputArgs<N>[0],
  options: { version?: string | number; enabled?: boolean; delayMs?: number } = {},
): Fetched<EndpointAnswer<N>> {
  const [data, setData] = useState<EndpointAnswer<N> | null>(null);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const [round, setRound] = useState(0);
  const key = JSON.stringify(input ?? null);
  const { version = 0, enabled = true, delayMs = 0 } = options;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const timer = setTimeout(() => {
      const args = (key === 'null' ? [] : [JSON.parse(key)]) as InputArgs<N>;
      api.call(name, ...args).then(
        (answer) => {
          if (!live) return;
          setData(answer);
          setFailure(null);
        },
        (error: unknown) => live && setFailure(errorText(error)),
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [name, key, version, enabled, delayMs, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, failure, reload, replace: setData };
}
