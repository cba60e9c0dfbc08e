/**
 * Builds the citizen's status page (src/status-page) into the renderer's output under `status/`: its script as
 * one small classic IIFE, minified, its HTML and CSS as they are. No React: the page must load on a cheap phone
 * over Wi-Fi (< 50 KB transferred). Used by vite.web.config.ts, so `npm run build:web` ships it with the screens
 * and the LAN server serves it from there (src/server/citizen/status-page.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

export const STATUS_PAGE_SOURCES = new URL('../src/status-page/', import.meta.url);
const STATIC_FILES = ['index.html', 'status.css'];

export interface PageFile {
  fileName: string;
  source: string | Uint8Array;
}

export async function buildStatusPage(): Promise<PageFile[]> {
  const bundle = await rolldown({
    input: fileURLToPath(new URL('status-page.ts', STATUS_PAGE_SOURCES)),
    platform: 'browser',
    // Older phone browsers (Chrome/Android WebView from 2019 on) read it as it is.
    transform: { target: 'es2017' },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    const script = { fileName: 'status.js', source: output[0].code };
    const files = STATIC_FILES.map((fileName) => ({
      fileName,
      source: readFileSync(new URL(fileName, STATUS_PAGE_SOURCES)),
    }));
    return [script, ...files];
  } finally {
    await bundle.close();
  }
}
