/**
 * Browser mode: `npm run serve -- --port 8080 --data-dir ./data` runs the core and the LAN server under plain
 * Node and serves the screens to any browser on the LAN. The same entry has the host's maintenance commands:
 *   admin-link            a new one-time administrator sign-in link (the way back in)
 *   backup [--to DIR]     a copy of the data now
 *   restore FILE          put a backup in place of the data (the server must be stopped)
 *   weekly-file --week D [--out DIR]   the signed weekly file of the week of D for the province hub (docs/hub.md)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LuotError } from '../shared/errors';
import { formatDateTime } from '../shared/time';
import { adminLinkText, makeAdminLink } from './cli/admin-link';
import { backupFromCommandLine } from './cli/backup-command';
import { restoreFromCommandLine } from './cli/restore-command';
import { weeklyFileFromCommandLine } from './cli/weekly-file-command';
import { hostNamesFromEnv } from './http/host-names';
import { startLuot, type RunningLuot } from './start';

const here = dirname(fileURLToPath(import.meta.url));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.LUOT_PORT ?? '8080' },
    host: { type: 'string', default: process.env.LUOT_HOST ?? '0.0.0.0' },
    'data-dir': { type: 'string', default: process.env.LUOT_DATA_DIR ?? './data' },
    to: { type: 'string' },
    week: { type: 'string' },
    out: { type: 'string', default: '.' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Cổng không hợp lệ / invalid port: ${values.port}`);
  process.exit(2);
}
const dataDir = resolve(values['data-dir']);
const linkMinutes = process.env.LUOT_SIGN_IN_LINK_MINUTES ? Number(process.env.LUOT_SIGN_IN_LINK_MINUTES) : undefined;
if (linkMinutes !== undefined && !(Number.isInteger(linkMinutes) && linkMinutes >= 1 && linkMinutes <= 24 * 60)) {
  console.error(
    `LUOT_SIGN_IN_LINK_MINUTES phải là số phút từ 1 đến 1440 / must be a number of minutes from 1 to 1440: ${process.env.LUOT_SIGN_IN_LINK_MINUTES}`,
  );
  process.exit(2);
}

const publicPort = process.env.LUOT_PUBLIC_PORT ? Number(process.env.LUOT_PUBLIC_PORT) : null;
if (publicPort !== null && !(Number.isInteger(publicPort) && publicPort >= 1 && publicPort <= 65535)) {
  console.error(
    `LUOT_PUBLIC_PORT phải là số cổng từ 1 đến 65535 / must be a port number from 1 to 65535: ${process.env.LUOT_PUBLIC_PORT}`,
  );
  process.exit(2);
}

const [command = 'serve', argument] = positionals;
// Not awaited at the top level: the bundle is CommonJS, so that V8 can keep its compiled code (code-cache.ts).
void runCommand();

async function runCommand(): Promise<void> {
  try {
    if (command === 'serve') await serve();
    else if (command === 'admin-link') console.log(adminLinkText(makeAdminLink(dataDir, port, linkMinutes)));
    else if (command === 'backup') console.log(await backupFromCommandLine(dataDir, values.to));
    else if (command === 'restore' && argument) console.log(restoreFromCommandLine(dataDir, resolve(argument)));
    else if (command === 'weekly-file') console.log(await weeklyFileFromCommandLine(dataDir, values.week, values.out));
    else {
      console.error(
        'Lệnh không rõ / unknown command. Dùng / use: serve | admin-link | backup [--to <thư mục>] | restore <tệp sao lưu> | weekly-file --week <YYYY-MM-DD> [--out <thư mục>]',
      );
      process.exit(2);
    }
  } catch (error) {
    console.error(startFailure(error));
    process.exit(1);
  }
}

async function serve(): Promise<void> {
  const { version } = JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8')) as { version: string };
  const luot = await startLuot({
    dataDir,
    host: values.host,
    port,
    version,
    rendererDir: join(here, '../renderer'),
    bootstrapToken: process.env.LUOT_BOOTSTRAP_TOKEN,
    hostNames: hostNamesFromEnv(process.env.LUOT_HOST_NAMES),
    signInLinkMinutes: linkMinutes,
    publicPort,
  });
  console.log(`Lượt listening on ${luot.url} (${Math.round(process.uptime() * 1000)} ms)`);
  if (luot.publicPort !== null)
    console.log(`Cổng cho mạng khách / hall port (status pages and sign-in only): ${luot.publicPort}`);
  for (const line of signInNotes(luot)) console.log(line);
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
}

/**
 * How the operator gets in. A sign-in link is printed only to a terminal a person watches — never into a log
 * file or service journal, where it would be kept — and works once, for minutes; otherwise the command to make
 * one is printed.
 */
function signInNotes(luot: RunningLuot): string[] {
  const command = `npm run serve -- admin-link --data-dir "${dataDir}"`;
  const notes: string[] = [];
  if (luot.bootstrapRevoked)
    notes.push(
      `LUOT_BOOTSTRAP_TOKEN này đã bị quản trị thu hồi nên không đăng nhập được nữa; lấy liên kết quản trị mới bằng lệnh: ${command}`,
      `This LUOT_BOOTSTRAP_TOKEN was revoked by an administrator and no longer signs in; get a new admin link with: ${command}`,
    );
  if (!luot.firstAdminLink) return notes;
  const expiresAt = luot.core.now() + luot.core.devices.passes.linkMinutes * 60_000;
  if (process.stdout.isTTY)
    notes.push(
      `Đăng nhập quản trị (dùng một lần, đến ${formatDateTime(expiresAt)}) / admin sign-in (works once, until ${formatDateTime(expiresAt)}):`,
      luot.firstAdminLink,
    );
  else
    notes.push(
      `Chưa có quản trị nào đăng nhập được. Lấy liên kết đăng nhập quản trị bằng lệnh trên máy chủ: ${command}`,
      `No administrator can sign in yet. Get an admin sign-in link with this command on the host: ${command}`,
    );
  return notes;
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
