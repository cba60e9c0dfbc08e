/** Bench plumbing: a real server process on loopback, HTTP as an admin, WebSocket listeners, statistics. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createConnection, type Socket } from 'node:net';
import { join } from 'node:path';
import WebSocket from 'ws';

export const TOKEN = 'bench-admin-token-0123456789abcdef';
const ROOT = join(import.meta.dirname, '..');

export interface ServerProcess {
  proc: ChildProcess;
  base: string;
  /** ms from spawn to the first successful `/api/health`. */
  startMs: number;
  /** CPU time (user + system) the process had used when `/api/health` first answered, ms. */
  startCpuMs: number;
  rssMb(): number;
  /** CPU time (user + system) the process has used so far, ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** The bundled browser-mode server on `dataDir`, as a center runs it. */
export const startServer = (dataDir: string, nodeOptions: string[] = []) =>
  startProcess([
    ...nodeOptions,
    join(ROOT, 'out/server/standalone.js'),
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data-dir',
    dataDir,
  ]);

/** The start-up floor: bare Fastify + better-sqlite3 opening `databaseFile` (bench/bare-server.mjs). */
export const startBareServer = (databaseFile: string) =>
  startProcess([join(ROOT, 'bench/bare-server.mjs'), databaseFile]);

const TICK_MS = 10; // Linux clock ticks are 1/100 s

/** CPU time of a process so far (utime + stime from /proc/<pid>/stat), ms. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Spawns `node <args>` and waits for its "listening on <url>" line, then for `/api/health` to answer 200. */
export async function startProcess(args: string[]): Promise<ServerProcess> {
  // Warm the client first so its own first-request cost is not counted as the server's start.
  await api('http://127.0.0.1:9', '/').catch(() => undefined);
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, LUOT_BOOTSTRAP_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    proc.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  for (;;) {
    try {
      if ((await api(base, '/api/health')).status === 200) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  const startMs = performance.now() - t0;
  const startCpuMs = processCpuMs(proc.pid!);
  return {
    proc,
    base,
    startMs,
    startCpuMs,
    rssMb() {
      const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    cpuMs: () => processCpuMs(proc.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

/**
 * The load generator's HTTP client: node:http with keep-alive, leaner than fetch, so the figures measure the
 * server rather than the client.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export function api<T = { ticket: { id: number } }>(
  base: string,
  path: string,
  body?: unknown,
  method = body === undefined ? 'GET' : 'POST',
): Promise<{ status: number; body: T }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      base + path,
      {
        method,
        agent,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: res.statusCode ?? 0, body: (text ? JSON.parse(text) : null) as T });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface Listener {
  socket: WebSocket;
}

export interface Received {
  kind: string;
  type?: string;
  ticket?: { servicePointId: number | null };
}

/**
 * `count` WebSocket clients; `onEvent` sees every event with its message's arrival time and the event's own
 * size (a message carries the events of one commit).
 */
export async function connectClients(
  base: string,
  count: number,
  onEvent: (event: Received, at: number, bytes: number) => void,
): Promise<WebSocket[]> {
  const url = `${base.replace('http', 'ws')}/api/events`;
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<WebSocket>((resolve, reject) => {
          const socket = new WebSocket(url, { headers: { authorization: `Bearer ${TOKEN}` } });
          socket.on('message', (data: Buffer) => {
            const at = performance.now();
            const events = JSON.parse(data.toString()) as Received[];
            for (const event of events) onEvent(event, at, Buffer.byteLength(JSON.stringify(event)));
          });
          socket.once('open', () => resolve(socket));
          socket.once('error', reject);
        }),
    ),
  );
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const median = (values: number[]) => percentile(values, 50);

/**
 * A minimal keep-alive HTTP/1.1 client on one socket for sequential request loops: the request bytes are built
 * once and the response is read by Content-Length only. It costs the load generator ~10× less CPU per request
 * than node:http, so a sequential rate measures the server (as wrk would) on a 2-core machine that runs both.
 */
export class SequentialClient {
  private socket: Socket | null = null;
  private buffered = Buffer.alloc(0);
  private waiting: ((status: number) => void) | null = null;

  constructor(private readonly base: string) {}

  async connect(): Promise<void> {
    const { hostname, port } = new URL(this.base);
    this.socket = createConnection({ host: hostname, port: Number(port), noDelay: true });
    this.socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.drain();
    });
    await new Promise<void>((resolve, reject) => {
      this.socket!.once('connect', resolve);
      this.socket!.once('error', reject);
    });
  }

  /** A POST with a JSON body; resolves with the status once the whole response has arrived. */
  post(path: string, body: unknown): Promise<number> {
    const payload = Buffer.from(JSON.stringify(body));
    const head =
      `POST ${path} HTTP/1.1\r\nHost: ${new URL(this.base).host}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${payload.length}\r\n\r\n`;
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.socket!.write(Buffer.concat([Buffer.from(head), payload]));
    });
  }

  close(): void {
    this.socket?.end();
  }

  private drain(): void {
    const end = this.buffered.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.buffered.subarray(0, end).toString('latin1');
    const length = Number(/content-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffered.length < end + 4 + length) return;
    this.buffered = this.buffered.subarray(end + 4 + length);
    const status = Number(head.slice(9, 12));
    const done = this.waiting;
    this.waiting = null;
    done?.(status);
  }
}
