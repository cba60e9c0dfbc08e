import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startLuot, type RunningLuot, type StartOptions } from '../../src/server/start';
import type { Ticket } from '../../src/shared/domain';
import type { ErrorBody } from '../../src/shared/errors';
import type { LuotEvent } from '../../src/shared/events';

/** The usual shapes of an answer; a test asks for another with `api<T>()`. */
export interface Answer {
  ticket: Ticket;
  from: Ticket;
  error: ErrorBody['error'];
  [key: string]: unknown;
}

interface RequestInit {
  method?: string;
  body?: unknown;
  token?: string | null;
  headers?: Record<string, string>;
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestServer {
  luot: RunningLuot;
  base: string;
  dir: string;
  /** JSON request as the admin, or as `token`. */
  api<T = Answer>(path: string, init?: RequestInit): Promise<{ status: number; body: T }>;
  restart(): Promise<TestServer>;
  close(): Promise<void>;
}

export async function testServer(
  dir = mkdtempSync(join(tmpdir(), 'luot-http-')),
  options: Partial<StartOptions> = {},
): Promise<TestServer> {
  const luot = await startLuot({
    ...options,
    dataDir: dir,
    host: '127.0.0.1',
    port: 0,
    version: 'test',
    bootstrapToken: ADMIN_TOKEN,
  });
  const base = `http://127.0.0.1:${luot.port}`;
  const server: TestServer = {
    luot,
    base,
    dir,
    async api<T = Answer>(path: string, init: RequestInit = {}) {
      const token = init.token === undefined ? ADMIN_TOKEN : init.token;
      const headers: Record<string, string> = { ...init.headers };
      if (token) headers.authorization = `Bearer ${token}`;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(base + path, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
    async restart() {
      await luot.stop();
      return testServer(dir, options);
    },
    async close() {
      await luot.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** A WebSocket on /api/events that collects what arrives. */
export async function listen(
  server: TestServer,
  headers: Record<string, string> = { authorization: `Bearer ${ADMIN_TOKEN}` },
) {
  const socket = new WebSocket(`${server.base.replace('http', 'ws')}/api/events`, { headers });
  const received: { event: LuotEvent; bytes: number }[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data: Buffer) => {
    const events = JSON.parse(data.toString()) as LuotEvent[];
    for (const event of events) received.push({ event, bytes: Buffer.byteLength(JSON.stringify(event)) });
    waiters.splice(0).forEach((w) => w());
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    socket.once('error', reject);
  });
  return {
    socket,
    received,
    /** Waits until `predicate` holds for what was received (or 5 s pass). */
    async until(predicate: (events: LuotEvent[]) => boolean): Promise<LuotEvent[]> {
      const deadline = Date.now() + 5000;
      while (!predicate(received.map((r) => r.event))) {
        if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(received.map((r) => r.event))}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received.map((r) => r.event);
    },
    close: () => socket.close(),
  };
}

/** Whether a WebSocket upgrade is refused, and with which HTTP status. */
export function upgradeStatus(server: TestServer, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${server.base.replace('http', 'ws')}/api/events`, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', () => resolve(-1));
  });
}
