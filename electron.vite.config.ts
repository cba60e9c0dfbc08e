import { defineConfig } from 'electron-vite';
import webConfig from './vite.web.config';

/**
 * The desktop app: out/main, out/preload and the same out/renderer as browser mode. Dependencies in
 * package.json (better-sqlite3, fastify …) stay external: electron-vite's `build.externalizeDeps` defaults on.
 */
export default defineConfig({
  main: {},
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module, and package.json says "type": "module": emit `.cjs`.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: webConfig,
});
