/**
 * One screen's live picture of the center: setup, the queue and the connection. Loaded over HTTP, then kept
 * current by applying each WebSocket event (src/shared/queue-view.ts). A lost connection keeps the last
 * picture on screen — a display never goes blank — and the store catches up by itself when it is back.
 */
import type { LocalizedText } from '../../../shared/errors';
import type { LuotEvent } from '../../../shared/events';
import { applyEvent, catchUp, type QueueView } from '../../../shared/queue-view';
import { SESSION_KEEPALIVE_MS } from '../../../shared/sign-in';
import { api, ApiError, errorText } from '../api/client';
import { openEventStream } from '../api/event-stream';
import type { HelpKindEntry } from '../../../shared/domain';
import type { Service, ServicePoint, Session, Settings, Zone } from '../api/types';
import { rememberQueue } from '../offline/keep-for-offline';

export interface CenterData {
  session: Session;
  settings: Settings;
  services: Service[];
  zones: Zone[];
  servicePoints: ServicePoint[];
  helpKinds: HelpKindEntry[];
  queue: QueueView;
}

export type CenterState =
  | { phase: 'loading' }
  /** `code`/`text`: the server's reason (SESSION_EXPIRED, DEVICE_REVOKED …), shown as it says. */
  | { phase: 'signedOut'; code: string; text: LocalizedText }
  | { phase: 'failed'; text: LocalizedText; code: string }
  | { phase: 'ready'; data: CenterData; connected: boolean };

type Listener = () => void;

/** Fewer heads listed than this while more wait: time to fetch the next ones. */
const LOW_WATER = 5;
const runningLow = (queue: QueueView) =>
  queue.services.some((s) => s.waiting.length < Math.min(LOW_WATER, s.waitingCount));
type EventListener = (event: LuotEvent) => void;

/** A screen that could not reach the host at all when it opened tries again by itself this often. */
const UNREACHABLE_RETRY_MS = 5_000;

async function loadSetup() {
  const [settings, services, zones, servicePoints, helpKinds] = await Promise.all([
    api.call('settings'),
    api.call('services'),
    api.call('zones'),
    api.call('servicePoints'),
    api.call('helpKinds'),
  ]);
  return { settings, services, zones, servicePoints, helpKinds };
}

export class CenterStore {
  private state: CenterState = { phase: 'loading' };
  private readonly listeners = new Set<Listener>();
  private readonly eventListeners = new Set<EventListener>();
  private closeStream: (() => void) | null = null;
  private keepAlive: ReturnType<typeof setInterval> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
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
    clearInterval(this.keepAlive);
    clearTimeout(this.retryTimer);
    this.started = false;
  }

  retry(): void {
    this.stop();
    this.set({ phase: 'loading' });
    this.start();
  }

  private set(state: CenterState): void {
    const before = this.state;
    this.state = state;
    for (const listener of this.listeners) listener();
    // The picture a page reloaded while the host is away shows (src/renderer/src/offline).
    if (state.phase === 'ready' && (before.phase !== 'ready' || before.data.queue !== state.data.queue))
      rememberQueue(state.data.queue);
  }

  private update(change: (data: CenterData) => CenterData): void {
    if (this.state.phase === 'ready') this.set({ ...this.state, data: change(this.state.data) });
  }

  private async load(): Promise<void> {
    try {
      const session = await api.call('session');
      const [setup, queue] = await Promise.all([loadSetup(), api.call('queue')]);
      this.set({ phase: 'ready', data: { session, ...setup, queue }, connected: true });
      this.closeStream = openEventStream({
        onEvent: (event) => this.receive(event),
        onConnectionChange: (connected) => {
          if (this.state.phase === 'ready') this.set({ ...this.state, connected });
          // A revoked device's connection is closed and refused: ask why, so the screen can say so.
          if (!connected) void this.checkSession();
        },
      });
      // Using the session renews it (and its cookie): a wall display that only listens must still ask now and then.
      this.keepAlive = setInterval(() => void this.checkSession(), SESSION_KEEPALIVE_MS);
    } catch (error) {
      this.fail(error);
    }
  }

  private async checkSession(): Promise<void> {
    try {
      await api.call('session');
    } catch (error) {
      // Unreachable: the picture stays and the stream keeps retrying. Signed out: say so.
      if (error instanceof ApiError && error.status === 401) this.fail(error);
    }
  }

  private fail(error: unknown): void {
    if (error instanceof ApiError && error.status === 401) {
      this.stop();
      this.set({ phase: 'signedOut', code: error.code, text: error.text });
    } else if (this.state.phase !== 'ready') {
      this.set({ phase: 'failed', text: errorText(error), code: error instanceof ApiError ? error.code : '' });
      // The host not reached at all (still starting, slow to answer, a cable): a wall display has nobody to press
      // "Thử lại", so it tries again by itself until the host answers.
      if (error instanceof ApiError && error.status === 0 && this.started) {
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => void this.load(), UNREACHABLE_RETRY_MS);
      }
    }
  }

  private receive(event: LuotEvent): void {
    if (event.kind === 'hello') {
      // After a reconnect: anything missed while away (or a day that turned meanwhile) is fetched again.
      if (
        this.state.phase === 'ready' &&
        (event.lastEventId !== this.state.data.queue.lastEventId ||
          event.serviceDay !== this.state.data.queue.serviceDay)
      )
        void this.refresh(true);
      // A screen that tells the host something of itself (a display's sound) tells it again on each connection.
      for (const listener of this.eventListeners) listener(event);
      return;
    }
    if (this.state.phase === 'ready' && this.isNewDay(event, this.state.data.queue.serviceDay)) {
      // Midnight passed: the new day's queue is fetched whole; yesterday's events no longer apply.
      this.heard?.push(event);
      void this.refresh(true);
      for (const listener of this.eventListeners) listener(event);
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
    this.heard?.push(event);
    this.update((data) => ({
      ...data,
      queue: applyEvent(data.queue, event),
      servicePoints:
        event.kind === 'servicePoint'
          ? data.servicePoints.map((p) => (p.id === event.servicePoint.id ? event.servicePoint : p))
          : data.servicePoints,
    }));
    if (this.state.phase === 'ready' && runningLow(this.state.data.queue)) void this.refreshQueue();
    for (const listener of this.eventListeners) listener(event);
  }

  private queueRefresh: Promise<void> | null = null;

  /** The snapshot lists only the heads of long queues: when calls use them up, fetch the next heads. */
  private refreshQueue(): Promise<void> {
    this.queueRefresh ??= this.fetchingQueue(async () => {
      const queue = await api.call('queue');
      this.update((data) => ({ ...data, queue: this.caughtUp(data.queue, queue) }));
    })
      .catch((error: unknown) => this.fail(error))
      .finally(() => (this.queueRefresh = null));
    return this.queueRefresh;
  }

  /**
   * Events heard while a snapshot is on its way (null when none is): a snapshot is taken when the host answers,
   * so it can predate events this screen has already applied, and an earlier request can be answered last.
   */
  private heard: LuotEvent[] | null = null;
  private snapshotsAsked = 0;

  private async fetchingQueue(work: () => Promise<void>): Promise<void> {
    this.snapshotsAsked++;
    this.heard ??= [];
    try {
      await work();
    } finally {
      if (--this.snapshotsAsked === 0) this.heard = null;
    }
  }

  private caughtUp(shown: QueueView, snapshot: QueueView): QueueView {
    return catchUp(shown, snapshot, this.heard ?? []);
  }

  private isNewDay(event: LuotEvent, shownDay: string): boolean {
    if (event.kind === 'day') return event.serviceDay !== shownDay;
    return event.kind === 'ticket' && event.ticket.serviceDay > shownDay;
  }

  /** Setup reads are numbered: one answered after a newer one (two changes in a row) must not put the older back. */
  private setupAsked = 0;
  private setupShown = 0;

  private newerSetup(asked: number): boolean {
    if (asked < this.setupShown) return false;
    this.setupShown = asked;
    return true;
  }

  private async refresh(withQueue: boolean): Promise<void> {
    const asked = ++this.setupAsked;
    try {
      if (!withQueue) {
        const setup = await loadSetup();
        if (this.newerSetup(asked)) this.update((data) => ({ ...data, ...setup }));
        return;
      }
      await this.fetchingQueue(async () => {
        const [setup, queue] = await Promise.all([loadSetup(), api.call('queue')]);
        const newer = this.newerSetup(asked);
        this.update((data) => ({ ...data, ...(newer ? setup : {}), queue: this.caughtUp(data.queue, queue) }));
      });
    } catch (error) {
      this.fail(error);
    }
  }
}
