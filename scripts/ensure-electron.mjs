#!/usr/bin/env node
/**
 * `npm start` / `npm run dev`: make sure this Node can run the desktop tooling and the Electron binary is here
 * before electron-vite builds and launches it. Electron ≥ 42 downloads no binary at `npm install`; it is
 * fetched once, on the first start, by Electron's own installer (node_modules/electron/install.js). Without
 * internet that fails — with a stack trace of its own. Its output goes to a log file instead, and the person at
 * the keyboard reads one message: what happened, and that browser mode (`npm run serve`) needs no Electron.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { desktopNodeProblem } from './desktop-node.mjs';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const DOWNLOADING =
  'Lượt: lần chạy đầu tiên — đang tải Electron (khoảng 100 MB, chỉ một lần)…\n' +
  'Lượt: first start — downloading Electron (about 100 MB, once only)…';

/** What `npm start` says when Electron could not be downloaded: no stack, and how to go on without it. */
export function offlineMessage(logFile) {
  return (
    '\nKhông tải được Electron — máy này có đang kết nối Internet không? Ứng dụng máy tính cần Electron ' +
    '(tải một lần). Không có Internet vẫn dùng được Lượt ở chế độ trình duyệt:\n' +
    '  1. Chạy `npm run serve`.\n' +
    '  2. Lần đầu, lệnh in ra một liên kết «Đăng nhập quản trị lần đầu» (http://…/signin#token=…): mở liên kết đó ' +
    'trong trình duyệt để đăng nhập và cài đặt trung tâm. Dữ liệu đã có quản trị thì đặt ' +
    'LUOT_BOOTSTRAP_TOKEN=<một chuỗi bí mật dài> trước lệnh, rồi mở http://localhost:8080/signin#token=<chuỗi đó>.\n' +
    '  3. Các máy khác mở địa chỉ mà lệnh in ra (http://<địa chỉ máy này>:8080).\n' +
    `Chi tiết lỗi: ${logFile}\n\n` +
    'Could not download Electron — is this PC online? The desktop app needs Electron (downloaded once). ' +
    'Without internet, Lượt still runs in browser mode:\n' +
    '  1. Run `npm run serve`.\n' +
    '  2. On its first start it prints a one-time "first admin sign-in" link (http://…/signin#token=…): open it ' +
    'in a browser to sign in and set the center up. For data that already has an admin, put ' +
    'LUOT_BOOTSTRAP_TOKEN=<a long secret> before the command, then open http://localhost:8080/signin#token=<that secret>.\n' +
    '  3. Other PCs open the address it prints (http://<this PC>:8080).\n' +
    `Details: ${logFile}`
  );
}

function binaryPresent(electronDir) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/**
 * Runs Electron's installer when the binary is missing, its output kept in `logFile`. `true` when the binary is
 * there; otherwise `say` got the one message to show.
 */
export function ensureElectron({ electronDir, logFile, say = console.log, complain = console.error }) {
  if (binaryPresent(electronDir)) return true;
  say(DOWNLOADING);
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8' });
  if (install.status === 0 && binaryPresent(electronDir)) return true;
  mkdirSync(dirname(logFile), { recursive: true });
  const output = [install.error?.stack, install.stdout, install.stderr].filter(Boolean).join('\n');
  writeFileSync(logFile, `${new Date().toISOString()} node ${join(electronDir, 'install.js')}\n${output}`);
  complain(offlineMessage(relative(process.cwd(), logFile) || logFile));
  return false;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = desktopNodeProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const logFile = join(PROJECT_ROOT, 'out', 'electron-install.log');
  if (!ensureElectron({ electronDir, logFile })) process.exit(1);
}
