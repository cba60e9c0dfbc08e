/**
 * The host: runs the core and its LAN server in this process (with the Electron build of better-sqlite3),
 * answers stations looking for it, and opens its own screens on the server over loopback — each signed in as
 * its own device (host-sign-in.ts). Every screen, local or remote, talks to the core only through that server.
 */
import { session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startLuot } from '../server/start';
import type { Bilingual } from '../preload/bridge';
import { hostPartition, signInHostScreen, type HostScreenKind } from './host-sign-in';
import type { HostConfig } from './pc-config';
import { sqliteBindingPath, type AppLocation } from './resource-paths';
import type { OpenScreen, RunningRole } from './roles';
import { sqliteMissing } from './shell-text';
import { bringForward, shellWindows } from './shell-windows';
import { hostOrigin, parseSignInLink, portFromEnv, screenPath } from './window-url';

export interface HostDeps {
  at: AppLocation;
  userDataDir: string;
  version: string;
  discoveryPort: number | null;
  openScreen: OpenScreen;
}

/** A start-up problem the user can act on; `startFailure` shows its text. */
export class HostProblem extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

export async function startHost(config: HostConfig, deps: HostDeps): Promise<RunningRole> {
  const nativeBinding = sqliteBindingPath(deps.at, process.platform, process.arch);
  if (!existsSync(nativeBinding)) throw new HostProblem(sqliteMissing(nativeBinding));
  const luot = await startLuot({
    dataDir: join(deps.userDataDir, 'data'),
    host: '0.0.0.0',
    // LUOT_PORT wins, so a developer can run a second host beside an installed one.
    port: process.env.LUOT_PORT ? portFromEnv(process.env.LUOT_PORT) : config.port,
    version: deps.version,
    rendererDir: join(import.meta.dirname, '../renderer'),
    bootstrapToken: process.env.LUOT_BOOTSTRAP_TOKEN,
    nativeBinding,
    discoveryPort: deps.discoveryPort,
  });
  let running = true;
  const origin = hostOrigin(luot.port);
  const firstAdminToken = luot.firstAdminLink ? (parseSignInLink(luot.firstAdminLink)?.token ?? null) : null;

  const openHostScreen = async (kind: HostScreenKind) => {
    const open = shellWindows().find((w) => w.kind === kind);
    if (open) return bringForward(open.window);
    const partition = hostPartition(kind);
    await signInHostScreen(luot.core.devices, session.fromPartition(partition).cookies, origin, kind, firstAdminToken);
    deps.openScreen({ kind, url: `${origin}${screenPath(kind, config.displayZoneId)}`, origin, partition });
  };

  for (const kind of config.screens) await openHostScreen(kind);
  // A new center: its manager starts in the administration, to add services, counters and stations' devices.
  if (luot.firstAdminLink) await openHostScreen('admin');

  return {
    status: () => ({
      role: 'host',
      running,
      screensConnected: luot.server.hub.size,
      url: luot.url,
      discoveryProblem: luot.discovery.problem,
    }),
    openScreens: () => {
      for (const kind of config.screens) void openHostScreen(kind);
    },
    openAdministration: () => void openHostScreen('admin'),
    backupDatabase: async (file) => {
      await luot.core.db.backup(file);
    },
    stop: async () => {
      running = false;
      await luot.stop();
    },
  };
}
