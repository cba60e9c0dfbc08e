import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildPcSetupPage, PC_SETUP_SOURCES } from './scripts/pc-setup-page';
import webConfig from './vite.web.config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The shell's own local page, "Set up this PC" (src/pc-setup), written to out/main/pc-setup beside the main
 * process. It is not part of the screens' renderer, which the LAN server serves to every browser: this page
 * only makes sense inside the desktop app.
 */
const pcSetupPage: Plugin = {
  name: 'luot:pc-setup-page',
  buildStart() {
    this.addWatchFile(fileURLToPath(PC_SETUP_SOURCES));
  },
  async generateBundle() {
    for (const file of await buildPcSetupPage())
      this.emitFile({ type: 'asset', fileName: `pc-setup/${file.fileName}`, source: file.source });
  },
};

/**
 * The desktop app: out/main, out/preload and the same out/renderer as browser mode. Dependencies in
 * package.json (better-sqlite3, fastify …) stay external: electron-vite's `build.externalizeDeps` defaults on.
 */
export default defineConfig({
  main: {
    plugins: [pcSetupPage],
    // The worker processes (src/server/workers/job-worker.ts) are loaded from beside index.js.
    build: {
      rolldownOptions: {
        input: {
          index: source('src/main/index.ts'),
          'report-worker': source('src/server/reports/report-worker.ts'),
          'check-worker': source('src/server/db/check-worker.ts'),
          'import-worker': source('src/server/procedures/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Two preloads (the screens' and the setup page's). A sandboxed preload can `require` nothing but
      // electron, so each is built whole, with no shared chunk; and it cannot be an ES module: emit `.cjs`.
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: source('src/preload/index.ts'), 'pc-setup': source('src/preload/pc-setup.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: webConfig,
});
