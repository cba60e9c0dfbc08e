import { cpSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

/** The dashboard's page, script and style are served from beside the hub's code: copied next to the bundle. */
const copyPage: Plugin = {
  name: 'luot:hub-page',
  writeBundle: () => cpSync('src/hub/page', 'out/hub/page', { recursive: true }),
};

/**
 * `npm run hub`: the province hub (src/hub) bundled for plain Node, as browser mode's server is
 * (vite.server.config.ts), so a province's server runs it without the TypeScript loader. pg, exceljs and echarts
 * (its chart file is served as it ships) stay in node_modules.
 */
export default defineConfig({
  plugins: [copyPage],
  ssr: { noExternal: true },
  build: {
    ssr: true,
    outDir: 'out/hub',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: true,
    rollupOptions: {
      external: ['pg', 'exceljs', 'echarts', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      input: { 'hub-main': 'src/hub/hub-main.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
