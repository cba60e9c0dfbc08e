/**
 * A real server on loopback for the security tests, with the start options they need (a settable clock, low
 * limits), and requests sent with node:http so every header — Host, Origin, Cookie — is exactly what a test says
 * and the source address can be another loopback address (127.0.0.2 …).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLuot, type RunningLuot, type StartOptions } from '../../src/server/start';
import type { CreatedDevice } from '../../src/shared/api';
import type { ErrorBody } from '../../src/shared/errors';

export const ADMIN_KEY = 'trust-admin-secret-0123456789abcdef';

export interface Reply<T = unknown> {
  status: number;
  headers: IncomingHttpHeaders;
  body: T;
  text: string;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** Sent as `Authorization: Bearer`; null for none. Default: the admin key. */
  token?: string | null;
  cookie?: string;
  headers?: Record<string, string>;
  /** Source address, e.g. 127.0.0.2. */
  from?: string;
  /** Sent as it is instead of `body` (JSON no client would build, e.g. 5,000 levels deep). */
  rawBody?: string;
}

export function send<T = unknown>(port: number, path: string, options: RequestOptions = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...options.headers };
  const token = options.token === undefined ? ADMIN_KEY : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
        headers,
        localAddress: options.from,
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let body: unknown = null;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            body = text;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body as T, text });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The cookie pair (`luot_device=…`) a sign-in answer set, or null. */
export const cookieOf = (reply: Reply) => {
  const setCookie = reply.headers['set-cookie']?.[0];
  return setCookie ? setCookie.split(';')[0]! : null;
};

/** Whether an error body has its text in both languages (and they differ). */
export function isBilingual(body: unknown): boolean {
  const error = (body as Partial<ErrorBody> | null)?.error;
  return (
    typeof error?.code === 'string' &&
    typeof error.vi === 'string' &&
    typeof error.en === 'string' &&
    error.vi.length > 10 &&
    error.en.length > 10 &&
    error.vi !== error.en
  );
}

export interface TrustServer {
  luot: RunningLuot;
  port: number;
  dir: string;
  origin: string;
  send<T = unknown>(path: string, options?: RequestOptions): Promise<Reply<T>>;
  device(role: string, servicePointId?: number | null): Promise<CreatedDevice>;
  restart(more?: Partial<StartOptions>): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

export async function trustServer(
  options: Partial<StartOptions> = {},
  dir = mkdtempSync(join(tmpdir(), 'luot-trust-')),
): Promise<TrustServer> {
  let current = {
    dataDir: dir,
    host: '127.0.0.1',
    port: 0,
    version: 'test',
    bootstrapToken: ADMIN_KEY,
    discoveryPort: null,
    ...options,
  };
  let luot: RunningLuot | null = await startLuot(current);
  const server: TrustServer = {
    get luot() {
      return luot!;
    },
    port: luot.port,
    dir,
    origin: `http://127.0.0.1:${luot.port}`,
    send: (path, init) => send(server.port, path, init),
    async device(role, servicePointId = null) {
      const created = await server.send<CreatedDevice>('/api/devices', {
        body: { name: `Thiết bị ${role}`, role, servicePointId },
      });
      if (created.status !== 201) throw new Error(`device: ${created.text}`);
      return created.body;
    },
    async restart(more = {}) {
      await server.stop();
      current = { ...current, ...more, port: server.port };
      luot = await startLuot(current);
    },
    async stop() {
      await luot?.stop();
      luot = null;
    },
    async close() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** The token in a sign-in link. */
export const linkToken = (signInUrl: string) => new URL(signInUrl).hash.replace('#token=', '');
