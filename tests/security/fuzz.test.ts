/**
 * Malformed input, thousands of times: JSON of every wrong shape to every route, broken paths and queries, bad
 * headers and secrets, raw bytes no HTTP client would send, and WebSocket handshakes and frames of every wrong
 * kind. The built server runs as its own process. Wanted: zero 5xx, every refusal in Vietnamese and English,
 * the server still up and its database whole. A seeded generator makes a failure repeatable (the seed is in the
 * test name).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rawExchange } from './raw-http';
import { spawnServer, type SpawnedServer } from './spawned';
import { isBilingual } from './trust-server';
import { CHANGES, IDS, READS, rng, SEED, weirdBody, WEIRD } from './fuzz-cases';

const KEY = 'fuzz-admin-secret-0123456789abcdef';
interface Outcome {
  status: number;
  body: string;
  what: string;
}

let server: SpawnedServer;
let dir: string;
let port: number;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

function http(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
  from?: string,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { host: `127.0.0.1:${port}`, ...headers },
        agent: from ? false : agent,
        localAddress: from,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, what: `${method} ${path}` }));
      },
    );
    req.on('error', (error) => resolve({ status: -1, body: String(error), what: `${method} ${path}` }));
    req.end(body);
  });
}

/** Checks an answer: no 5xx; a refusal is JSON in both languages (a PNG or the screens' page are not refusals). */
function judge(outcome: Outcome, problems: string[]): void {
  if (outcome.status >= 500 || outcome.status <= 0) {
    problems.push(`${outcome.what} → ${outcome.status} ${outcome.body.slice(0, 200)}`);
    return;
  }
  if (outcome.status < 400) return;
  let body: unknown = null;
  try {
    body = JSON.parse(outcome.body);
  } catch {
    // Not JSON: not bilingual.
  }
  if (!isBilingual(body))
    problems.push(`${outcome.what} → ${outcome.status} not bilingual: ${outcome.body.slice(0, 200)}`);
}

async function inParallel<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        results.push(await job());
      }
    }),
  );
  return results;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'luot-fuzz-'));
  server = await spawnServer(dir, { LUOT_BOOTSTRAP_TOKEN: KEY });
  port = Number(new URL(server.base).port);
  // Something to act on: a few tickets.
  for (let i = 0; i < 5; i++)
    await http(
      'POST',
      '/api/tickets',
      { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      '{"serviceId":1}',
    );
});

afterAll(async () => {
  agent.destroy();
  await server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

let sent = 0;

describe(`fuzzing the LAN server (seed ${SEED})`, () => {
  it('answers 4,000 malformed API requests with no 5xx and every refusal in both languages', async () => {
    const problems: string[] = [];
    const jobs = Array.from({ length: 4000 }, (_, i) => () => {
      const id = rng.pick(IDS);
      const auth: Record<string, string> = rng.int(10) === 0 ? {} : { authorization: `Bearer ${KEY}` };
      if (rng.int(12) === 0) auth['idempotency-key'] = rng.pick(['', 'x'.repeat(300), 'k1', '\t']);
      if (i % 3 === 2) return http('GET', rng.pick(READS)(id), auth);
      const change = rng.pick(CHANGES);
      const body = weirdBody();
      const headers: Record<string, string> = { ...auth };
      if (body.type) headers['content-type'] = body.type;
      return http(change.method, change.path(id), headers, body.text);
    });
    const statuses = new Map<number, number>();
    for (const outcome of await inParallel(jobs, 8)) {
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      judge(outcome, problems);
    }
    sent += jobs.length;
    expect(problems.slice(0, 20)).toEqual([]);
    // The cases reach the routes' own checks, not only the front door.
    for (const status of [400, 404, 409, 413, 415]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
    if (process.env.LUOT_FUZZ_REPORT) console.log('statuses', Object.fromEntries(statuses));
  });

  it('answers forged secrets and cookies from other machines in both languages (and limits them)', async () => {
    const problems: string[] = [];
    const statuses = new Set<number>();
    const jobs = Array.from({ length: 300 }, (_, i) => () => {
      const from = `127.0.0.${10 + (i % 8)}`;
      const kind = i % 4;
      const headers: Record<string, string> =
        kind === 0
          ? { authorization: `Bearer luot_${'A'.repeat(43)}${i}` }
          : kind === 1
            ? { cookie: `luot_device=${rng.pick(['', 'x', 'luotsession_forged', '%ZZ', 'a'.repeat(3000)])}${i}` }
            : kind === 2
              ? {
                  authorization: rng.pick([
                    'Bearer',
                    'Bearer ',
                    'Basic YWRtaW46YWRtaW4=',
                    'bearer x',
                    'Bearer \u00ff\u00fe\u00e9',
                  ]),
                }
              : { 'content-type': 'application/json' };
      const body = kind === 3 ? JSON.stringify({ token: rng.pick(WEIRD), code: rng.pick(WEIRD) }) : undefined;
      return http(kind === 3 ? 'POST' : 'GET', kind === 3 ? '/api/session' : '/api/queue', headers, body, from);
    });
    for (const outcome of await inParallel(jobs, 8)) {
      statuses.add(outcome.status);
      judge(outcome, problems);
    }
    sent += jobs.length;
    expect(problems.slice(0, 20)).toEqual([]);
    expect(statuses.has(429)).toBe(true);
  });

  it('answers 600 malformed raw requests — broken lines, headers, lengths, encodings — in both languages', async () => {
    const problems: string[] = [];
    const host = `Host: 127.0.0.1:${port}\r\n`;
    const valid = `POST /api/tickets HTTP/1.1\r\n${host}Authorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n{"serviceId":1}`;
    const templates = [
      `GET /api/%E0%A4%A HTTP/1.1\r\n${host}\r\n`,
      `GET /api/health HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      `GET /api/health HTTP/1.1\r\n${host}No colon here\r\n\r\n`,
      `GET /api/health HTTP/1.1\r\n${host}X-Bad\u0001: 1\r\n\r\n`,
      `BREW /api/health HTTP/1.1\r\n${host}\r\n`,
      `GET /api/health HTTP/7.0\r\n${host}\r\n`,
      `GET api/health HTTP/1.1\r\n${host}\r\n`,
      `GET /api/health\r\n${host}\r\n`,
      `POST /api/tickets HTTP/1.1\r\n${host}Content-Length: -5\r\n\r\n`,
      `POST /api/tickets HTTP/1.1\r\n${host}Content-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef`,
      `POST /api/tickets HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n`,
      `POST /api/tickets HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n`,
      `POST /api/tickets HTTP/1.1\r\n${host}Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n`,
      `GET /api/health HTTP/1.1\r\nHost: evil.example\r\n\r\n`,
      `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nHost: evil.example\r\n\r\n`,
      `GET /\u00ff\u00fe HTTP/1.1\r\n${host}\r\n`,
      `GET /api/health HTTP/1.1\r\n${host}Authorization: Bearer ${'x'.repeat(15_000)}\r\n\r\n`,
      `\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003`,
      `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`,
      `GET /api/events HTTP/1.1\r\n${host}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: bad\r\nAuthorization: Bearer ${KEY}\r\n\r\n`,
      `GET /api/events HTTP/1.1\r\n${host}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 99\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nAuthorization: Bearer ${KEY}\r\n\r\n`,
      `POST /api/events HTTP/1.1\r\n${host}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
    ];
    const mutate = (text: string) => {
      const bytes = Buffer.from(text, 'latin1');
      for (let flips = 1 + rng.int(3); flips > 0; flips--) bytes[rng.int(bytes.length)] = rng.int(256);
      return bytes;
    };
    const jobs = Array.from({ length: 600 }, (_, i) => async () => {
      const bytes = i < templates.length * 10 ? Buffer.from(templates[i % templates.length]!, 'latin1') : mutate(valid);
      const answer = await rawExchange(port, bytes, { waitMs: 3000, end: true });
      return { answer, what: `raw #${i}: ${JSON.stringify(bytes.toString('latin1').slice(0, 80))}` };
    });
    let answered = 0;
    for (const { answer, what } of await inParallel(jobs, 16)) {
      // A request cut short gets no answer: the server waits for the rest, then closes. Anything it answers is judged.
      if (answer.status === 0) continue;
      answered++;
      judge({ status: answer.status, body: answer.body, what }, problems);
    }
    sent += jobs.length;
    expect(answered).toBeGreaterThan(300);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('survives 300 bad WebSocket handshakes and frames', async () => {
    const problems: string[] = [];
    const url = `ws://127.0.0.1:${port}/api/events`;
    const jobs = Array.from({ length: 300 }, (_, i) => async () => {
      const kind = i % 3;
      if (kind === 0) {
        // Refused upgrades: no secret, a forged one, another site's page with a cookie.
        const headers = rng.pick([
          {},
          { authorization: 'Bearer nope-nope-nope-nope' },
          { cookie: 'luot_device=luotsession_x', origin: 'http://evil.example' },
        ]);
        return new Promise<void>((resolve) => {
          const socket = new WebSocket(url, { headers, localAddress: `127.0.0.${40 + (i % 10)}` });
          socket.once('unexpected-response', (_req, res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => {
              judge(
                { status: res.statusCode ?? 0, body: text, what: `ws upgrade ${JSON.stringify(headers)}` },
                problems,
              );
              resolve();
            });
          });
          socket.once('open', () => {
            problems.push(`ws upgrade ${JSON.stringify(headers)} was accepted`);
            socket.close();
            resolve();
          });
          socket.once('error', () => resolve());
        });
      }
      // Signed-in sockets that send junk: text, binary, too large, or broken frames.
      return new Promise<void>((resolve) => {
        const socket = new WebSocket(url, { headers: { authorization: `Bearer ${KEY}` } });
        socket.once('open', () => {
          const junk = rng.int(4);
          if (junk === 0) socket.send(JSON.stringify(rng.pick(WEIRD)));
          else if (junk === 1) socket.send(Buffer.from([0, 255, 1, 254]));
          else if (junk === 2) socket.send('x'.repeat(20_000));
          else
            (socket as unknown as { _socket: { write(b: Buffer): void } })._socket.write(
              Buffer.from([0x8f, 0x85, 1, 2, 3, 4, 5]),
            );
          setTimeout(() => socket.terminate(), 50);
        });
        socket.once('close', () => resolve());
        socket.once('error', () => resolve());
      });
    });
    await inParallel(jobs, 10);
    sent += jobs.length;
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it(`is still up afterwards, still works, and its database is whole (≥ 5,000 requests in all)`, async () => {
    expect(sent).toBeGreaterThanOrEqual(5000);
    const health = await http('GET', '/api/health', {}, undefined, '127.0.0.99');
    expect(health.status).toBe(200);
    const issued = await http(
      'POST',
      '/api/tickets',
      { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      '{"serviceId":1}',
      '127.0.0.99',
    );
    expect(issued.status).toBe(201);
    const db = new Database(join(dir, 'luot.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
    expect(server.child.exitCode).toBe(null);
  });
});
