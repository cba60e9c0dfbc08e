/** Bench plumbing: a real server process on loopback, HTTP as an admin, WebSocket listeners, statistics. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import WebSocket from 'ws';

export const TOKEN = 'bench-admin-token-0123456789abcdef';
const ROOT = join(import.meta.dirname, '..');

export interface ServerProcess {
  proc: ChildProcess;
  base: string;
  /** ms from spawn to the first successful `/api/health`. */
  startMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startServer(dataDir: string): Promise<ServerProcess> {
  // Warm the client first so its own first-request cost is not counted as the server's start.
  await api('http://127.0.0.1:9', '/').catch(() => undefined);
  const t0 = performance.now();
  const proc = spawn(
    process.execPath,
    [join(ROOT, 'out/server/standalone.js'), '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir],
    { env: { ...process.env, LUOT_BOOTSTRAP_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
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
  return {
    proc,
    base,
    startMs,
    rssMb() {
      const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    stop: () =>
      new Promise((resolve) => {
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

/** `count` WebSocket clients; `onEvent` sees every message with its arrival time and size. */
export async function connectClients(
  base: string,
  count: number,
  onEvent: (
    event: { kind: string; type?: string; ticket?: { id: number; servicePointId: number | null } },
    at: number,
    bytes: number,
  ) => void,
): Promise<WebSocket[]> {
  const url = `${base.replace('http', 'ws')}/api/events`;
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<WebSocket>((resolve, reject) => {
          const socket = new WebSocket(url, { headers: { authorization: `Bearer ${TOKEN}` } });
          socket.on('message', (data: Buffer) => onEvent(JSON.parse(data.toString()), performance.now(), data.length));
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
