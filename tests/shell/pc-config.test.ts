import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadPcConfig,
  parsePcConfig,
  PC_CONFIG_FILE,
  savePcConfig,
  screensOf,
  type PcConfig,
} from '../../src/main/pc-config';

const HASH = 'scrypt$32768$8$1$c2FsdA$a2V5';

const tempDir = () => mkdtempSync(join(tmpdir(), 'luot-pc-config-'));

describe("this PC's remembered role", () => {
  it('fills in what a minimal host file leaves out: port 8080, greeter and display, no kiosk', () => {
    const config = parsePcConfig(JSON.stringify({ schemaVersion: 1, role: 'host', managerPinHash: HASH }));
    expect(config).toEqual({
      schemaVersion: 1,
      role: 'host',
      managerPinHash: HASH,
      port: 8080,
      screens: ['greeter', 'display'],
      kiosk: false,
      startWithWindows: false,
      displayZoneId: null,
      displayMonitor: null,
    });
    expect(screensOf(config!)).toEqual(['greeter', 'display']);
  });

  it("reads a station with its host's address and its one screen", () => {
    const config = parsePcConfig(
      JSON.stringify({
        schemaVersion: 1,
        role: 'station',
        managerPinHash: HASH,
        hostUrl: 'http://192.168.1.20:8080',
        screen: 'display',
        kiosk: true,
        displayZoneId: 2,
        displayMonitor: { id: 7, bounds: { x: 1920, y: 0, width: 1920, height: 1080 } },
      }),
    );
    expect(config?.role === 'station' && config.hostUrl).toBe('http://192.168.1.20:8080');
    expect(screensOf(config!)).toEqual(['display']);
  });

  it.each([
    ['not JSON', '{"role":'],
    ['an unknown role', JSON.stringify({ schemaVersion: 1, role: 'server', managerPinHash: HASH })],
    ['a PIN stored instead of its hash', JSON.stringify({ schemaVersion: 1, role: 'host', managerPinHash: '1234' })],
    [
      'a station without a host',
      JSON.stringify({ schemaVersion: 1, role: 'station', managerPinHash: HASH, screen: 'counter' }),
    ],
    [
      'a host address with a path',
      JSON.stringify({
        schemaVersion: 1,
        role: 'station',
        managerPinHash: HASH,
        hostUrl: 'http://h:8080/x',
        screen: 'counter',
      }),
    ],
    ['a port out of range', JSON.stringify({ schemaVersion: 1, role: 'host', managerPinHash: HASH, port: 70000 })],
    ['a newer format', JSON.stringify({ schemaVersion: 2, role: 'host', managerPinHash: HASH })],
  ])('refuses %s', (_what, json) => {
    expect(parsePcConfig(json)).toBeNull();
  });

  it('is a first run when there is no file', async () => {
    expect(await loadPcConfig(tempDir())).toEqual({ kind: 'first-run' });
  });

  it('saves and loads the same settings, readable only by the user', async () => {
    const dir = tempDir();
    const config = parsePcConfig(
      JSON.stringify({ schemaVersion: 1, role: 'host', managerPinHash: HASH, kiosk: true }),
    )!;
    await savePcConfig(dir, config);
    expect(await loadPcConfig(dir)).toEqual({ kind: 'configured', config });
    expect(readdirSync(dir)).toEqual([PC_CONFIG_FILE]);
    if (process.platform !== 'win32') expect(statSync(join(dir, PC_CONFIG_FILE)).mode & 0o777).toBe(0o600);
  });

  it('keeps an unreadable file aside and starts over', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, PC_CONFIG_FILE), '{"role": "host", "managerPin');
    const loaded = await loadPcConfig(dir);
    expect(loaded.kind).toBe('unreadable');
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^luot-pc\.json\.unreadable-\d+$/)]);
    expect(await loadPcConfig(dir)).toEqual({ kind: 'first-run' });
  });

  it('refuses to save settings that would not load again, and leaves nothing behind', async () => {
    const dir = tempDir();
    const broken = { schemaVersion: 1, role: 'host', managerPinHash: 'plain' } as unknown as PcConfig;
    await expect(savePcConfig(dir, broken)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
