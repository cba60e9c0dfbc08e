import { describe, expect, it } from 'vitest';
import type { PcChoice } from '../../src/preload/pc-setup-bridge';
import type { Monitor } from '../../src/main/monitor-choice';
import { parsePcConfig, type PcConfig } from '../../src/main/pc-config';
import { choiceFromConfig, decidePcSetup, pcChoiceInput } from '../../src/main/pc-setup-choice';

const HASH = 'scrypt$32768$8$1$c2FsdA$a2V5';
const laptop: Monitor = { id: 1, label: '', primary: true, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const tv: Monitor = { id: 2, label: '', primary: false, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };

const firstRun = (changes: Partial<PcChoice>): PcChoice => ({
  ...choiceFromConfig(null, [laptop, tv]),
  pin: '2468',
  pinRepeat: '2468',
  ...changes,
});

const station = parsePcConfig(
  JSON.stringify({
    schemaVersion: 1,
    role: 'station',
    managerPinHash: HASH,
    hostUrl: 'http://192.168.1.20:8080',
    screen: 'display',
    displayMonitor: { id: 2, bounds: tv.bounds },
  }),
) as PcConfig;

describe('what the manager picks on the "Set up this PC" page', () => {
  it('starts a new PC as a host with the greeter and the display, starting with Windows, and asks for a PIN', () => {
    expect(choiceFromConfig(null, [laptop, tv])).toMatchObject({
      role: 'host',
      hostScreens: ['greeter', 'display'],
      pin: '',
      displayMonitorId: null,
      kiosk: false,
    });
    const decision = decidePcSetup(firstRun({}), null, [laptop, tv]);
    expect(decision).toEqual({
      kind: 'accepted',
      newPin: '2468',
      signInToken: null,
      draft: {
        schemaVersion: 1,
        role: 'host',
        port: 8080,
        screens: ['greeter', 'display'],
        kiosk: false,
        startWithWindows: true,
        displayZoneId: null,
        displayMonitor: null,
      },
    });
  });

  it('on a one-monitor PC, starts the host with the greeter only: the display would cover it', () => {
    expect(choiceFromConfig(null, [laptop])).toMatchObject({ role: 'host', hostScreens: ['greeter'] });
    expect(choiceFromConfig(null, [])).toMatchObject({ hostScreens: ['greeter'] });
  });

  it("takes the host's port from the page, 1024 to 65535, and shows the one it uses when changed", () => {
    const decision = decidePcSetup(firstRun({ port: 8090 }), null, [laptop, tv]);
    expect(decision).toMatchObject({ kind: 'accepted', draft: { role: 'host', port: 8090 } });
    for (const port of [80, 0, 70_000])
      expect(decidePcSetup(firstRun({ port }), null, [laptop, tv])).toMatchObject({
        kind: 'refused',
        problems: [{ field: 'port', text: { vi: expect.stringContaining('1024 đến 65535'), en: expect.any(String) } }],
      });
    const host = parsePcConfig(JSON.stringify({ schemaVersion: 1, role: 'host', managerPinHash: HASH, port: 8091 }));
    expect(choiceFromConfig(host, [laptop]).port).toBe(8091);
    // A station has no port of its own: whatever the form holds is ignored.
    expect(decidePcSetup(firstRun({ role: 'station', hostAddress: '192.168.1.20', port: 1 }), null, [])).toMatchObject({
      kind: 'accepted',
    });
  });

  it('needs a PIN of 4–8 digits, typed the same twice, on the first run', () => {
    const problems = (choice: Partial<PcChoice>) =>
      decidePcSetup(firstRun(choice), null, []).kind === 'refused'
        ? (decidePcSetup(firstRun(choice), null, []) as { problems: { field: string }[] }).problems.map((p) => p.field)
        : [];
    expect(problems({ pin: '', pinRepeat: '' })).toEqual(['pin']);
    expect(problems({ pin: '12', pinRepeat: '12' })).toEqual(['pin']);
    expect(problems({ pin: '2468', pinRepeat: '2469' })).toEqual(['pinRepeat']);
  });

  it('keeps the PIN when a change leaves both boxes empty', () => {
    const decision = decidePcSetup({ ...choiceFromConfig(station, [laptop, tv]), kiosk: true }, station, [laptop, tv]);
    expect(decision).toMatchObject({ kind: 'accepted', newPin: null, draft: { kiosk: true } });
  });

  it('shows the current settings when they are changed, with the remembered monitor', () => {
    expect(choiceFromConfig(station, [laptop, tv])).toMatchObject({
      role: 'station',
      hostAddress: 'http://192.168.1.20:8080',
      stationScreen: 'display',
      displayMonitorId: 2,
    });
    expect(choiceFromConfig(station, [laptop]).displayMonitorId).toBeNull();
  });

  it('makes a station from a typed address, remembering the chosen monitor by id and place', () => {
    const decision = decidePcSetup(
      firstRun({ role: 'station', hostAddress: '192.168.1.20', stationScreen: 'display', displayMonitorId: 2 }),
      null,
      [laptop, tv],
    );
    expect(decision).toMatchObject({
      kind: 'accepted',
      signInToken: null,
      draft: {
        role: 'station',
        hostUrl: 'http://192.168.1.20:8080',
        screen: 'display',
        displayMonitor: { id: 2, bounds: tv.bounds },
      },
    });
  });

  it("takes the host from the device's sign-in link, and its token only for the first sign-in", () => {
    const link = 'http://192.168.1.20:8080/signin#token=luot_secret';
    const decision = decidePcSetup(firstRun({ role: 'station', signInLink: link }), null, []);
    expect(decision).toMatchObject({
      kind: 'accepted',
      signInToken: 'luot_secret',
      draft: { hostUrl: 'http://192.168.1.20:8080' },
    });
    expect(JSON.stringify(decision.kind === 'accepted' && decision.draft)).not.toContain('luot_secret');
  });

  it('explains, field by field, what is wrong with a station', () => {
    const fields = (choice: Partial<PcChoice>) => {
      const decision = decidePcSetup(firstRun({ role: 'station', ...choice }), null, [laptop]);
      return decision.kind === 'refused' ? decision.problems.map((p) => p.field) : [];
    };
    expect(fields({ hostAddress: '' })).toEqual(['hostAddress']);
    expect(fields({ hostAddress: 'máy chủ' })).toEqual(['hostAddress']);
    expect(fields({ signInLink: 'luot_abc' })).toEqual(['signInLink']);
    expect(fields({ hostAddress: '192.168.1.21', signInLink: 'http://192.168.1.20:8080/signin#token=t' })).toEqual([
      'signInLink',
    ]);
    expect(fields({ hostAddress: '192.168.1.20', displayMonitorId: 2 })).toEqual(['displayMonitorId']);
  });

  it('says each problem in Vietnamese and English', () => {
    const decision = decidePcSetup(firstRun({ pin: '1' }), null, []);
    expect(decision.kind === 'refused' && decision.problems[0]!.text).toEqual({
      vi: 'Mã PIN gồm 4 đến 8 chữ số.',
      en: 'The PIN is 4 to 8 digits.',
    });
  });

  it('checks the shape of what the page sends before believing any of it', () => {
    expect(pcChoiceInput.safeParse(firstRun({})).success).toBe(true);
    expect(pcChoiceInput.safeParse({ ...firstRun({}), role: 'admin' }).success).toBe(false);
    expect(pcChoiceInput.safeParse({ ...firstRun({}), managerPinHash: HASH }).success).toBe(false);
    expect(pcChoiceInput.safeParse({ ...firstRun({}), displayZoneId: -1 }).success).toBe(false);
  });
});
