/**
 * The LAN server's edges. Found: no Host allow-list (the sign-in link was built from `Host: evil.example`), no
 * Origin check on cookie-authenticated changes (call-next from `Origin: http://evil` → 200), `connect-src ws:`
 * to anywhere, slow bodies held for minutes without a cap, English-only refusals for bad URLs, 431 and malformed
 * headers, and source maps served.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedDevice } from '../../src/shared/api';
import { collect, openSocket, rawExchange } from './raw-http';
import { ADMIN_KEY, cookieOf, isBilingual, linkToken, trustServer, type TrustServer } from './trust-server';

let server: TrustServer;
afterEach(async () => server?.close());

const RENDERER = join(import.meta.dirname, '../../out/renderer');

describe('the Host allow-list', () => {
  it('refuses a name that is not this host’s, for the API and the screens alike, in both languages', async () => {
    server = await trustServer();
    for (const path of ['/api/health', '/api/queue', '/', '/display']) {
      const answer = await server.send(path, { headers: { host: 'evil.example' } });
      expect(answer.status).toBe(421);
      expect(isBilingual(answer.body)).toBe(true);
    }
    for (const version of ['1.0', '1.1']) {
      const noHost = await rawExchange(server.port, `GET /api/health HTTP/${version}\r\n\r\n`);
      expect(noHost.status).toBe(421);
      expect(isBilingual(JSON.parse(noHost.body))).toBe(true);
    }
  });

  it('never builds a sign-in link from a foreign Host header; it uses the name the admin reached it by', async () => {
    server = await trustServer({ hostNames: ['may-chu.lan'] });
    const body = { name: 'TV sảnh', role: 'display', servicePointId: null };
    const forged = await server.send('/api/devices', { body, headers: { host: 'evil.example:8080' } });
    expect(forged.status).toBe(421);
    const named = await server.send<CreatedDevice>('/api/devices', {
      body,
      headers: { host: `may-chu.lan:${server.port}` },
    });
    expect(named.status).toBe(201);
    expect(new URL(named.body.signInUrl).host).toBe(`may-chu.lan:${server.port}`);
    const computer = await server.send('/api/health', { headers: { host: `${hostname()}:${server.port}` } });
    expect(computer.status).toBe(200);
    const [ipv6] = [await server.send('/api/health', { headers: { host: `[::1]:${server.port}` } })];
    expect(ipv6.status).toBe(200);
  });
});

describe('changes made with a session cookie', () => {
  it('are refused unless they come from a page of this host (Origin, or Sec-Fetch-Site for old browsers)', async () => {
    server = await trustServer();
    const counter = await server.device('counter', 1);
    await server.send('/api/tickets', { body: { serviceId: 1 } });
    const cookie = cookieOf(
      await server.send('/api/session', { body: { token: linkToken(counter.signInUrl) }, token: null }),
    )!;
    const callNext = (headers: Record<string, string>) =>
      server.send('/api/service-points/1/call-next', { body: {}, token: null, cookie, headers });
    const evil = await callNext({ origin: 'http://evil' });
    expect(evil.status).toBe(403);
    expect(isBilingual(evil.body)).toBe(true);
    expect((await callNext({})).status).toBe(403);
    expect((await callNext({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await callNext({ origin: server.origin })).status).toBe(200);
    // Past the origin check: the queue itself answers (this point already has a citizen called).
    const again = await callNext({ 'sec-fetch-site': 'same-origin' });
    expect((again.body as { error: { code: string } }).error.code).not.toBe('FOREIGN_ORIGIN');
    expect(again.status).not.toBe(403);
    // Reading is not a change; a Bearer key cannot be sent by another site's page.
    expect((await server.send('/api/queue', { token: null, cookie, headers: { origin: 'http://evil' } })).status).toBe(
      200,
    );
    expect(
      (
        await server.send('/api/tickets', {
          body: { serviceId: 1 },
          token: ADMIN_KEY,
          headers: { origin: 'http://evil' },
        })
      ).status,
    ).toBe(201);
  });
});

describe('the screens', () => {
  it('may connect only to this host (CSP connect-src), and no source map is served', async () => {
    const renderer = mkdtempSync(join(tmpdir(), 'luot-renderer-'));
    mkdirSync(join(renderer, 'assets'));
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lượt</title>');
    writeFileSync(join(renderer, 'assets/app.js'), 'console.log(1)');
    writeFileSync(join(renderer, 'assets/app.js.map'), '{"version":3}');
    server = await trustServer({ rendererDir: renderer });
    const page = await server.send('/display', { token: null });
    const csp = String(page.headers['content-security-policy']);
    const connect = /connect-src ([^;]+)/.exec(csp)![1]!.trim().split(/\s+/);
    expect(connect).toEqual(["'self'", `ws://127.0.0.1:${server.port}`, `wss://127.0.0.1:${server.port}`]);
    expect((await server.send('/assets/app.js', { token: null })).status).toBe(200);
    expect((await server.send('/assets/app.js.map', { token: null })).status).not.toBe(200);
    rmSync(renderer, { recursive: true, force: true });
  });

  it("are the renderer's files by path, and the app at every other path (listed at start, issue 25)", async () => {
    const renderer = mkdtempSync(join(tmpdir(), 'luot-renderer-'));
    mkdirSync(join(renderer, 'assets'));
    mkdirSync(join(renderer, 'status'));
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lượt</title>');
    writeFileSync(join(renderer, 'sw.js'), '// worker');
    writeFileSync(join(renderer, 'assets/app-1a2b.js'), 'console.log(1)');
    writeFileSync(join(renderer, 'status/index.html'), '<!doctype html><title>Số của bạn</title>');
    writeFileSync(join(renderer, '.env'), 'SECRET=1');
    server = await trustServer({ rendererDir: renderer });
    const text = async (path: string) => (await server.send(path, { token: null })).text;
    expect(await text('/sw.js')).toBe('// worker');
    expect(await text('/assets/app-1a2b.js?v=2')).toBe('console.log(1)');
    expect(await text('/status/')).toContain('Số của bạn');
    // Screens at their own URL, a missing file, a folder without its slash and a dotfile: the app.
    for (const path of ['/', '/index.html', '/counter/3', '/assets/gone-9z.js', '/status', '/.env'])
      expect(await text(path)).toContain('<title>Lượt</title>');
    const asset = await server.send('/assets/app-1a2b.js', { token: null });
    expect(asset.headers['cache-control']).toBe('public, max-age=0');
    expect(asset.headers['content-type']).toMatch(/^application\/javascript/);
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['content-security-policy']).toContain("default-src 'self'");
    const again = await server.send('/assets/app-1a2b.js', {
      token: null,
      headers: { 'if-none-match': asset.headers.etag! },
    });
    expect(again.status).toBe(304);
    const head = await server.send('/assets/app-1a2b.js', { token: null, method: 'HEAD' });
    expect([head.status, head.text, head.headers['content-length']]).toEqual([200, '', '14']);
    const page = await server.send('/counter/3', { token: null, method: 'HEAD' });
    expect([page.status, page.text, page.headers['content-type']]).toEqual([200, '', 'text/html; charset=utf-8']);
    expect((await server.send('/api/nothing-here', { token: null })).status).toBe(404);
    // HEAD is answered for the screens and /api/health only (no HEAD route per GET route: issue 25, decision 0022).
    const health = await server.send('/api/health', { token: null, method: 'HEAD' });
    expect([health.status, health.text, health.headers['content-type']]).toEqual([
      200,
      '',
      'application/json; charset=utf-8',
    ]);
    const queue = await server.send('/api/queue', { method: 'HEAD' });
    expect([queue.status, queue.text]).toEqual([404, '']);
    expect((await server.send('/api/queue')).status).toBe(200);
    rmSync(renderer, { recursive: true, force: true });
  });

  it('are built without source maps (npm test builds them first)', () => {
    const files = readdirSync(RENDERER, { recursive: true }).map(String);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js')))
      expect(readFileSync(join(RENDERER, file), 'utf8')).not.toContain('sourceMappingURL');
    const serverFiles = readdirSync(join(RENDERER, '../server')).map(String);
    expect(serverFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});

describe('slow and crowded connections', () => {
  it('cuts off a body that trickles in, with a 408 in both languages', async () => {
    server = await trustServer({ connectionLimits: { requestTimeoutMs: 1000, headersTimeoutMs: 1000 } });
    const socket = await openSocket(server.port);
    let trickle: NodeJS.Timeout | undefined;
    const answer = await collect(
      socket,
      () => {
        socket.write(
          `POST /api/tickets HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${ADMIN_KEY}\r\n` +
            'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
        );
        trickle = setInterval(() => socket.writable && socket.write(' '), 200);
      },
      15_000,
    );
    clearInterval(trickle);
    expect(answer.status).toBe(408);
    expect(isBilingual(JSON.parse(answer.body))).toBe(true);
  });

  it('cuts off headers that trickle in (slowloris)', async () => {
    server = await trustServer({ connectionLimits: { requestTimeoutMs: 1000, headersTimeoutMs: 1000 } });
    const socket = await openSocket(server.port);
    let trickle: NodeJS.Timeout | undefined;
    const answer = await collect(
      socket,
      () => {
        socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`);
        trickle = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 200);
      },
      15_000,
    );
    clearInterval(trickle);
    expect(answer.status).toBe(408);
    expect(isBilingual(JSON.parse(answer.body))).toBe(true);
  });

  it('caps the connections one address may hold, in both languages; other machines are still served', async () => {
    server = await trustServer({ connectionLimits: { maxPerAddress: 5 } });
    const held = await Promise.all(Array.from({ length: 5 }, () => openSocket(server.port)));
    const refused = await rawExchange(
      server.port,
      `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`,
    );
    expect(refused.status).toBe(503);
    expect(isBilingual(JSON.parse(refused.body))).toBe(true);
    expect((await server.send('/api/health', { from: '127.0.0.2' })).status).toBe(200);
    held.forEach((socket) => socket.destroy());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await server.send('/api/health')).status).toBe(200);
  });
});

describe('refusals before any route', () => {
  it('answers bad URL encoding, too-large headers and malformed headers in Vietnamese and English', async () => {
    server = await trustServer();
    const host = `Host: 127.0.0.1:${server.port}\r\n`;
    const cases = [
      { name: 'bad %-encoding', bytes: `GET /api/%E0%A4%A HTTP/1.1\r\n${host}\r\n`, status: 400 },
      { name: 'bad %-encoding in a parameter', bytes: `GET /api/tickets/%zz HTTP/1.1\r\n${host}\r\n`, status: 400 },
      { name: '431', bytes: `GET /api/health HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`, status: 431 },
      { name: 'header without colon', bytes: `GET /api/health HTTP/1.1\r\n${host}Bad Header\r\n\r\n`, status: 400 },
      { name: 'bad method', bytes: `FR☃B /api/health HTTP/1.1\r\n${host}\r\n`, status: 400 },
      { name: 'bad version', bytes: `GET /api/health HTTP/9.9\r\n${host}\r\n`, status: 400 },
    ];
    for (const c of cases) {
      const answer = await rawExchange(server.port, c.bytes);
      expect({ name: c.name, status: answer.status }).toEqual({ name: c.name, status: c.status });
      expect({ name: c.name, bilingual: isBilingual(JSON.parse(answer.body)) }).toEqual({
        name: c.name,
        bilingual: true,
      });
    }
  });
});
