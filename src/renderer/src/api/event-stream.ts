/**
 * The live connection to `WS /api/events`. The browser sends the session cookie on the upgrade by itself.
 * A dropped connection is retried with growing pauses (1 s, 2 s, 4 s … at most 10 s) for as long as it is open.
 */
import type { LuotEvent } from '../../../shared/events';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 10_000;

export interface EventStreamHandlers {
  onEvent(event: LuotEvent): void;
  onConnectionChange(connected: boolean): void;
}

export function eventsUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api/events`;
}

/** Connects and keeps connecting until the returned function is called. */
export function openEventStream(handlers: EventStreamHandlers): () => void {
  let socket: WebSocket | null = null;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const connect = () => {
    socket = new WebSocket(eventsUrl());
    socket.onopen = () => {
      retryMs = FIRST_RETRY_MS;
      handlers.onConnectionChange(true);
    };
    socket.onmessage = (message) => {
      if (typeof message.data !== 'string') return;
      try {
        // Each message holds the events of one commit, in order.
        for (const event of JSON.parse(message.data) as LuotEvent[]) handlers.onEvent(event);
      } catch {
        // A message we cannot read is skipped; the next snapshot fetch corrects the screen.
      }
    };
    socket.onclose = () => {
      socket = null;
      if (closed) return;
      handlers.onConnectionChange(false);
      retryTimer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
  };

  connect();
  return () => {
    closed = true;
    clearTimeout(retryTimer);
    socket?.close();
  };
}
