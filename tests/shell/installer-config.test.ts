/**
 * electron-builder.yml, checked with electron-builder's own schema and for what issue #5 asks of the installer.
 * Building the installers needs Electron's zip and NSIS from the Internet (docs/decisions/0005-electron-abi-sqlite.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

interface BuilderConfig {
  [key: string]: unknown;
  electronFuses: Record<string, boolean>;
  extraResources: { from: string; to: string }[];
  nsis: Record<string, unknown>;
  linux: { target: string[] };
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const config = await getConfig(ROOT, null, null);

/** Width and height from a PNG's header. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the installers (electron-builder.yml)', () => {
  it("is valid for electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds a Vietnamese and English NSIS installer for Windows, and an AppImage and a .deb for Linux', () => {
    expect(config.nsis).toMatchObject({
      installerLanguages: ['vi_VN', 'en_US'],
      multiLanguageInstaller: true,
      language: '1066',
    });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it("keeps the center's data on uninstall and upgrade: it lives in ProgramData, not the install folder", () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(config.files).not.toContainEqual(expect.stringContaining('data'));
  });

  it('lets every account of the PC write the center folder, and lets Lượt through the firewall on private networks', () => {
    expect(config.nsis.include).toBe('scripts/nsis/machine-setup.nsh');
    const script = readFileSync(`${ROOT}/scripts/nsis/machine-setup.nsh`, 'utf8');
    const install = script.slice(script.indexOf('!macro customInstall'), script.indexOf('!macroend'));
    expect(install).toContain('profile=private,domain');
    expect(install).toContain('SetShellVarContext all');
    expect(install).toContain('CreateDirectory "$APPDATA\\Luot"');
    // BUILTIN\Users by SID, inherited by files and folders, modify: works on a Vietnamese Windows too.
    expect(install).toContain('icacls "$APPDATA\\Luot" /grant *S-1-5-32-545:(OI)(CI)M');
    const uninstall = script.slice(script.indexOf('!macro customUnInstall'));
    expect(uninstall).not.toMatch(/RMDir|Delete|icacls/);
  });

  it('flips the fuses that turn a packaged Electron into something other than Lượt', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the Electron build of better-sqlite3, the ticket fonts and the icons, and never rebuilds node_modules', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        {
          from: 'out/electron-sqlite/${platform}-${arch}/better_sqlite3.node',
          to: 'electron-sqlite/better_sqlite3.node',
        },
        { from: 'resources/fonts', to: 'fonts' },
        { from: 'resources/voice', to: 'voice' },
        expect.objectContaining({ from: 'resources/icons', to: 'icons' }),
      ]),
    );
  });

  it('prepares better-sqlite3 for the platform being packaged before packing', async () => {
    expect(config.beforePack).toBe('./scripts/before-pack.mjs');
    const hook = (await import('../../scripts/before-pack.mjs')) as { default: unknown };
    expect(typeof hook.default).toBe('function');
    expect(existsSync(`${ROOT}/scripts/nsis/machine-setup.nsh`)).toBe(true);
  });

  it('has the app icon drawn from its SVG: a 512 px PNG and an ICO up to 256 px', () => {
    expect(pngSize(`${ROOT}/resources/icons/icon.png`)).toEqual([512, 512]);
    const ico = readFileSync(`${ROOT}/resources/icons/icon.ico`);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const tray of ['tray-working', 'tray-problem']) {
      expect(pngSize(`${ROOT}/resources/icons/${tray}.png`)).toEqual([16, 16]);
      expect(pngSize(`${ROOT}/resources/icons/${tray}@2x.png`)).toEqual([32, 32]);
    }
  });
});
