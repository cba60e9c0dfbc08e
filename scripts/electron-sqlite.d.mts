/** Types of scripts/electron-sqlite.mjs, for the tests and electron-builder's hook. */
export function electronSqliteDir(projectRoot: string, platform: string, arch: string): string;
export function builtForAbi(binaryPath: string, abi: string): boolean;
export function prepareElectronSqlite(options?: {
  projectRoot?: string;
  platform?: string;
  arch?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<{ binary: string; how: 'kept' | 'downloaded' | 'compiled' }>;
