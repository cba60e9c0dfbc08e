/**
 * Browser mode: `npm run serve -- --port 8080 --data-dir ./data` runs the core and the LAN server under plain
 * Node and serves the screens to any browser on the LAN.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startLuot } from './start';

const here = dirname(fileURLToPath(import.meta.url));

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.LUOT_PORT ?? '8080' },
    host: { type: 'string', default: process.env.LUOT_HOST ?? '0.0.0.0' },
    'data-dir': { type: 'string', default: process.env.LUOT_DATA_DIR ?? './data' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Cổng không hợp lệ / invalid port: ${values.port}`);
  process.exit(2);
}

const { version } = JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8')) as { version: string };

try {
  const luot = await startLuot({
    dataDir: resolve(values['data-dir']),
    host: values.host,
    port,
    version,
    rendererDir: join(here, '../renderer'),
    bootstrapToken: process.env.LUOT_BOOTSTRAP_TOKEN,
  });
  console.log(`Lượt listening on ${luot.url} (${Math.round(process.uptime() * 1000)} ms)`);
  if (luot.firstAdminLink) {
    console.log(`Đăng nhập quản trị lần đầu / first admin sign-in (shown once): ${luot.firstAdminLink}`);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Lượt: ${signal}, đang dừng / stopping…`);
    await luot.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  const text = error instanceof Error && 'text' in error ? (error as { text: { vi: string; en: string } }).text : null;
  console.error(text ? `${text.vi}\n${text.en}` : error);
  process.exit(1);
}
