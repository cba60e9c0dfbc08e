/**
 * electron-builder's `beforePack` hook: puts better-sqlite3 for Electron, for the platform and architecture
 * being packaged, where electron-builder.yml's `extraResources` picks it up (scripts/electron-sqlite.mjs).
 */
import { Arch } from 'electron-builder';
import { prepareElectronSqlite } from './electron-sqlite.mjs';

export default async function beforePack(context) {
  const platform = context.electronPlatformName;
  const arch = Arch[context.arch];
  const { binary, how } = await prepareElectronSqlite({ platform, arch });
  console.log(`  • better-sqlite3 for Electron ${platform}-${arch} (${how}): ${binary}`);
}
