/**
 * The host's own operator. Found: the first admin link was printed to stdout (so into logs), `LUOT_BOOTSTRAP_TOKEN=a`
 * was accepted, and revoking the bootstrap admin then restarting with the same secret locked everyone out.
 * Now: links go only to a terminal and work once; a fresh one comes from `admin-link` on the host at any time;
 * a weak secret is refused in both languages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BOOTSTRAP_NAME } from '../../src/server/auth/device-store';
import { startLuot } from '../../src/server/start';
import { runCommand, spawnServer, type SpawnedServer } from './spawned';
import { send } from './trust-server';

let dir: string;
let server: SpawnedServer | null = null;
afterEach(async () => {
  await server?.kill();
  server = null;
  rmSync(dir, { recursive: true, force: true });
});
const newDir = () => (dir = mkdtempSync(join(tmpdir(), 'luot-operator-')));
const portOf = (base: string) => Number(new URL(base).port);
const tokenIn = (text: string) => /#token=(\S+)/.exec(text)?.[1] ?? null;
const signIn = (port: number, token: string) => send(port, '/api/session', { body: { token }, token: null });

describe('the first administrator link', () => {
  it('is not printed where a log would keep it; the start says how to get one instead', async () => {
    server = await spawnServer(newDir());
    const out = server.output();
    expect(out).not.toContain('#token=');
    expect(out).toContain('admin-link');
    expect(out).toMatch(/Chưa có quản trị nào đăng nhập được/);
    expect(out).toMatch(/No administrator can sign in yet/);
  });

  it('comes fresh from `admin-link` on the host, works once, and names the running server', async () => {
    server = await spawnServer(newDir());
    const made = await runCommand(['admin-link', '--data-dir', dir]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`:${portOf(server.base)}/signin#token=`);
    const token = tokenIn(made.stdout)!;
    expect(token).toBeTruthy();
    expect(made.stdout).toMatch(/dùng một lần/);
    const port = portOf(server.base);
    expect((await signIn(port, token)).status).toBe(200);
    expect((await signIn(port, token)).status).toBe(401);
  });

  it('is given to the host program only (startLuot), and is one-time too', async () => {
    const luot = await startLuot({ dataDir: newDir(), host: '127.0.0.1', port: 0, version: 't', discoveryPort: null });
    try {
      const token = tokenIn(luot.firstAdminLink!)!;
      expect((await signIn(luot.port, token)).status).toBe(200);
      expect((await signIn(luot.port, token)).status).toBe(401);
    } finally {
      await luot.stop();
    }
  });
});

describe('LUOT_BOOTSTRAP_TOKEN', () => {
  it('refuses a weak secret, in Vietnamese and English, and does not start', async () => {
    for (const weak of ['a', 'aaaaaaaaaaaaaaaaaaaa', 'short-secret']) {
      const result = await runCommand(['--port', '0', '--host', '127.0.0.1', '--data-dir', newDir()], {
        LUOT_BOOTSTRAP_TOKEN: weak,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/LUOT_BOOTSTRAP_TOKEN quá yếu/);
      expect(result.stderr).toMatch(/LUOT_BOOTSTRAP_TOKEN is too weak/);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('once revoked stays revoked, yet never locks the operator out: the restart says how to get in', async () => {
    const secret = 'operator-secret-0123456789abcdef';
    server = await spawnServer(newDir(), { LUOT_BOOTSTRAP_TOKEN: secret });
    let port = portOf(server.base);
    const devices = await send<{ id: number; name: string }[]>(port, '/api/devices', { token: secret });
    const bootstrap = devices.body.find((d) => d.name === BOOTSTRAP_NAME)!;
    expect((await send(port, `/api/devices/${bootstrap.id}`, { method: 'DELETE', token: secret })).status).toBe(200);
    await server.kill('SIGTERM');

    server = await spawnServer(dir, { LUOT_BOOTSTRAP_TOKEN: secret });
    port = portOf(server.base);
    expect((await send(port, '/api/queue', { token: secret })).status).toBe(401);
    expect(server.output()).toMatch(/đã bị quản trị thu hồi/);
    expect(server.output()).toContain('admin-link');
    const made = await runCommand(['admin-link', '--data-dir', dir]);
    const signedIn = await signIn(port, tokenIn(made.stdout)!);
    expect(signedIn.status).toBe(200);
    expect((signedIn.body as { device: { role: string } }).device.role).toBe('admin');
  });
});
