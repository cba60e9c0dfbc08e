/**
 * A station's windows treat the host's own http origin as secure (decision 0016), so its screens may keep a
 * service worker: the switch names exactly that origin, and nothing for a host or a first start.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PC_CONFIG_FILE } from '../../src/main/pc-config';
import { SECURE_ORIGIN_SWITCH, treatHostAsSecure } from '../../src/main/secure-origin';
import { fake } from './fake-electron';

const PIN = 'scrypt$16384$8$1$' + 'a'.repeat(32) + '$' + 'b'.repeat(64);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'luot-secure-origin-'));
  fake.app.commandLine.appendSwitch.mockClear();
});

const write = (config: object) =>
  writeFileSync(join(dir, PC_CONFIG_FILE), JSON.stringify({ schemaVersion: 1, managerPinHash: PIN, ...config }));

describe("a station's secure origin", () => {
  it("names the host's LAN origin, and only it", () => {
    write({ role: 'station', hostUrl: 'http://192.168.1.20:8080', screen: 'display' });
    expect(treatHostAsSecure(fake.app, dir)).toBe('http://192.168.1.20:8080');
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledExactlyOnceWith(
      SECURE_ORIGIN_SWITCH,
      'http://192.168.1.20:8080',
    );
  });

  it('adds nothing for the host itself, a first start, or a host already on https', () => {
    write({ role: 'host', port: 8080 });
    expect(treatHostAsSecure(fake.app, dir)).toBeNull();
    write({ role: 'station', hostUrl: 'https://luot.local', screen: 'counter' });
    expect(treatHostAsSecure(fake.app, dir)).toBeNull();
    expect(treatHostAsSecure(fake.app, join(dir, 'nothing-here'))).toBeNull();
    expect(fake.app.commandLine.appendSwitch).not.toHaveBeenCalled();
  });
});
