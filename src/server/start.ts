/** Starts the core and its LAN server; used by browser mode and by the Electron shell alike. */
import { networkInterfaces } from 'node:os';
import { openCore, type Core, type CoreOptions } from './core';
import { createLanServer, type LanServer } from './http/server';

export interface StartOptions extends CoreOptions {
  host?: string;
  port: number;
  version: string;
  rendererDir?: string;
  /** `LUOT_BOOTSTRAP_TOKEN`: registers this secret as an admin token (first setup and automation). */
  bootstrapToken?: string | undefined;
}

export interface RunningLuot {
  core: Core;
  server: LanServer;
  port: number;
  /** `http://<lan-address>:<port>` — what other PCs on the LAN open. */
  url: string;
  /** On a first start with no admin and no bootstrap token: a one-time admin sign-in link. */
  firstAdminLink: string | null;
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
    let firstAdminLink: string | null = null;
    if (!options.bootstrapToken && !core.devices.list().some((d) => d.role === 'admin' && d.revokedAt === null)) {
      const { token } = core.devices.create({ name: 'Quản trị (máy chủ)', role: 'admin', servicePointId: null });
      firstAdminLink = `${url}/signin#token=${token}`;
    }
    return {
      core,
      server,
      port,
      url,
      firstAdminLink,
      async stop() {
        await server.app.close();
        core.close();
      },
    };
  } catch (error) {
    core.close();
    throw error;
  }
}

/** The address other machines reach this one at: the first non-internal IPv4, else the bound host. */
export function lanAddress(host?: string): string {
  if (host && host !== '0.0.0.0' && host !== '::') return host;
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return 'localhost';
}
