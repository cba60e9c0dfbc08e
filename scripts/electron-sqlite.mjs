#!/usr/bin/env node
/**
 * better-sqlite3 for Electron, beside the one for Node. node_modules keeps the Node build (so `npm test` works
 * after a plain `npm install`); this writes a copy built for Electron's ABI to out/electron-sqlite/<platform>-<arch>,
 * which the shell loads through `openDatabase(file, { nativeBinding })` (src/main/resource-paths.ts). First the
 * prebuilt binary better-sqlite3 publishes for this Electron (prebuild-install, from GitHub); failing that, a
 * compile of a copy with node-gyp against Electron's headers (electronjs.org). Both need the Internet; the copy
 * is kept and reused until Electron or better-sqlite3 change. See docs/decisions/0005-electron-abi-sqlite.md.
 *
 *   node scripts/electron-sqlite.mjs [--platform win32] [--arch x64]
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const BINARY = 'better_sqlite3.node';

/** Must agree with `sqliteBindingPath` in src/main/resource-paths.ts (a test checks). */
export function electronSqliteDir(projectRoot, platform, arch) {
  return join(projectRoot, 'out', 'electron-sqlite', `${platform}-${arch}`);
}

/** A Node/Electron addon exports `node_register_module_v<ABI>`: the cheapest proof of which runtime it is for. */
export function builtForAbi(binaryPath, abi) {
  return readFileSync(binaryPath).includes(`node_register_module_v${abi}`);
}

function installed(projectRoot) {
  const require = createRequire(join(projectRoot, 'package.json'));
  const electronDir = dirname(require.resolve('electron/package.json'));
  const sqliteManifest = require.resolve('better-sqlite3/package.json');
  return {
    electron: JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version,
    // Electron's own record of its ABI (NODE_MODULE_VERSION), shipped in its npm package.
    abi: readFileSync(join(electronDir, 'abi_version'), 'utf8').trim(),
    sqliteDir: dirname(sqliteManifest),
    sqliteManifest,
    sqliteVersion: JSON.parse(readFileSync(sqliteManifest, 'utf8')).version,
    requireFromSqlite: createRequire(sqliteManifest),
    requireFromProject: require,
  };
}

/** Runs a Node script to its end, its output on ours; resolves its exit code. */
function runNode(args, options) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { ...options, stdio: 'inherit' });
    child.on('error', () => resolve(-1));
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

/** prebuild-install reads ./package.json, so it runs in an empty folder holding a copy of better-sqlite3's. */
async function downloadPrebuilt(found, work, { platform, arch, env }) {
  copyFileSync(found.sqliteManifest, join(work, 'package.json'));
  const bin = found.requireFromSqlite.resolve('prebuild-install/bin.js');
  const args = ['--runtime', 'electron', '--target', found.electron, '--platform', platform, '--arch', arch];
  const status = await runNode([bin, ...args, '--tag-prefix', 'v', '--verbose'], { cwd: work, env });
  const built = join(work, 'build', 'Release', BINARY);
  return status === 0 && existsSync(built) ? built : null;
}

/** Compiles a copy (never node_modules' own) against Electron's headers; only for this PC's own platform. */
async function compileCopy(found, work, { platform, arch, env }) {
  if (platform !== process.platform || arch !== process.arch) return null;
  let nodeGyp;
  try {
    nodeGyp = found.requireFromProject.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return null;
  }
  const copy = join(work, 'better-sqlite3');
  const skipBuild = (path) => !relative(found.sqliteDir, path).split(sep).includes('build');
  cpSync(found.sqliteDir, copy, { recursive: true, filter: skipBuild });
  const args = ['rebuild', '--release', `--target=${found.electron}`, `--arch=${arch}`];
  const status = await runNode([nodeGyp, ...args, '--dist-url=https://electronjs.org/headers'], { cwd: copy, env });
  const built = join(copy, 'build', 'Release', BINARY);
  return status === 0 && existsSync(built) ? built : null;
}

/**
 * Makes sure the Electron build is in place; returns its path and how it got there
 * ('kept', 'downloaded' or 'compiled'). Throws a bilingual Error when neither way worked.
 */
export async function prepareElectronSqlite({
  projectRoot = PROJECT_ROOT,
  platform = process.platform,
  arch = process.arch,
  env = process.env,
} = {}) {
  const found = installed(projectRoot);
  const dir = electronSqliteDir(projectRoot, platform, arch);
  const binary = join(dir, BINARY);
  const stampFile = join(dir, 'stamp.json');
  const stamp = JSON.stringify({ electron: found.electron, abi: found.abi, betterSqlite3: found.sqliteVersion });
  const current = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (current && existsSync(binary) && builtForAbi(binary, found.abi)) return { binary, how: 'kept' };

  const work = mkdtempSync(join(tmpdir(), 'luot-electron-sqlite-'));
  try {
    const options = { platform, arch, env };
    const downloaded = await downloadPrebuilt(found, work, options);
    const built = downloaded ?? (await compileCopy(found, work, options));
    if (!built || !builtForAbi(built, found.abi)) throw new Error(cannotPrepare(found, platform, arch));
    mkdirSync(dir, { recursive: true });
    copyFileSync(built, binary);
    writeFileSync(stampFile, stamp);
    return { binary, how: downloaded ? 'downloaded' : 'compiled' };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function cannotPrepare(found, platform, arch) {
  const what = `better-sqlite3 ${found.sqliteVersion} / Electron ${found.electron} (ABI ${found.abi}, ${platform}-${arch})`;
  return (
    `Không chuẩn bị được ${what}: không tải được bản dựng sẵn (github.com) và không biên dịch được ` +
    '(cần electronjs.org và công cụ C++; trên Windows: Visual Studio Build Tools). Hãy kiểm tra Internet rồi chạy lại. ' +
    'Chế độ trình duyệt (`npm run serve`) không cần bước này.\n' +
    `Could not prepare ${what}: the prebuilt binary could not be downloaded (github.com) and compiling failed ` +
    '(needs electronjs.org and a C++ toolchain; on Windows: Visual Studio Build Tools). Check the Internet ' +
    'connection and run again. Browser mode (`npm run serve`) does not need this step.'
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { platform: { type: 'string' }, arch: { type: 'string' } } });
  try {
    const { binary, how } = await prepareElectronSqlite({ platform: values.platform, arch: values.arch });
    if (how !== 'kept') console.log(`Lượt: better-sqlite3 cho Electron / for Electron (${how}): ${binary}`);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
