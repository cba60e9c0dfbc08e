/**
 * `npm start` / `npm run dev`: make sure the Electron binary is here before electron-vite launches it.
 * Electron ≥ 42 downloads no binary at `npm install`; it is fetched once, on the first start, by Electron's
 * own installer (node_modules/electron/install.js, also the `install-electron` bin). Without internet that
 * fails — browser mode (`npm run serve`) needs no Electron at all, so say so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));

function binaryPresent() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

if (!binaryPresent()) {
  console.log(
    'Lượt: lần chạy đầu tiên — đang tải Electron (khoảng 100 MB, chỉ một lần)…\n' +
      'Lượt: first start — downloading Electron (about 100 MB, once only)…',
  );
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (install.status !== 0 || !binaryPresent()) {
    console.error(
      '\nKhông tải được Electron (máy có kết nối Internet không?). Ứng dụng máy tính cần Electron; ' +
        'chế độ trình duyệt thì không: chạy `npm run serve` rồi mở http://localhost:8080 trong trình duyệt.\n' +
        'Could not download Electron (is this PC online?). The desktop app needs it; browser mode does not: ' +
        'run `npm run serve`, then open http://localhost:8080 in a browser.',
    );
    process.exit(1);
  }
}
