#!/usr/bin/env node
/**
 * The packaging check CI runs (issue 14): every native module Lượt loads at run time is in package-lock.json
 * for each platform we ship — Windows x64 first — and reaches the installed app where Electron can load it.
 * A missing platform package is invisible on the machine that packs (npm installs only its own), and a `.node`
 * file left inside app.asar cannot be loaded: both would show up at a center as the first ticket that does not
 * print. So this reads the lock and electron-builder.yml — through electron-builder's own config loader and
 * file matchers, the ones `npm run dist` uses — and fails on anything it cannot account for.
 *
 *   node scripts/check-packaging.mjs     prints what it checked; exits 1 with the problems otherwise
 *
 * Three kinds of native code are known (docs/decisions/0006-shell-host-keeps-serving.md):
 * - platform packages, one per OS and CPU, that npm installs as optional dependencies (`@napi-rs/canvas-*`);
 * - prebuilt N-API binaries inside the package (`@serialport/bindings-cpp/prebuilds/<platform>-<arch>`);
 * - better-sqlite3, which is not N-API: the app ships a copy built for Electron's ABI as an extra resource
 *   (scripts/electron-sqlite.mjs, docs/decisions/0005-electron-abi-sqlite.md), never node_modules' Node build.
 * Any other package with native code is a problem until this check (and the installer) know how it ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronSqliteDir } from './electron-sqlite.mjs';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** What centers run, and the Linux packages `npm run dist` also builds. */
export const SHIPPED_TARGETS = [
  { platform: 'win32', arch: 'x64' },
  { platform: 'linux', arch: 'x64' },
];

/** Native modules that are not N-API: shipped as a copy built for Electron, from `out/electron-sqlite`. */
const ELECTRON_ABI_COPIES = { 'better-sqlite3': 'better_sqlite3.node' };

const packageName = (lockPath) => lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
const isProduction = (entry) => entry.dev !== true;
const isPlatformPackage = (entry) => Array.isArray(entry.os) || Array.isArray(entry.cpu);
/** glibc on Linux: the AppImage and the .deb target ordinary desktop distributions. */
const fits = (entry, { platform, arch }) =>
  (!entry.os || entry.os.includes(platform)) &&
  (!entry.cpu || entry.cpu.includes(arch)) &&
  (platform !== 'linux' || !entry.libc || entry.libc.includes('glibc'));

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** electron-builder's own matchers for `files` (as applied to node_modules) and `asarUnpack`. */
function builderMatchers(config, root, target) {
  const { FileMatcher, getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher.js');
  const expand = (text) =>
    text
      .replaceAll('${platform}', target.platform)
      .replaceAll('${arch}', target.arch)
      .replaceAll('${os}', target.platform);
  const packager = { config, debugLogger: { isEnabled: false } };
  const included = getNodeModuleFileMatcher(root, root, expand, {}, packager);
  const unpacked = new FileMatcher(root, root, expand);
  for (const pattern of [config.asarUnpack ?? []].flat()) unpacked.addPattern(pattern);
  const stat = { isDirectory: () => false, isFile: () => true, isSymbolicLink: () => false };
  const includedFilter = included.isEmpty() ? () => true : included.createFilter();
  const unpackedFilter = unpacked.isEmpty() ? () => false : unpacked.createFilter();
  return {
    expand,
    /** `relative`: a path under the project root, `node_modules/…`. */
    inApp: (relative) => includedFilter(join(root, relative), stat),
    outsideAsar: (relative) => config.asar === false || unpackedFilter(join(root, relative), stat),
  };
}

/**
 * `lock`: package-lock.json, parsed; `config`: electron-builder's resolved configuration; `root`: the project,
 * whose node_modules shows what the lock cannot (the binaries inside a package).
 * Answers what was checked, one line each, and the problems, one sentence each.
 */
export function checkPackaging({ lock, config, root = PROJECT_ROOT, targets = SHIPPED_TARGETS }) {
  const checked = [];
  const problems = [];
  const packages = Object.entries(lock.packages ?? {}).filter(([path]) => path.startsWith('node_modules/'));
  const production = packages.filter(([, entry]) => isProduction(entry));
  const byName = new Map(packages.map(([path, entry]) => [packageName(path), { path, entry }]));

  for (const target of targets) {
    const where = `${target.platform}-${target.arch}`;
    const builder = builderMatchers(config, root, target);
    const shipsNative = (name, relative) => {
      if (!builder.inApp(relative)) problems.push(`${name}: ${relative} is excluded by electron-builder.yml's files`);
      else if (!builder.outsideAsar(relative))
        problems.push(`${name}: ${relative} would be packed inside app.asar, where it cannot be loaded (asarUnpack)`);
      else return true;
      return false;
    };

    // Packages that ship one optional dependency per platform: the one for this target must be locked.
    for (const [path, entry] of production) {
      const platformDeps = Object.keys(entry.optionalDependencies ?? {}).filter((name) => {
        const dep = byName.get(name)?.entry;
        return dep ? isPlatformPackage(dep) : name.startsWith(`${packageName(path)}-`);
      });
      if (platformDeps.length === 0) continue;
      const name = packageName(path);
      const member = platformDeps.map((dep) => byName.get(dep)).find((dep) => dep && fits(dep.entry, target));
      if (!member) {
        problems.push(`${name}: package-lock.json has no ${where} package (run npm install on a clean lock)`);
        continue;
      }
      const memberName = packageName(member.path);
      const wanted = entry.optionalDependencies[memberName];
      if (!member.entry.integrity || member.entry.version !== wanted) {
        problems.push(`${memberName}: locked as ${member.entry.version ?? '?'} without a checksum or not ${wanted}`);
        continue;
      }
      const installed = filesUnder(join(root, member.path)).filter((file) => file.endsWith('.node'));
      const binaries = installed.length
        ? installed.map((file) => posix.join(member.path, file.slice(join(root, member.path).length + 1)))
        : [`${member.path}/${memberName.split('/').pop()}.node`];
      if (binaries.every((relative) => shipsNative(memberName, relative)))
        checked.push(`${where}: ${name} → ${memberName} ${member.entry.version} (locked, unpacked from asar)`);
    }

    // Packages with an install script build or fetch native code: each must be one of the known kinds.
    for (const [path, entry] of production.filter(([, e]) => e.hasInstallScript)) {
      const name = packageName(path);
      if (name in ELECTRON_ABI_COPIES) {
        checkElectronCopy(name, config, root, target, builder, checked, problems);
        continue;
      }
      const prebuilds = join(root, path, 'prebuilds', where);
      const binaries = filesUnder(prebuilds).filter(
        (file) => file.endsWith('.node') && (target.platform !== 'linux' || !file.includes('.musl.')),
      );
      if (binaries.length === 0) {
        problems.push(
          `${name}: native code with no prebuilt binary for ${where} in ${path}/prebuilds — ` +
            'ship it for Windows x64 and teach scripts/check-packaging.mjs how',
        );
        continue;
      }
      const relative = binaries.map((file) => posix.join(path, 'prebuilds', where, file.slice(prebuilds.length + 1)));
      if (relative.every((file) => shipsNative(name, file)))
        checked.push(`${where}: ${name} ${entry.version} → ${relative.join(', ')} (unpacked from asar)`);
    }
  }
  return { checked, problems };
}

function checkElectronCopy(name, config, root, target, builder, checked, problems) {
  const where = `${target.platform}-${target.arch}`;
  const file = ELECTRON_ABI_COPIES[name];
  const from = posix.join('out', 'electron-sqlite', where, file);
  const expected = join(electronSqliteDir(root, target.platform, target.arch), file);
  const resource = [config.extraResources ?? []]
    .flat()
    .find((r) => typeof r === 'object' && builder.expand(r.from) === from);
  if (join(root, from) !== expected || !resource)
    problems.push(`${name}: electron-builder.yml's extraResources does not ship ${from} (the Electron build)`);
  else if (resource.to !== posix.join('electron-sqlite', file))
    problems.push(`${name}: shipped to ${resource.to}, but the app loads resources/electron-sqlite/${file}`);
  else if (config.beforePack !== './scripts/before-pack.mjs')
    problems.push(`${name}: beforePack no longer prepares the Electron build (scripts/before-pack.mjs)`);
  else checked.push(`${where}: ${name} → resources/electron-sqlite/${file}, built for Electron's ABI at packing`);
}

async function main() {
  const { getConfig } = require('app-builder-lib/out/util/config/config.js');
  const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8'));
  const config = await getConfig(PROJECT_ROOT, null, null);
  const { checked, problems } = checkPackaging({ lock, config });
  for (const line of checked) console.log(`packaging: ok   ${line}`);
  for (const line of problems) console.error(`packaging: FAIL ${line}`);
  if (problems.length > 0 || checked.length === 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
