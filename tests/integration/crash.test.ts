import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SERVER = join(import.meta.dirname, '../../out/server/standalone.js');
const TOKEN = 'crash-test-token-0123456789abcdef';
let dir: string;
let child: ChildProcess | null = null;

afterEach(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** The built browser-mode server (npm test builds it first), as a separate process we can kill. */
async function start(): Promise<string> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build:server" (npm test does)`);
  child = spawn(process.execPath, [SERVER, '--port', '0', '--host', '127.0.0.1', '--data-dir', dir], {
    env: { ...process.env, LUOT_BOOTSTRAP_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    child!.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

async function kill9(): Promise<void> {
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  child!.kill('SIGKILL');
  await exited;
  child = null;
}

const post = (base: string, path: string, body: unknown, token = TOKEN, key?: string) =>
  fetch(base + path, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(body),
  });

/** An operation the server answered 2xx for: it must be in the database after any crash. */
interface Acknowledged {
  type: 'issued' | 'called' | 'started' | 'resolved' | 'no_show' | 'transferred' | 'recalled';
  ticketId: number;
  status: string;
}

/**
 * A burst from a morning's screens: two greeters issuing, five counters calling, starting, resolving, marking
 * absent, recalling and transferring — each client going on until the server dies under it.
 */
function burst(
  base: string,
  counterTokens: Map<number, string>,
  acknowledged: Acknowledged[],
  stop: () => boolean,
  serverErrors: string[],
) {
  let n = 0;
  const act = async (path: string, body: unknown, token: string) => {
    const response = await post(base, path, body, token, `k${n++}-${Math.random()}`);
    if (response.status >= 500) {
      serverErrors.push(`${path}: ${response.status} ${await response.text()}`);
      throw new Error('5xx');
    }
    return response.ok && response.status !== 204
      ? ((await response.json()) as { ticket: { id: number; status: string } })
      : null;
  };
  const record = (type: Acknowledged['type'], answer: { ticket: { id: number; status: string } } | null) => {
    if (answer) acknowledged.push({ type, ticketId: answer.ticket.id, status: answer.ticket.status });
    return answer;
  };
  const greeter = async (offset: number) => {
    for (let i = 0; !stop(); i++)
      record('issued', await act('/api/tickets', { serviceId: 1 + ((i + offset) % 4), note: `khách ${i}` }, TOKEN));
  };
  const counter = async (point: number, token: string) => {
    for (let i = 0; !stop(); i++) {
      const called = record('called', await act(`/api/service-points/${point}/call-next`, {}, token));
      if (!called) continue;
      const id = called.ticket.id;
      if (i % 5 === 1) {
        record('recalled', await act(`/api/tickets/${id}/recall`, {}, token));
        record('no_show', await act(`/api/tickets/${id}/no-show`, {}, token));
        continue;
      }
      record('started', await act(`/api/tickets/${id}/start`, {}, token));
      if (i % 4 === 2)
        record('transferred', await act(`/api/tickets/${id}/transfer`, { toServiceId: 6, placement: 'front' }, token));
      else
        record(
          'resolved',
          await act(`/api/tickets/${id}/resolve`, { outcome: 'completed', fileCode: `HS${id}` }, token),
        );
    }
  };
  return [greeter(0), greeter(2), ...[...counterTokens].map(([point, token]) => counter(point, token))].map((client) =>
    client.catch(() => undefined),
  );
}

describe('crash safety', () => {
  it('keeps every answered ticket when the server process is killed (kill -9) and restarted', async () => {
    dir = mkdtempSync(join(tmpdir(), 'luot-crash-'));
    let base = await start();
    const codes: string[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await post(base, '/api/tickets', { serviceId: 1 + (i % 2) });
      codes.push(((await response.json()) as { ticket: { displayCode: string } }).ticket.displayCode);
    }
    // Requests in flight when the power goes: answered or not, nothing answered may be lost.
    const inFlight = Array.from({ length: 10 }, () => post(base, '/api/tickets', { serviceId: 3 }).catch(() => null));
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child!.kill('SIGKILL');
    await Promise.all([exited, ...inFlight]);

    base = await start();
    const queue = (await (
      await fetch(`${base}/api/queue`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).json()) as {
      services: { waiting: { displayCode: string }[] }[];
    };
    const waiting = queue.services.flatMap((s) => s.waiting.map((t) => t.displayCode));
    for (const code of codes) expect(waiting).toContain(code);
    // Numbering goes on after the last number that was taken, never reusing one.
    const next = (await (await post(base, '/api/tickets', { serviceId: 1 })).json()) as { ticket: { number: number } };
    expect(next.ticket.number).toBe(14);
  });

  it('keeps every acknowledged step of a burst from seven screens through kill -9 at a random moment, twice', async () => {
    dir = mkdtempSync(join(tmpdir(), 'luot-crash-burst-'));
    let base = await start();
    const counterTokens = new Map<number, string>();
    for (const point of [1, 2, 3, 4, 5]) {
      const created = await post(base, '/api/devices', {
        name: `Quầy ${point}`,
        role: 'counter',
        servicePointId: point,
      });
      counterTokens.set(point, ((await created.json()) as { token: string }).token);
    }
    const acknowledged: Acknowledged[] = [];
    const serverErrors: string[] = [];
    for (let round = 0; round < 2; round++) {
      let dead = false;
      const clients = burst(base, counterTokens, acknowledged, () => dead, serverErrors);
      // Somewhere in the middle of the burst, the power goes.
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 1200));
      await kill9();
      dead = true;
      await Promise.all(clients);
      base = await start();
    }
    await kill9();
    expect(serverErrors).toEqual([]);

    const db = new Database(join(dir, 'luot.db'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(acknowledged.length).toBeGreaterThan(50);
      const events = db.prepare('SELECT type, ticket_id AS ticketId FROM events').all() as {
        type: string;
        ticketId: number;
      }[];
      const seen = new Set(events.map((e) => `${e.type} ${e.ticketId}`));
      const lost = acknowledged.filter((op) => !seen.has(`${op.type} ${op.ticketId}`));
      expect(lost).toEqual([]);
      // Each ticket is at least as far along as its last acknowledged step said.
      const final = new Map(
        (db.prepare('SELECT id, status FROM tickets').all() as { id: number; status: string }[]).map((t) => [
          t.id,
          t.status,
        ]),
      );
      const after: Record<string, string[]> = {
        waiting: ['waiting', 'called', 'serving', 'resolved', 'no_show', 'transferred', 'cancelled'],
        called: ['called', 'serving', 'resolved', 'no_show', 'transferred', 'cancelled'],
        serving: ['serving', 'resolved', 'transferred', 'cancelled'],
        no_show: ['no_show', 'called', 'serving', 'resolved', 'transferred', 'cancelled'],
        resolved: ['resolved'],
      };
      const last = new Map<number, Acknowledged>();
      for (const op of acknowledged) last.set(op.ticketId, op);
      for (const op of last.values()) expect(after[op.status] ?? [op.status]).toContain(final.get(op.ticketId));
    } finally {
      db.close();
    }
  });
});
