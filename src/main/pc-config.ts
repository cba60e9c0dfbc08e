/**
 * What this PC is, remembered in `luot-pc.json` in the PC's folder (pc-folders.ts): the host (runs the core) or a
 * station (opens a screen of a host on the LAN). Read once at start and parsed with zod, because the file can be edited by hand
 * or cut short by a power failure; a file that does not parse sends the PC back to its first-run page.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PIN_HASH_PATTERN } from './manager-pin';
import { DEFAULT_PORT } from './window-url';

export const PC_CONFIG_FILE = 'luot-pc.json';

const rect = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });

const common = {
  schemaVersion: z.literal(1),
  managerPinHash: z.string().regex(PIN_HASH_PATTERN),
  /** Greeter and display windows fill the screen with no menus; leaving needs the PIN. */
  kiosk: z.boolean().default(false),
  startWithWindows: z.boolean().default(false),
  /** `/display?zone=<id>`: a display that shows one zone's counters; `null` shows all. */
  displayZoneId: z.number().int().positive().nullable().default(null),
  /** The monitor the manager put the wall display on (see monitor-choice.ts). */
  displayMonitor: z.object({ id: z.number().int(), bounds: rect }).nullable().default(null),
};

/** An http(s) origin — `http://192.168.1.20:8080` — with nothing after it. */
const origin = z.url({ protocol: /^https?$/ }).refine((url) => new URL(url).origin === url, 'an origin only');

export const hostConfig = z.object({
  role: z.literal('host'),
  ...common,
  port: z.number().int().min(1).max(65_535).default(DEFAULT_PORT),
  /** The hall's own port (status pages and sign-in only) for a guest Wi-Fi; off when absent (docs/security.md). */
  publicPort: z.number().int().min(1).max(65_535).optional(),
  /** The screens the host opens at start; the setup (admin) window opens from the menu. */
  screens: z.array(z.enum(['greeter', 'display'])).default(['greeter', 'display']),
});

export const stationConfig = z.object({
  role: z.literal('station'),
  ...common,
  hostUrl: origin,
  /** A counter opens at `/`, which sends it to the counter its device is bound to. */
  screen: z.enum(['greeter', 'counter', 'display']),
});

export const pcConfig = z.discriminatedUnion('role', [hostConfig, stationConfig]);

export type HostConfig = z.infer<typeof hostConfig>;
export type StationConfig = z.infer<typeof stationConfig>;
export type PcConfig = z.infer<typeof pcConfig>;
/** A screen a PC opens at start (the administration opens on demand). */
export type StartScreen = 'greeter' | 'counter' | 'display';

export type LoadedPcConfig =
  | { kind: 'configured'; config: PcConfig }
  | { kind: 'first-run' }
  /** The file existed but did not parse; it was kept beside, renamed, for whoever wants to look. */
  | { kind: 'unreadable'; keptAs: string };

export function parsePcConfig(json: string): PcConfig | null {
  try {
    const parsed = pcConfig.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function loadPcConfig(dir: string): Promise<LoadedPcConfig> {
  const file = join(dir, PC_CONFIG_FILE);
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { kind: 'first-run' };
    throw error;
  }
  const config = parsePcConfig(json);
  if (config) return { kind: 'configured', config };
  const keptAs = `${file}.unreadable-${Date.now()}`;
  await rename(file, keptAs);
  return { kind: 'unreadable', keptAs };
}

/** Written beside, flushed and renamed over: a power cut leaves the old file or the new one, never half of one. */
export async function savePcConfig(dir: string, config: PcConfig): Promise<void> {
  const file = join(dir, PC_CONFIG_FILE);
  const json = `${JSON.stringify(pcConfig.parse(config), null, 2)}\n`;
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  // The machine folder is made by the installer; a development run on Windows makes it here.
  await mkdir(dir, { recursive: true });
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(json);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
}

/** The screens this PC opens at start. */
export function screensOf(config: PcConfig): StartScreen[] {
  return config.role === 'host' ? config.screens : [config.screen];
}
