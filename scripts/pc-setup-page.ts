/**
 * Builds the shell's local "Set up this PC" page (src/pc-setup) into `outDir`: its script as one classic IIFE
 * (a file:// page cannot load ES modules), its HTML and CSS as they are. Used by electron.vite.config.ts for
 * out/main/pc-setup, and by the page's Chromium test, so the test runs exactly what ships.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

export const PC_SETUP_SOURCES = new URL('../src/pc-setup/', import.meta.url);
export const PC_SETUP_STATIC_FILES = ['pc-setup.html', 'pc-setup.css', 'waiting-for-host.html'];

export interface PageFile {
  fileName: string;
  source: string | Uint8Array;
}

export async function buildPcSetupPage(): Promise<PageFile[]> {
  const bundle = await rolldown({
    input: fileURLToPath(new URL('pc-setup-page.ts', PC_SETUP_SOURCES)),
    platform: 'browser',
  });
  try {
    const { output } = await bundle.generate({ format: 'iife' });
    const script = { fileName: 'pc-setup-page.js', source: output[0].code };
    const files = PC_SETUP_STATIC_FILES.map((fileName) => ({
      fileName,
      source: readFileSync(new URL(fileName, PC_SETUP_SOURCES)),
    }));
    return [script, ...files];
  } finally {
    await bundle.close();
  }
}
