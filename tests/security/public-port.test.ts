/**
 * Issue 24, point 1: a center can put citizens on a guest Wi-Fi that reaches only the hall's own port. That port
 * serves a ticket's status page (its page, JSON and live connection), the health check and the sign-in page
 * with its pairing code; every staff endpoint, screen and the event stream are refused there in both languages,
 * even with an administrator's key. The office port keeps serving everything (the host works in both layouts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ENDPOINTS } from '../../src/shared/contract/endpoints';
import type { Ticket } from '../../src/shared/domain';
import { isBilingual, send, trustServer, type TrustServer } from './trust-server';

let server: TrustServer;
let hall: number;
let ref: string;
let counter: string;
const renderer = mkdtempSync(join(tmpdir(), 'luot-renderer-'));

beforeAll(async () => {
  mkdirSync(join(renderer, 'assets'));
  mkdirSync(join(renderer, 'status'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lượt</title>');
  writeFileSync(join(renderer, 'assets/app.js'), 'console.log(1)');
  writeFileSync(join(renderer, 'status/index.html'), '<!doctype html><title>Số của bạn</title>');
  writeFileSync(join(renderer, 'status/status.css'), 'body{}');
  server = await trustServer({ publicPort: 0, rendererDir: renderer });
  hall = server.luot.publicPort!;
  counter = (await server.device('counter', 1)).token;
  const ticket = (await server.send<{ ticket: Ticket }>('/api/tickets', { body: { serviceId: 1 } })).body.ticket;
  ref = server.luot.core.citizen.status.references.referenceFor(ticket.caseId);
});
afterAll(async () => {
  await server?.close();
  rmSync(renderer, { recursive: true, force: true });
});

const onHall = <T = unknown>(path: string, options: Parameters<typeof send>[2] = {}) =>
  send<T>(hall, path, { token: null, ...options });

/** Every staff endpoint's path with its parameters filled in. */
const staffEndpoints = Object.entries(ENDPOINTS)
  .filter(([, row]) => row.roles !== 'public')
  .map(([name, row]) => ({ name, method: row.method, path: row.path.replace(/:[A-Za-z]+/g, '1') }));

describe("the hall's own port", () => {
  it('is off unless asked for', async () => {
    const plain = await trustServer();
    try {
      expect(plain.luot.publicPort).toBeNull();
    } finally {
      await plain.close();
    }
  });

  it("serves a ticket's status page, its JSON and live connection, the health check and the sign-in page", async () => {
    expect(hall).toBeGreaterThan(0);
    expect(hall).not.toBe(server.port);
    expect((await onHall(`/s/${ref}`)).status).toBe(200);
    expect((await onHall('/status/status.css')).status).toBe(200);
    const status = await onHall<{ ticket?: unknown }>(`/api/status/${ref}`);
    expect(status.status, status.text).toBe(200);
    expect((await onHall('/api/health')).status).toBe(200);
    expect((await onHall('/signin')).status).toBe(200);
    expect((await onHall('/assets/app.js')).status).toBe(200);

    const live = new WebSocket(`ws://127.0.0.1:${hall}/api/status/${ref}/live`);
    const first = await new Promise<string>((resolve, reject) => {
      live.once('message', (data: Buffer) => resolve(data.toString()));
      live.once('error', reject);
    });
    expect(JSON.parse(first)).toHaveProperty('status');
    live.close();
  });

  it('signs a device in with its pairing code (the sign-in page works there)', async () => {
    const created = await server.send<{ pairingCode: string }>('/api/devices', {
      body: { name: 'Tivi sảnh', role: 'display', servicePointId: null },
    });
    const signedIn = await onHall('/api/session', {
      body: { code: created.body.pairingCode },
      headers: { origin: `http://127.0.0.1:${hall}` },
    });
    expect(signedIn.status, signedIn.text).toBe(200);
  });

  it('refuses every staff endpoint — even with an admin key — in both languages', async () => {
    expect(staffEndpoints.length).toBeGreaterThan(50);
    for (const { name, method, path } of staffEndpoints) {
      for (const token of [undefined, counter]) {
        const answer = await send(hall, path, {
          method,
          token,
          body: method === 'GET' || method === 'DELETE' ? undefined : {},
        }).catch((e: Error) => {
          throw new Error(`${name} ${method} ${path}: ${e.message}`);
        });
        expect(answer.status, `${name} ${method} ${path}`).toBe(403);
        expect(isBilingual(answer.body), name).toBe(true);
        expect((answer.body as { error: { code: string } }).error.code).toBe('NOT_ON_PUBLIC_PORT');
      }
    }
  });

  it("refuses the screens and the screens' event stream, and says why in both languages", async () => {
    for (const path of ['/', '/counter/1', '/greeter', '/display', '/admin']) {
      const page = await onHall(path);
      expect(page.status, path).toBe(403);
      expect(page.text).toContain('Không mở được trang này ở đây');
      expect(page.text).toContain('This page does not open here');
    }
    const events = new WebSocket(`ws://127.0.0.1:${hall}/api/events`, {
      headers: { authorization: 'Bearer trust-admin-secret-0123456789abcdef' },
    });
    const refused = await new Promise<number>((resolve) => {
      events.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      events.once('open', () => resolve(101));
      events.once('error', () => resolve(-1));
    });
    expect(refused).toBe(403);
  });

  it('leaves the office port serving everything, and prints the hall port on tickets', async () => {
    expect((await server.send('/api/services')).status).toBe(200);
    expect((await server.send('/counter/1', { token: null })).status).toBe(200);
    expect(server.luot.core.citizen.settings.lanOrigin()).toMatch(new RegExp(`:${hall}$`));
  });
});
