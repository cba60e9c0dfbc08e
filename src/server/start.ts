/** Starts the core and its LAN server; used by browser mode and by the Electron shell alike. */
import type { Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import { assertStrongBootstrapSecret } from './auth/bootstrap-secret';
import type { GuessLimitOptions } from './auth/guess-limits';
import { BackupService } from './backup/backup-service';
import { inspectBackup, keptAsideFolder, putBackupInPlace, takeBackKeptAside } from './backup/restore';
import { DATABASE_FILE_NAME, openCore, type Core, type CoreOptions } from './core';
import { lockDataFolder } from './db/data-lock';
import { startDiscoveryResponder, type DiscoveryResponder } from './discovery/discovery-responder';
import type { ConnectionLimits } from './http/connection-limits';
import { createPublicPort } from './http/public-port';
import { createLanServer, type LanServer } from './http/server';
import { lanAddress } from './lan-address';
import { NotesRetention } from './privacy/notes-retention';

export interface StartOptions extends CoreOptions {
  host?: string;
  port: number;
  version: string;
  rendererDir?: string;
  /** `LUOT_BOOTSTRAP_TOKEN`: registers this secret as an admin key (first setup and automation). */
  bootstrapToken?: string | undefined;
  /** UDP port answering stations that look for a host (default 48080; 0 any free port; `null` off). */
  discoveryPort?: number | null;
  /** Names the host answers to besides its addresses and computer name (`LUOT_HOST_NAMES`). */
  hostNames?: readonly string[];
  guessLimits?: GuessLimitOptions;
  connectionLimits?: Partial<ConnectionLimits>;
  /**
   * The hall's own port (`LUOT_PUBLIC_PORT`; off when absent): it serves only the status page and the sign-in
   * page, so a guest Wi-Fi can be let reach this port alone (docs/security.md). 0: any free port.
   */
  publicPort?: number | null;
}

export interface RunningLuot {
  /** The core and server in use (both are new after a restore). */
  readonly core: Core;
  readonly server: LanServer;
  port: number;
  /** The hall's own port when one was asked for, else null. */
  publicPort: number | null;
  /** `http://<lan-address>:<port>` — what other PCs on the LAN open. */
  url: string;
  /**
   * When no administrator could sign in (a new center, or every admin revoked): a one-time admin sign-in
   * link, valid for a few minutes. Show it only where no log keeps it; `admin-link` makes another.
   */
  firstAdminLink: string | null;
  /** The `LUOT_BOOTSTRAP_TOKEN` given was revoked by an administrator and no longer signs in. */
  bootstrapRevoked: boolean;
  /** Answers stations looking for a host on the LAN. */
  discovery: DiscoveryResponder;
  readonly backups: BackupService;
  /** Puts a backup in place of the data (kept aside, not deleted) and serves it, on the same port. */
  restore(backupFile: string, keptAsideIn?: string): Promise<{ keptAsideIn: string }>;
  stop(): Promise<void>;
}

export async function startLuot(options: StartOptions): Promise<RunningLuot> {
  if (options.bootstrapToken !== undefined && options.bootstrapToken !== '')
    assertStrongBootstrapSecret(options.bootstrapToken);
  const databaseFile = options.databaseFile ?? join(options.dataDir ?? '.', DATABASE_FILE_NAME);
  const lock = lockDataFolder(databaseFile, options.nativeBinding);
  let serving: Serving | null = null;
  let discovery: DiscoveryResponder | null = null;
  try {
    let port = options.port;
    let publicPort = options.publicPort ?? null;
    const open = async (): Promise<Serving> => {
      const opened = await serve(options, databaseFile, { port, publicPort }, () => restore);
      port = opened.port;
      publicPort = opened.publicPort;
      // The status page's address printed on tickets, unless setup names another (src/server/citizen): the
      // hall's own port when there is one, since the citizens' phones reach only that one.
      if (!opened.core.damage)
        opened.core.citizen.settings.rememberLanOrigin(`http://${lanAddress(options.host)}:${publicPort ?? port}`);
      return opened;
    };
    serving = await open();
    const url = `http://${lanAddress(options.host)}:${port}`;
    lock.announce(url);
    const { core } = serving;
    const bootstrap = options.bootstrapToken ? core.devices.registerBootstrap(options.bootstrapToken) : null;
    const firstAdminLink = someAdminCanSignIn(core) ? null : newAdminLink(core, url);

    const restore = async (backupFile: string, keptAsideIn = keptAsideFolder(databaseFile, Date.now())) => {
      inspectBackup(backupFile, options.nativeBinding);
      await serving!.close();
      try {
        putBackupInPlace(databaseFile, backupFile, keptAsideIn, options.nativeBinding);
        serving = await open();
      } catch (error) {
        takeBackKeptAside(databaseFile, keptAsideIn);
        serving = await open();
        throw error;
      }
      return { keptAsideIn };
    };

    discovery = await startDiscoveryResponder({
      port: options.discoveryPort,
      address: options.host,
      describe: () => ({ name: serving!.core.setup.settings().centerNameVi, version: options.version, url }),
    });
    const running: RunningLuot = {
      get core() {
        return serving!.core;
      },
      get server() {
        return serving!.server;
      },
      get backups() {
        return serving!.backups;
      },
      port,
      publicPort,
      url,
      firstAdminLink,
      bootstrapRevoked: bootstrap?.revokedAt != null,
      discovery,
      restore,
      async stop() {
        await discovery?.close();
        await serving?.close();
        lock.release();
      },
    };
    return running;
  } catch (error) {
    await discovery?.close();
    await serving?.close();
    lock.release();
    throw error;
  }
}

/** How long after the host listens its database is checked: the screens of a restart have reconnected by then. */
export const CHECK_AFTER_START_MS = 3_000;

interface Serving {
  core: Core;
  server: LanServer;
  backups: BackupService;
  port: number;
  publicPort: number | null;
  close(): Promise<void>;
}

/** Opens the database and serves it: the core, the LAN server, the daily backup and the notes retention. */
async function serve(
  options: StartOptions,
  databaseFile: string,
  ports: { port: number; publicPort: number | null },
  restore: () => RunningLuot['restore'],
): Promise<Serving> {
  const core = openCore({ ...options, databaseFile });
  let hall: HttpServer | null = null;
  try {
    const backups = new BackupService({
      db: core.db,
      databaseFile,
      clock: core.now,
      nativeBinding: options.nativeBinding,
      onReadBackFailed: () => void core.check.run(),
    });
    const retention = new NotesRetention(core.db, core.now);
    const server = await createLanServer(core, {
      version: options.version,
      rendererDir: options.rendererDir,
      hostNames: options.hostNames,
      guessLimits: options.guessLimits,
      connectionLimits: options.connectionLimits,
      backups,
      retention,
      restore: (file, keptAsideIn) => restore()(file, keptAsideIn),
    });
    await server.app.listen({ host: options.host ?? '0.0.0.0', port: ports.port });
    const address = server.app.server.address();
    hall = ports.publicPort === null ? null : createPublicPort(server.app, server.limits);
    if (hall) await listen(hall, options.host ?? '0.0.0.0', ports.publicPort!);
    const hallAddress = hall?.address();
    // A damaged database is not copied over the good backups, nor cleaned: it is only read until restored.
    backups.start();
    retention.start();
    core.check.onDamage(() => {
      retention.stop();
      void backups.stop();
    });
    // Checked once the host has answered its first requests (quick-check.ts): the check reads every page, in a
    // second Node process on a year of data, and neither the first request nor the screens reconnecting after a
    // restart need it — started at once, it took the PC's CPU and disk from them (issue 25, decision 0022).
    const checkSoon = setTimeout(() => void core.check.run(), CHECK_AFTER_START_MS);
    return {
      core,
      server,
      backups,
      port: typeof address === 'object' && address ? address.port : ports.port,
      publicPort: typeof hallAddress === 'object' && hallAddress ? hallAddress.port : null,
      async close() {
        clearTimeout(checkSoon);
        retention.stop();
        await closeServer(hall);
        await backups.stop();
        await server.app.close();
        core.close();
      },
    };
  } catch (error) {
    await closeServer(hall);
    core.close();
    throw error;
  }
}

function listen(server: HttpServer, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function closeServer(server: HttpServer | null): Promise<void> {
  if (!server?.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}

const someAdminCanSignIn = (core: Core) => core.devices.list().some((d) => d.role === 'admin' && d.revokedAt === null);

/** A one-time sign-in link for a new administrator device, for a center where nobody can sign in as one. */
export function newAdminLink(core: Core, origin: string, name = 'Quản trị (máy chủ)'): string {
  const { device } = core.devices.create({ name, role: 'admin', servicePointId: null });
  return `${origin}/signin#token=${core.devices.passes.issueLink(device.id).linkToken}`;
}
