/**
 * Screens that outlive the host (issue 23, docs/decisions/0016-offline-screens.md). A page reloaded while the host
 * PC restarts gets the app shell and the last answers it read from here, so it shows its last picture with
 * "Mất kết nối máy chủ — đang thử lại" instead of the browser's error page, and goes live by itself when the host
 * is back (the event stream's "hello" refetches everything).
 *
 * - Pages (navigation): the network first; when the host does not answer, the last shell kept.
 * - /assets/* (file names carry their content's hash): kept once fetched, served from here.
 * - GET /api/* reads: the network first, each answer kept; when the host does not answer, the last one kept.
 *   Reports (/api/reports/*) are worked out on the host's report worker and may take longer than a busy host's
 *   quick read (a year, or the first report while the worker starts): they wait for the host, and fall back to the
 *   last one kept only when it cannot be reached.
 *   Changes (POST, PUT …) are never answered from here: a call or a ticket is never pretended.
 * Plain JavaScript: the build copies it as it is to /sw.js, the root of the scope it serves.
 */
const SHELL = 'luot-shell-v1';
const ANSWERS = 'luot-answers-v1';
const SHELL_KEY = '/__shell';
/** A host that is up answers a read well within this; longer, and the kept answer is shown. */
const NETWORK_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.add(new Request('/', { cache: 'reload' })).then(() => cache.match('/')))
      .then((shell) => shell && caches.open(SHELL).then((cache) => cache.put(SHELL_KEY, shell)))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== ANSWERS).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The network, given up after NETWORK_MS (a host half-way through starting may accept and not answer). */
function network(request) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('slow')), NETWORK_MS);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function page(request) {
  try {
    const response = await network(request);
    if (response.ok) {
      const cache = await caches.open(SHELL);
      await cache.put(SHELL_KEY, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await caches.match(SHELL_KEY);
    if (kept) return kept;
    throw error;
  }
}

async function asset(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL);
    await cache.put(request, response.clone());
  }
  return response;
}

/** `patient`: wait for the host however long it takes (a report), instead of giving up after NETWORK_MS. */
async function read(request, patient) {
  try {
    const response = await (patient ? fetch(request) : network(request));
    // A refusal (signed out, revoked) is the truth and replaces nothing kept; only good answers are kept.
    if (response.ok) {
      const cache = await caches.open(ANSWERS);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await caches.match(request, { cacheName: ANSWERS });
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The citizen's status page (/s/…) and the hub are pages of their own, not this app's shell.
  if (request.mode === 'navigate') {
    if (!url.pathname.startsWith('/s/') && !url.pathname.startsWith('/hub')) event.respondWith(page(request));
  } else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else if (url.pathname.startsWith('/api/') && url.pathname !== '/api/events')
    event.respondWith(read(request, url.pathname.startsWith('/api/reports/')));
});
