/**
 * Browser mode: `npm run serve -- --port 8080 --data-dir ./data` runs the core and the LAN server under plain
 * Node and serves the screens to any browser on the LAN.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LuotError } from '../shared/errors';
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
  console.error(startFailure(error));
  process.exit(1);
}

/** Why the server could not start, in words an operator can act on (Vietnamese, then English). */
function startFailure(error: unknown): string {
  if (error instanceof LuotError) return `${error.text.vi}\n${error.text.en}`;
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'EADDRINUSE')
    return (
      `Cổng ${port} đang được chương trình khác dùng (có thể Lượt đang chạy rồi). Đóng chương trình đó hoặc chọn --port khác.\n` +
      `Port ${port} is in use by another program (perhaps Lượt is already running). Close it or choose another --port.`
    );
  if (code === 'EACCES')
    return `Không có quyền mở cổng ${port}; hãy chọn cổng từ 1024 trở lên.\nNo permission to open port ${port}; choose a port of 1024 or above.`;
  return `Không khởi động được Lượt / Lượt could not start: ${error instanceof Error ? error.message : String(error)}`;
}
