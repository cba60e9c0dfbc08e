/**
 * Registers the screens' service worker (public/sw.js), which keeps the app shell and the last answers so a page
 * reloaded while the host restarts shows its last picture. Browsers allow it only in a secure context: https,
 * localhost, or an origin the browser was told to treat as secure (the Electron stations and kiosk-mode Chromium
 * are: docs/decisions/0016-offline-screens.md). Elsewhere — a smart TV's own browser on http://192.168.x.x — this
 * does nothing, and the page relies on never needing a reload (it keeps its picture through a restart).
 */
export function keepForOffline(): void {
  if (!window.isSecureContext || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

/** The service worker's store of last answers (public/sw.js keeps the same name). */
const ANSWERS = 'luot-answers-v1';
/** The newest queue not yet written, while a write is under way. */
let pending: { queue: unknown } | null = null;
let writing = false;

async function write(queue: unknown): Promise<void> {
  writing = true;
  try {
    const cache = await caches.open(ANSWERS);
    await cache.put(
      new Request(new URL('/api/queue', window.location.origin)),
      new Response(JSON.stringify(queue), { headers: { 'content-type': 'application/json; charset=utf-8' } }),
    );
  } catch {
    // A full or unavailable cache store: the page still works, only a reload while the host is away shows less.
  } finally {
    writing = false;
  }
  if (pending) {
    const next = pending.queue;
    pending = null;
    void write(next);
  }
}

/**
 * The queue as this screen shows it now, kept as the last answer of `GET /api/queue`: a page reloaded while the
 * host is away then shows this picture, not the one it fetched when it was opened (the screen applies events to its
 * snapshot and fetches the queue again only after a reconnect). Kept at once — a call followed by a power cut must
 * not come back as the picture before it — one write at a time; a burst of changes during a write is kept as one,
 * the newest.
 */
export function rememberQueue(queue: unknown): void {
  if (!window.isSecureContext || !('caches' in window)) return;
  if (writing) pending = { queue };
  else void write(queue);
}
