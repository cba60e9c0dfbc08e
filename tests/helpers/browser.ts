/** Debian's Chromium, headless, as the tests and screenshots drive it (no downloads: the network is closed). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * How long a browser test waits for one step (a text, a button, a page) before it fails naming that step. A step
 * on a loaded 2-core machine can need several requests and a report worker's answer; 5 s failed steps that did
 * happen (full run at load 11), while a step that never happens fails the same way, only later.
 */
export const STEP_TIMEOUT_MS = 10_000;
