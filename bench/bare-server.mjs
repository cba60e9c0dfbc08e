// The start-up floor (issue 25): a bare Fastify + better-sqlite3 server — the project's own copies from
// node_modules — opening the same database with the same pragmas and answering /api/health from it.
// Lượt's own start is measured against this, interleaved, in the same run: `node bench/bare-server.mjs <db>`.
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
const version = db.pragma('user_version', { simple: true });
const app = Fastify({ logger: false });
app.get('/api/health', () => ({ ok: true, version }));
await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`bare server listening on http://127.0.0.1:${app.server.address().port}`);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
