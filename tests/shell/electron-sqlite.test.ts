/**
 * scripts/electron-sqlite.mjs against a local mirror: the real prebuild-install downloads a (stand-in) Electron
 * build of better-sqlite3 over loopback, so the whole path runs here without GitHub. The real download of the
 * real binary needs the Internet (docs/decisions/0005-electron-abi-sqlite.md).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtForAbi, electronSqliteDir, prepareElectronSqlite } from '../../scripts/electron-sqlite.mjs';
import { sqliteBindingPath } from '../../src/main/resource-paths';
import { startLuot } from '../../src/server/start';

const require = createRequire(import.meta.url);
const ELECTRON_ABI = readFileSync(
  join(dirname(require.resolve('electron/package.json')), 'abi_version'),
  'utf8',
).trim();
const SQLITE_VERSION = (require('better-sqlite3/package.json') as { version: string }).version;
const NODE_MODULES = join(dirname(require.resolve('better-sqlite3/package.json')), '..');

/** Another platform than this PC's, so the script never falls back to compiling (minutes, and the Internet). */
const FOREIGN = process.platform === 'win32' ? 'linux' : 'win32';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A checkout of Lượt in a temp folder: its own out/, the real node_modules. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'luot-checkout-'));
  writeFileSync(join(root, 'package.json'), '{"name":"luot-checkout","private":true}');
  symlinkSync(NODE_MODULES, join(root, 'node_modules'), 'junction');
  return root;
}

/** A prebuilt tarball as better-sqlite3 publishes them: build/Release/better_sqlite3.node. */
function tarball(abi: string): Buffer {
  const stage = mkdtempSync(join(tmpdir(), 'luot-prebuilt-'));
  mkdirSync(join(stage, 'build', 'Release'), { recursive: true });
  writeFileSync(join(stage, 'build', 'Release', 'better_sqlite3.node'), `stand-in addon node_register_module_v${abi}`);
  const tar = spawnSync('tar', ['-czf', '-', '-C', stage, 'build']);
  if (tar.status !== 0) throw new Error(String(tar.stderr));
  return tar.stdout;
}

async function mirror(body: Buffer): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, requests };
}

const envFor = (mirrorUrl: string) => ({
  ...process.env,
  npm_config_better_sqlite3_binary_host: mirrorUrl,
  npm_config_cache: mkdtempSync(join(tmpdir(), 'luot-npm-cache-')),
});

describe('better-sqlite3 for Electron, beside the one for Node', () => {
  it("downloads the prebuilt binary for Electron's ABI into out/electron-sqlite, and reuses it", async () => {
    const root = checkout();
    const { url, requests } = await mirror(tarball(ELECTRON_ABI));
    const env = envFor(url);
    const first = await prepareElectronSqlite({ projectRoot: root, platform: FOREIGN, arch: 'x64', env });
    expect(first).toEqual({
      binary: join(root, 'out', 'electron-sqlite', `${FOREIGN}-x64`, 'better_sqlite3.node'),
      how: 'downloaded',
    });
    expect(requests).toEqual([
      `/v${SQLITE_VERSION}/better-sqlite3-v${SQLITE_VERSION}-electron-v${ELECTRON_ABI}-${FOREIGN}-x64.tar.gz`,
    ]);
    expect(builtForAbi(first.binary, ELECTRON_ABI)).toBe(true);
    expect(await prepareElectronSqlite({ projectRoot: root, platform: FOREIGN, arch: 'x64', env })).toEqual({
      binary: first.binary,
      how: 'kept',
    });
    expect(requests).toHaveLength(1);
  }, 60_000);

  it("refuses a binary built for another runtime's ABI, and says what to do in both languages", async () => {
    const root = checkout();
    const { url } = await mirror(tarball(process.versions.modules));
    const preparing = prepareElectronSqlite({ projectRoot: root, platform: FOREIGN, arch: 'x64', env: envFor(url) });
    await expect(preparing).rejects.toThrow(
      /Không chuẩn bị được better-sqlite3[\s\S]*Could not prepare better-sqlite3/,
    );
    expect(existsSync(electronSqliteDir(root, FOREIGN, 'x64'))).toBe(false);
  }, 60_000);

  it("leaves node_modules' own build for Node alone, so `npm test` keeps working", () => {
    const nodeBuild = join(NODE_MODULES, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(builtForAbi(nodeBuild, process.versions.modules)).toBe(true);
  });

  it('is looked for by the shell exactly where the script puts it', () => {
    const root = '/checkout';
    expect(sqliteBindingPath({ packaged: false, appPath: root, resourcesPath: '/unused' }, 'linux', 'x64')).toBe(
      join(electronSqliteDir(root, 'linux', 'x64'), 'better_sqlite3.node'),
    );
    expect(
      sqliteBindingPath({ packaged: true, appPath: '/app.asar', resourcesPath: '/opt/Luot/resources' }, 'linux', 'x64'),
    ).toBe(join('/opt/Luot/resources', 'electron-sqlite', 'better_sqlite3.node'));
  });

  it('is what the core opens the database with when the shell names it (`nativeBinding`)', async () => {
    // Under Node the stand-in is a copy of the Node build; under Electron it is the Electron build.
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'luot-binding-')), 'better_sqlite3.node');
    copyFileSync(join(NODE_MODULES, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), elsewhere);
    const options = { host: '127.0.0.1', port: 0, version: '0.1.0', discoveryPort: null };
    const luot = await startLuot({
      ...options,
      dataDir: mkdtempSync(join(tmpdir(), 'luot-')),
      nativeBinding: elsewhere,
    });
    expect(luot.core.db.prepare('SELECT sqlite_version() AS v').get()).toEqual({ v: expect.any(String) });
    await luot.stop();
    const missing = join(tmpdir(), 'no-such-dir', 'better_sqlite3.node');
    await expect(
      startLuot({ ...options, dataDir: mkdtempSync(join(tmpdir(), 'luot-')), nativeBinding: missing }),
    ).rejects.toThrow();
  });
});
