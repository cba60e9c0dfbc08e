/** Whether the host's LAN server can have a TCP port, and the next one that is free. Plain Node. */
import { createServer } from 'node:net';

/** Listens for a moment on every interface, as the LAN server will; any refusal means "not available". */
export function portAvailable(port: number, host = '0.0.0.0'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The first free port after `port` (at most `tries` of them), or `null`. */
export async function nextFreePort(port: number, tries = 50, host = '0.0.0.0'): Promise<number | null> {
  for (let candidate = port + 1; candidate <= Math.min(port + tries, 65_535); candidate += 1)
    if (await portAvailable(candidate, host)) return candidate;
  return null;
}
