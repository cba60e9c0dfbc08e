/** Starts the core and its LAN server; used by browser mode and by the Electron shell alike. */
import { openCore, type Core, type CoreOptions } from './core';
import { startDiscoveryResponder, type DiscoveryResponder } from './discovery/discovery-responder';
import { createLanServer, type LanServer } from './http/server';
import { lanAddress } from './lan-address';

export interface StartOptions extends CoreOptions {
  host?: string;
  port: number;
  version: string;
  rendererDir?: string;
  /** `LUOT_BOOTSTRAP_TOKEN`: registers this secret as an admin token (first setup and automation). */
  bootstrapToken?: string | undefined;
  /** UDP port answering stations that look for a host (default 48080; 0 any free port; `null` off). */
  discoveryPort?: number | null;
}

export interface RunningLuot {
  core: Core;
  server: LanServer;
  port: number;
  /** `http://<lan-address>:<port>` — what other PCs on the LAN open. */
  url: string;
  /** On a first start with no admin and no bootstrap token: a one-time admin sign-in link. */
  firstAdminLink: string | null;
  /** Answers stations looking for a host on the LAN. */
  discovery: DiscoveryResponder;
  stop(): Promise<void>;
}

export async function startLuot(options: StartOptions): Promise<RunningLuot> {
  const core = openCore(options);
  try {
    if (options.bootstrapToken) core.devices.registerBootstrap(options.bootstrapToken);
    const server = await createLanServer(core, { version: options.version, rendererDir: options.rendererDir });
    await server.app.listen({ host: options.host ?? '0.0.0.0', port: options.port });
    const address = server.app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const url = `http://${lanAddress(options.host)}:${port}`;
    // The status page's address printed on tickets, unless setup names another (src/server/citizen).
    core.citizen.settings.rememberLanOrigin(url);
    let firstAdminLink: string | null = null;
    if (!options.bootstrapToken && !core.devices.list().some((d) => d.role === 'admin' && d.revokedAt === null)) {
      const { token } = core.devices.create({ name: 'Quản trị (máy chủ)', role: 'admin', servicePointId: null });
      firstAdminLink = `${url}/signin#token=${token}`;
    }
    const discovery = await startDiscoveryResponder({
      port: options.discoveryPort,
      address: options.host,
      describe: () => ({ name: core.setup.settings().centerNameVi, version: options.version, url }),
    });
    return {
      core,
      server,
      port,
      url,
      firstAdminLink,
      discovery,
      async stop() {
        await discovery.close();
        await server.app.close();
        core.close();
      },
    };
  } catch (error) {
    core.close();
    throw error;
  }
}
