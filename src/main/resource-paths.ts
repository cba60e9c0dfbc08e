/**
 * Where the shell's own files are, in a checkout (`npm start`) and in an installed app. Pure, so both layouts
 * are tested without Electron. Packaged layouts come from electron-builder.yml's `extraResources`.
 */
import { join } from 'node:path';

export interface AppLocation {
  /** `app.isPackaged`. */
  packaged: boolean;
  /** `app.getAppPath()`: the checkout (dev) or the app.asar (packaged). */
  appPath: string;
  /** `process.resourcesPath`: the installed app's `resources` folder. */
  resourcesPath: string;
}

/**
 * better-sqlite3 built for Electron's ABI, kept apart from node_modules (whose copy is for Node and `npm test`).
 * scripts/electron-sqlite.mjs writes it to the same place; see docs/decisions/0005-electron-abi-sqlite.md.
 */
export function sqliteBindingPath(at: AppLocation, platform: string, arch: string): string {
  return at.packaged
    ? join(at.resourcesPath, 'electron-sqlite', 'better_sqlite3.node')
    : join(at.appPath, 'out', 'electron-sqlite', `${platform}-${arch}`, 'better_sqlite3.node');
}

/** resources/icons of the checkout, or the installed app's `resources/icons`. */
export function iconPath(at: AppLocation, file: string): string {
  return at.packaged ? join(at.resourcesPath, 'icons', file) : join(at.appPath, 'resources', 'icons', file);
}
