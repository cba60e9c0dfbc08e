import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { STEP_TIMEOUT_MS } from './tests/helpers/browser';

export default defineConfig({
  test: {
    // Real SQLite files and sockets: give slow shared machines room, run files in parallel on 2 cores.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'] },
      },
      {
        // The browser tests measure what people see (a call on the display within 1 s): they run after the
        // others, one file at a time, so Chromium is not fighting twenty test processes for two cores.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // A browser test is a whole scenario (seed a morning, sign in pages, several steps): on a loaded 2-core
          // machine several took 20–27 s. A step that does not happen still fails on its own (STEP_TIMEOUT_MS).
          testTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // expect.poll gives up after 1 s by default: a state that needs a request and a render (a number issued,
          // a button enabled once the call is answered) took longer than that on a loaded 2-core runner. Polls wait
          // as long as a Playwright step does.
          expect: { poll: { timeout: STEP_TIMEOUT_MS } },
          // Reports, the database check and the catalogue reader run in worker processes: the built ones, as
          // shipped (`npm test` builds out/server first), not TypeScript compiled at each start — at low priority
          // on a loaded runner that took 9-15 s before a report tab's first figures.
          env: { LUOT_WORKER_DIR: join(import.meta.dirname, 'out/server') },
        },
      },
    ],
  },
});
