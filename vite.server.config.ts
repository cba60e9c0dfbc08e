import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

/**
 * Fastify's parts this server never runs, left out of the bundle (≈ 550 KB of its 1.5 MB: parsing them was a
 * good share of every start, issue 25): the JSON-schema compilers (ajv, fast-json-stringify; routes validate
 * with zod and server.ts gives fastify its own compilers), pino (logger: false) and light-my-request
 * (`inject`, for tests — which run the source, not this bundle). Fastify `require`s each only when that feature
 * is used, so each becomes a module that says so if it ever is.
 */
const NEVER_USED = ['@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler', 'pino', 'light-my-request'];
/**
 * Modules `require`d when a package loads but called only by features this server never uses, each replaced by
 * code that says so if it ever is: glob (with minimatch, path-scurry, lru-cache, minipass), which @fastify/static
 * calls only to list a `wildcard: false` registration's files (server.ts lists the renderer's files itself, issue
 * 25), and duplexify (with readable-stream), which @fastify/websocket calls only in `injectWS`, for tests.
 */
const NEVER_CALLED: Record<string, string> = {
  glob: 'exports.glob = () => { throw new Error(LEFT_OUT); };',
  duplexify: 'module.exports = function Duplexify() { throw new Error(LEFT_OUT); };',
};
const leftOut = (id: string) => JSON.stringify(`${id} is left out of the bundled server (vite.server.config.ts)`);
const leaveOutUnused: Plugin = {
  name: 'luot:leave-out-unused',
  enforce: 'pre',
  resolveId: (id) => (NEVER_USED.includes(id) || id in NEVER_CALLED ? `\0left-out:${id}` : null),
  load: (id) => {
    if (!id.startsWith('\0left-out:')) return null;
    const name = id.slice('\0left-out:'.length);
    return name in NEVER_CALLED
      ? `const LEFT_OUT = ${leftOut(name)};\n${NEVER_CALLED[name]}`
      : `throw new Error(${leftOut(name)});`;
  },
};

/**
 * Browser mode's server: src/server and its pure-JS dependencies bundled into one file for plain Node (plus the
 * entries of its worker processes, src/server/workers/job-worker.ts: report-worker.js for reports, check-worker.js
 * for the database check, import-worker.js for imported files, each found beside standalone.js).
 * One file loads in a fraction of the time of fastify's and zod's hundreds of modules (start-up target:
 * /api/health in < 500 ms on a year of data). The native better-sqlite3 stays in node_modules.
 */
/**
 * The bundle written in ASCII only, every other character as its \u escape (as esbuild's `charset: 'ascii'`
 * does): V8 keeps a script's whole source in memory, and one with a single Vietnamese letter is kept at two bytes
 * a character — ≈ 1 MB more for as long as the server runs, and a slower decode at every start.
 */
const asciiOnly: Plugin = {
  name: 'luot:ascii-only',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk')
        chunk.code = chunk.code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  },
};

/**
 * The bundle is CommonJS (decision 0024): Node 20 keeps compiled code only for scripts (`vm.Script`'s cachedData),
 * not for ES modules, and compiling the bundle was the largest part of every start. The package is `"type":
 * "module"`, so out/server says otherwise for its own files.
 */
const commonJsFolder: Plugin = {
  name: 'luot:commonjs-folder',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "commonjs" }\n' });
  },
};

export default defineConfig({
  plugins: [leaveOutUnused, asciiOnly, commonJsFolder],
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
      input: {
        // What is run: V8's kept code, then host.js (src/server/code-cache.ts).
        standalone: 'src/server/standalone-start.ts',
        host: 'src/server/standalone.ts',
        'report-worker': 'src/server/reports/report-worker.ts',
        'check-worker': 'src/server/db/check-worker.ts',
        'import-worker': 'src/server/procedures/import-worker.ts',
      },
      // External `import()`s (exceljs, pdfkit) become `require`s: in Node 20 an `import()` in code V8 read back from
      // a code cache has lost its loader (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING; code-cache.ts).
      output: { format: 'cjs', entryFileNames: '[name].js', dynamicImportInCjs: false },
    },
  },
});
