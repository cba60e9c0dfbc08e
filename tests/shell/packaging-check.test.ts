/**
 * scripts/check-packaging.mjs, which CI runs: the real lock and electron-builder.yml pass, and each way a center's
 * installer could lose a native module — a lock without the Windows package, a binary left inside app.asar, the
 * Electron build of better-sqlite3 not shipped, a new native dependency nobody packaged — fails, naming it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPackaging } from '../../scripts/check-packaging.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const { getConfig } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Record<string, unknown>>;
};

type Lock = { packages: Record<string, Record<string, unknown>> };
const lock = (): Lock => JSON.parse(readFileSync(`${ROOT}/package-lock.json`, 'utf8')) as Lock;
const config = await getConfig(ROOT, null, null);
const windows = [{ platform: 'win32', arch: 'x64' }];

describe('the packaging check', () => {
  it('accounts for every native module the app loads, for Windows x64 and Linux x64', () => {
    const { checked, problems } = checkPackaging({ lock: lock(), config, root: ROOT });
    expect(problems).toEqual([]);
    expect(checked).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^win32-x64: @napi-rs\/canvas → @napi-rs\/canvas-win32-x64-msvc/),
        expect.stringMatching(/^win32-x64: @serialport\/bindings-cpp .*prebuilds\/win32-x64\/.*\.node/),
        expect.stringMatching(/^win32-x64: better-sqlite3 → resources\/electron-sqlite\/better_sqlite3\.node/),
        expect.stringMatching(/^linux-x64: @napi-rs\/canvas → @napi-rs\/canvas-linux-x64-gnu/),
      ]),
    );
  });

  it('fails when the lock has no Windows package of the ticket canvas (what `npm install` elsewhere leaves)', () => {
    const broken = lock();
    delete broken.packages['node_modules/@napi-rs/canvas-win32-x64-msvc'];
    const { problems } = checkPackaging({ lock: broken, config, root: ROOT, targets: windows });
    expect(problems).toEqual([expect.stringContaining('@napi-rs/canvas: package-lock.json has no win32-x64 package')]);
  });

  it('fails when the Windows package is locked without its checksum or at another version', () => {
    const broken = lock();
    broken.packages['node_modules/@napi-rs/canvas-win32-x64-msvc']!.version = '1.0.0';
    expect(checkPackaging({ lock: broken, config, root: ROOT, targets: windows }).problems).toEqual([
      expect.stringContaining('@napi-rs/canvas-win32-x64-msvc: locked as 1.0.0'),
    ]);
  });

  it('fails when a native binary would stay inside app.asar', () => {
    const { problems } = checkPackaging({ lock: lock(), config: { ...config, asarUnpack: [] }, root: ROOT });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/canvas-win32-x64-msvc: .*\.node would be packed inside app\.asar/),
        expect.stringMatching(/bindings-cpp: .*prebuilds\/win32-x64\/.*\.node would be packed inside app\.asar/),
      ]),
    );
    // With asar off nothing is packed, so nothing needs unpacking.
    expect(checkPackaging({ lock: lock(), config: { ...config, asar: false, asarUnpack: [] } }).problems).toEqual([]);
  });

  it('fails when a files pattern drops a native binary', () => {
    const files = [...(config.files as string[]), '!node_modules/@serialport/**/prebuilds/**'];
    expect(
      checkPackaging({ lock: lock(), config: { ...config, files }, root: ROOT, targets: windows }).problems,
    ).toEqual([expect.stringMatching(/bindings-cpp: .* is excluded by electron-builder\.yml's files/)]);
  });

  it('fails when the Electron build of better-sqlite3 is not shipped where the app loads it', () => {
    const extraResources = (config.extraResources as { from: string; to: string }[]).filter(
      (r) => !r.from.includes('electron-sqlite'),
    );
    expect(
      checkPackaging({ lock: lock(), config: { ...config, extraResources }, root: ROOT, targets: windows }).problems,
    ).toEqual([expect.stringContaining('better-sqlite3: electron-builder.yml')]);
  });

  it('fails on a new native dependency it does not know how to ship', () => {
    const broken = lock();
    broken.packages['node_modules/fancy-native'] = { version: '1.0.0', integrity: 'sha512-x', hasInstallScript: true };
    expect(checkPackaging({ lock: broken, config, root: ROOT, targets: windows }).problems).toEqual([
      expect.stringContaining('fancy-native: native code with no prebuilt binary for win32-x64'),
    ]);
  });
});
