import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { buildStatusPage, STATUS_PAGE_SOURCES } from './scripts/status-page';

/**
 * Screens open at deep paths (/counter/3, /display) that the LAN server answers with index.html, so asset URLs
 * must be absolute. electron-vite forces a relative base for file:// windows; ours load from the LAN server.
 */
const absoluteBase: Plugin = { name: 'luot:absolute-base', config: () => ({ base: '/' }) };

/** The citizen's status page (src/status-page): a small page of its own, written to out/renderer/status. */
const statusPage: Plugin = {
  name: 'luot:status-page',
  buildStart() {
    this.addWatchFile(fileURLToPath(STATUS_PAGE_SOURCES));
  },
  async generateBundle() {
    for (const file of await buildStatusPage())
      this.emitFile({ type: 'asset', fileName: `status/${file.fileName}`, source: file.source });
  },
};

/**
 * The screens (one React app) for any browser on the LAN. The Electron build reuses this config as its
 * renderer, so both write the same `out/renderer` that the LAN server serves.
 */
export default defineConfig({
  root: fileURLToPath(new URL('src/renderer', import.meta.url)),
  plugins: [react(), absoluteBase, statusPage],
  build: {
    outDir: fileURLToPath(new URL('out/renderer', import.meta.url)),
    emptyOutDir: true,
    minify: true,
    // No source maps: the LAN server would hand the screens' source to anyone on the network.
    sourcemap: false,
  },
});
