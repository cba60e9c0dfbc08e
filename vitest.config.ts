import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Real SQLite files and sockets: give slow shared machines room, run files in parallel on 2 cores.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
