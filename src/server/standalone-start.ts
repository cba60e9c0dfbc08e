/**
 * What `node out/server/standalone.js` runs: V8's kept code for the bundle first (code-cache.ts, issue 25), then the
 * bundled host (standalone.ts, built as host.js beside this file).
 */
import { createRequire } from 'node:module';
import { useCodeCache } from './code-cache';

useCodeCache(__dirname);
createRequire(__filename)('./host.js');
