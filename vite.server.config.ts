import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Browser mode's server: src/server and its pure-JS dependencies bundled into one file for plain Node (plus the
 * report worker's own entry, report-worker.js, which runs on a thread of its own).
 * One file loads in a fraction of the time of fastify's and zod's hundreds of modules (start-up target:
 * /api/health in < 500 ms on a year of data). The native better-sqlite3 stays in node_modules.
 */
export default defineConfig({
  ssr: { noExternal: true },
  build: {
    ssr: true,
    outDir: 'out/server',
    emptyOutDir: true,
    target: 'node20',
    // No source maps in what ships; a stack trace names the bundle's lines, which is enough on the host.
    sourcemap: false,
    minify: true,
    rollupOptions: {
      // pdfkit reads its font metrics from files beside its own code, and exceljs is large and only loaded by the
      // report worker for exports: both stay in node_modules.
      external: ['better-sqlite3', 'pdfkit', 'exceljs', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      input: { standalone: 'src/server/standalone.ts', 'report-worker': 'src/server/reports/report-worker.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
