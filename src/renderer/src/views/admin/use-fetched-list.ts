/**
 * Lists the admin screen fetches itself (staff, devices): the center store does not keep them, so they are
 * loaded here and loaded again after the admin's own changes.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, errorText } from '../../api/client';
import type { LocalizedText } from '../../i18n';

export interface FetchedList<T> {
  items: T[] | null;
  failure: LocalizedText | null;
  reload: () => void;
}

export function useFetchedList<T>(path: string): FetchedList<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    api.get<T[]>(path).then(
      (list) => {
        if (!current) return;
        setItems(list);
        setFailure(null);
      },
      (error: unknown) => current && setFailure(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, [path, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { items, failure, reload };
}
