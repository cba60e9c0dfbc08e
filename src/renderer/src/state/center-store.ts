/**
 * One screen's live picture of the center: setup, the queue and the connection. Loaded over HTTP, then kept
 * current by applying each WebSocket event (src/shared/queue-view.ts). A lost connection keeps the last
 * picture on screen — a display never goes blank — and the store catches up by itself when it is back.
 */
import type { LocalizedText } from '../../../shared/errors';
import type { LuotEvent } from '../../../shared/events';
import { applyEvent, type QueueView } from '../../../shared/queue-view';
import { api, ApiError, errorText } from '../api/client';
import { openEventStream } from '../api/event-stream';
import type { Service, ServicePoint, Session, Settings, Zone } from '../api/types';

export interface CenterData {
  session: Session;
  settings: Settings;
  services: Service[];
  zones: Zone[];
  servicePoints: ServicePoint[];
  queue: QueueView;
}

export type CenterState =
  | { phase: 'loading' }
  | { phase: 'signedOut' }
  | { phase: 'failed'; text: LocalizedText }
  | { phase: 'ready'; data: CenterData; connected: boolean };

type Listener = () => void;
type EventListener = (event: LuotEvent) => void;

async function loadSetup() {
  const [settings, services, zones, servicePoints] = await Promise.all([
    api.get<Settings>('/api/settings'),
    api.get<Service[]>('/api/services'),
    api.get<Zone[]>('/api/zones'),
    api.get<ServicePoint[]>('/api/service-points'),
  ]);
  return { settings, services, zones, servicePoints };
}

export class CenterStore {
  private state: CenterState = { phase: 'loading' };
  private readonly listeners = new Set<Listener>();
  private readonly eventListeners = new Set<EventListener>();
  private closeStream: (() => void) | null = null;
  private started = false;

  readonly getState = (): CenterState => this.state;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Hear each live event after it has been applied (a display chimes on `called`). */
  onEvent(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.load();
  }

  stop(): void {
    this.closeStream?.();
    this.closeStream = null;
    this.started = false;
  }

  retry(): void {
    this.stop();
    this.set({ phase: 'loading' });
    this.start();
  }

  private set(state: CenterState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private update(change: (data: CenterData) => CenterData): void {
    if (this.state.phase === 'ready') this.set({ ...this.state, data: change(this.state.data) });
  }

  private async load(): Promise<void> {
    try {
      const session = await api.get<Session>('/api/session');
      const [setup, queue] = await Promise.all([loadSetup(), api.get<QueueView>('/api/queue')]);
      this.set({ phase: 'ready', data: { session, ...setup, queue }, connected: true });
      this.closeStream = openEventStream({
        onEvent: (event) => this.receive(event),
        onConnectionChange: (connected) => {
          if (this.state.phase === 'ready') this.set({ ...this.state, connected });
        },
      });
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    if (error instanceof ApiError && error.status === 401) {
      this.stop();
      this.set({ phase: 'signedOut' });
    } else if (this.state.phase !== 'ready') {
      this.set({ phase: 'failed', text: errorText(error) });
    }
  }

  private receive(event: LuotEvent): void {
    if (event.kind === 'hello') {
      // After a reconnect: anything missed while away is fetched again, setup included.
      if (this.state.phase === 'ready' && event.lastEventId !== this.state.data.queue.lastEventId)
        void this.refresh(true);
      return;
    }
    if (event.kind === 'setup') {
      // Staff, devices, the printer and the voice are not part of the picture; their own readers refetch them.
      if (event.what !== 'staff' && event.what !== 'devices' && event.what !== 'printer' && event.what !== 'voice')
        void this.refresh(event.what !== 'settings');
      // Screens that keep their own lists (staff, devices) refetch on this.
      for (const listener of this.eventListeners) listener(event);
      return;
    }
    this.update((data) => ({
      ...data,
      queue: applyEvent(data.queue, event),
      servicePoints:
        event.kind === 'servicePoint'
          ? data.servicePoints.map((p) => (p.id === event.servicePoint.id ? event.servicePoint : p))
          : data.servicePoints,
    }));
    for (const listener of this.eventListeners) listener(event);
  }

  private async refresh(withQueue: boolean): Promise<void> {
    try {
      const [setup, queue] = await Promise.all([loadSetup(), withQueue ? api.get<QueueView>('/api/queue') : null]);
      this.update((data) => ({ ...data, ...setup, queue: queue ?? data.queue }));
    } catch (error) {
      this.fail(error);
    }
  }
}
