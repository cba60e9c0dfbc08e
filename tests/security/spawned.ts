/** The built browser-mode server (npm test builds it first) as its own process: started, killed, run as a command. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SERVER = join(import.meta.dirname, '../../out/server/standalone.js');

function assertBuilt(): void {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build:server" (npm test does)`);
}

export interface SpawnedServer {
  child: ChildProcess;
  base: string;
  /** Everything it printed so far. */
  output(): string;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnServer(
  dataDir: string,
  env: Record<string, string | undefined> = {},
): Promise<SpawnedServer> {
  assertBuilt();
  const child = spawn(process.execPath, [SERVER, '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir], {
    env: { ...process.env, LUOT_BOOTSTRAP_TOKEN: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!.replace(/\/\/[^:]+:/, '//127.0.0.1:'));
    };
    child.stdout!.on('data', check);
    void exited.then((code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  // The lines after "listening" are printed in the same turn; give them a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    child,
    base,
    output: () => out,
    exited,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Runs the server entry as a one-off command (`admin-link`, `restore …`) or a start that should fail. */
export function runCommand(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  assertBuilt();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER, ...args], {
      env: { ...process.env, LUOT_BOOTSTRAP_TOKEN: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
