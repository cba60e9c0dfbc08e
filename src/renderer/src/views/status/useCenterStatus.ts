/**
 * Everything the status page shows, kept fresh: setup and a queue snapshot over HTTP, then a refetch shortly
 * after each live event (events come in bursts, so refetches are coalesced).
 */
import { useEffect, useState } from 'react';
import { api, ApiError, errorText } from '../../api/client';
import { openEventStream } from '../../api/event-stream';
import type { QueueSnapshot, Service, ServicePoint, Session, Settings } from '../../api/types';
import type { LocalizedText } from '../../i18n';

const REFETCH_DELAY_MS = 100;

export interface CenterStatus {
  session: Session;
  settings: Settings;
  services: Service[];
  servicePoints: ServicePoint[];
  queue: QueueSnapshot;
}

export type CenterStatusState =
  | { phase: 'loading' }
  | { phase: 'signedOut' }
  | { phase: 'failed'; text: LocalizedText }
  | { phase: 'ready'; status: CenterStatus };

async function loadCenterStatus(): Promise<CenterStatus> {
  const session = await api.get<Session>('/api/session');
  const [settings, services, servicePoints, queue] = await Promise.all([
    api.get<Settings>('/api/settings'),
    api.get<Service[]>('/api/services'),
    api.get<ServicePoint[]>('/api/service-points'),
    api.get<QueueSnapshot>('/api/queue'),
  ]);
  return { session, settings, services, servicePoints, queue };
}

export function useCenterStatus(): { state: CenterStatusState; connected: boolean; retry: () => void } {
  const [state, setState] = useState<CenterStatusState>({ phase: 'loading' });
  const [connected, setConnected] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    let refetchTimer: ReturnType<typeof setTimeout> | undefined;
    let setupChanged = false;
    let closeStream: (() => void) | undefined;

    const fail = (error: unknown) => {
      if (!live) return;
      if (error instanceof ApiError && error.status === 401) {
        closeStream?.();
        setState({ phase: 'signedOut' });
      } else
        setState((previous) => (previous.phase === 'ready' ? previous : { phase: 'failed', text: errorText(error) }));
    };

    const refetch = async () => {
      try {
        if (setupChanged) {
          setupChanged = false;
          const status = await loadCenterStatus();
          if (live) setState({ phase: 'ready', status });
        } else {
          const queue = await api.get<QueueSnapshot>('/api/queue');
          if (live) setState((s) => (s.phase === 'ready' ? { phase: 'ready', status: { ...s.status, queue } } : s));
        }
      } catch (error) {
        fail(error);
      }
    };

    loadCenterStatus().then((status) => {
      if (!live) return;
      setState({ phase: 'ready', status });
      closeStream = openEventStream({
        onEvent: (event) => {
          if (event.kind === 'setup') setupChanged = true;
          clearTimeout(refetchTimer);
          refetchTimer = setTimeout(() => void refetch(), REFETCH_DELAY_MS);
        },
        onConnectionChange: setConnected,
      });
    }, fail);

    return () => {
      live = false;
      clearTimeout(refetchTimer);
      closeStream?.();
    };
  }, [attempt]);

  const retry = () => {
    setState({ phase: 'loading' });
    setAttempt((n) => n + 1);
  };
  return { state, connected, retry };
}
