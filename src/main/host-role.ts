/**
 * The host: runs the core and its LAN server in this process (with the Electron build of better-sqlite3),
 * answers stations looking for it, and opens its own screens on the server over loopback — each signed in as
 * its own device (host-sign-in.ts). Every screen, local or remote, talks to the core only through that server.
 */
import { powerSaveBlocker, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { canvasModule } from '../server/printing/native-modules';
import { startLuot } from '../server/start';
import type { Bilingual } from '../preload/bridge';
import { hostPartition, signInHostScreen, type HostScreenKind } from './host-sign-in';
import type { HostConfig } from './pc-config';
import { sqliteBindingPath, type AppLocation } from './resource-paths';
import type { OpenScreen, RunningRole } from './roles';
import { DATA_FOLDER } from './pc-folders';
import type { ShellLog } from './shell-log';
import { ShellProblem, sqliteMissing } from './shell-text';
import { bringForward, shellWindows } from './shell-windows';
import { hostOrigin, parseSignInLink, portFromEnv, screenPath } from './window-url';

export interface HostDeps {
  at: AppLocation;
  /** This PC's folder (pc-folders.ts): the database is in its `data`. */
  machineDir: string;
  log: ShellLog;
  version: string;
  discoveryPort: number | null;
  openScreen: OpenScreen;
}

const PRINTING_UNAVAILABLE: Bilingual = {
  vi: 'Không in được phiếu: thiếu thư viện vẽ phiếu (@napi-rs/canvas) — hãy cài lại Lượt.',
  en: 'Tickets cannot print: the ticket renderer (@napi-rs/canvas) is missing — reinstall Lượt.',
};

export async function startHost(config: HostConfig, deps: HostDeps): Promise<RunningRole> {
  const nativeBinding = sqliteBindingPath(deps.at, process.platform, process.arch);
  if (!existsSync(nativeBinding)) throw new ShellProblem(sqliteMissing(nativeBinding));
  const luot = await startLuot({
    dataDir: join(deps.machineDir, DATA_FOLDER),
    host: '0.0.0.0',
    // LUOT_PORT wins, so a developer can run a second host beside an installed one.
    port: process.env.LUOT_PORT ? portFromEnv(process.env.LUOT_PORT) : config.port,
    publicPort: process.env.LUOT_PUBLIC_PORT ? portFromEnv(process.env.LUOT_PUBLIC_PORT) : (config.publicPort ?? null),
    version: deps.version,
    rendererDir: join(import.meta.dirname, '../renderer'),
    bootstrapToken: process.env.LUOT_BOOTSTRAP_TOKEN,
    nativeBinding,
    discoveryPort: deps.discoveryPort,
  });
  let running = true;
  // A host that sleeps serves no one: Windows may turn the screen off, but not suspend the PC, while the core runs.
  const awake = powerSaveBlocker.start('prevent-app-suspension');
  const stop = async () => {
    running = false;
    if (powerSaveBlocker.isStarted(awake)) powerSaveBlocker.stop(awake);
    await luot.stop();
  };
  let printingProblem: Bilingual | null = null;
  const origin = hostOrigin(luot.port);
  const firstAdminToken = luot.firstAdminLink ? (parseSignInLink(luot.firstAdminLink)?.token ?? null) : null;

  const openHostScreen = async (kind: HostScreenKind) => {
    const open = shellWindows().find((w) => w.kind === kind);
    if (open) return bringForward(open.window);
    const partition = hostPartition(kind);
    await signInHostScreen(luot.core.devices, session.fromPartition(partition).cookies, origin, kind, firstAdminToken);
    deps.openScreen({ kind, url: `${origin}${screenPath(kind, config.displayZoneId)}`, origin, partition });
  };

  try {
    for (const kind of config.screens) await openHostScreen(kind);
    // A new center: its manager starts in the administration, to add services, counters and stations' devices.
    if (luot.firstAdminLink) await openHostScreen('admin');
  } catch (error) {
    await stop();
    throw error;
  }
  // The canvas loads on the first ticket; an installer without it would fail every ticket: find out now, once
  // the screens are open (it takes a few tens of milliseconds), and say so in the tray.
  setImmediate(() => {
    try {
      canvasModule();
    } catch (error) {
      deps.log.write('Không nạp được @napi-rs/canvas / cannot load the ticket renderer:', error);
      printingProblem = PRINTING_UNAVAILABLE;
    }
  });

  return {
    status: () => ({
      role: 'host',
      running,
      screensConnected: luot.server.hub.size,
      url: luot.url,
      discoveryProblem: luot.discovery.problem,
      problems: printingProblem ? [printingProblem] : [],
    }),
    openScreens: () => {
      for (const kind of config.screens) void openHostScreen(kind);
    },
    openAdministration: () => void openHostScreen('admin'),
    backupDatabase: async (file) => {
      await luot.core.db.backup(file);
    },
    stop,
  };
}
