/**
 * The center's side of the province hub on the real server: its identity and Ed25519 key, and the signed weekly
 * file — checked the way another program would (RFC 8785 canonical JSON, node:crypto's Ed25519), holding only
 * aggregates, versioned when re-made with different figures.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CreatedDevice } from '../../src/shared/api';
import { weekFileSchema, type CenterIdentity, type WeekFile } from '../../src/shared/contract/week-file';
import type { Staff } from '../../src/shared/domain';
import { mondayOf } from '../../src/shared/report-range';
import { testServer, type TestServer } from '../helpers/server';

let server: TestServer;
let reader: string;
let today: string;
let desk: number;
const NOTE = 'Ghi chú riêng: ông Nguyễn Văn Bảy, CCCD 001087012345';
const FILE_CODE = 'H12.34-261207-0001';

async function weekFile(week?: string, token = reader) {
  const response = await fetch(`${server.base}/api/reports/weekly.luot${week ? `?week=${week}` : ''}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { response, text: await response.text() };
}

/** What any program can do: canonical JSON (RFC 8785) of the file without `signature`, Ed25519 over its UTF-8. */
function independentlyVerified(text: string, publicKeyBase64: string): boolean {
  const { signature, ...unsigned } = JSON.parse(text) as WeekFile;
  const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
  return verify(null, Buffer.from(canonicalize(unsigned)!, 'utf8'), key, Buffer.from(signature, 'base64'));
}

// Each file is made by the report worker (a process of its own): slow on a busy 2-core machine.
vi.setConfig({ testTimeout: 90_000 });

beforeAll(async () => {
  server = await testServer();
  const api = server.api.bind(server);
  reader = (await api<CreatedDevice>('/api/devices', { body: { name: 'Bí thư', role: 'reports' } })).body.token;
  const services = (await api<{ id: number; prefix: string }[]>('/api/services')).body;
  const points = (await api<{ id: number; nameVi: string }[]>('/api/service-points')).body;
  const v = services.find((s) => s.prefix === 'V')!.id;
  desk = points.find((p) => p.nameVi === 'Bàn hỗ trợ VNeID')!.id;
  const mai = (await api<Staff>('/api/staff', { body: { name: 'Vũ Thị Mai', role: 'volunteer' } })).body;
  await api(`/api/service-points/${desk}/staff-session`, { body: { staffId: mai.id } });
  for (const helpKind of ['vneid_activation', 'online_payment']) {
    await api('/api/tickets', { body: { serviceId: v, priority: 'none', note: NOTE } });
    const called = await api(`/api/service-points/${desk}/call-next`, { body: {} });
    const resolved = await api(`/api/tickets/${called.body.ticket.id}/resolve`, {
      body: { outcome: 'completed', helpKind, fileCode: FILE_CODE },
    });
    expect(resolved.status).toBe(200);
    today = called.body.ticket.serviceDay;
  }
  await api('/api/roster', {
    token: reader,
    body: { day: today, shift: 'morning', staffId: mai.id, onDuty: true, hours: 4 },
  });
  await api('/api/difficulties', { body: { text: 'Mất mạng từ 9 giờ đến 10 giờ', servicePointId: desk } });
  // The volunteer signs out: the week's hours stop growing, so the figures stay as they are from here on.
  await api(`/api/service-points/${desk}/staff-session`, { method: 'DELETE' });
});

afterAll(() => server?.close());

describe('the center identity', () => {
  it('has an Ed25519 key from the first start, kept across restarts, and a code only an admin sets (5 digits)', async () => {
    const first = await server.api<CenterIdentity>('/api/center-identity');
    expect(first.status).toBe(200);
    expect(first.body.code).toBe('');
    const key = createPublicKey({ key: Buffer.from(first.body.publicKey, 'base64'), format: 'der', type: 'spki' });
    expect(key.asymmetricKeyType).toBe('ed25519');
    expect(first.body.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(JSON.stringify(first.body)).not.toMatch(/private/i);

    for (const code of ['1234', '123456', '12a45'])
      expect((await server.api('/api/center-identity', { method: 'PATCH', body: { code } })).status).toBe(400);
    const refused = await server.api('/api/center-identity', {
      method: 'PATCH',
      token: reader,
      body: { code: '00004' },
    });
    expect(refused.status).toBe(403);

    const set = await server.api<CenterIdentity>('/api/center-identity', {
      method: 'PATCH',
      body: { code: '00004', nameVi: 'Phường Ba Đình', province: 'Thành phố Hà Nội' },
    });
    expect(set.body).toMatchObject({ code: '00004', nameVi: 'Phường Ba Đình', province: 'Thành phố Hà Nội' });

    server = await server.restart();
    const again = await server.api<CenterIdentity>('/api/center-identity');
    expect(again.body).toMatchObject({ code: '00004', publicKey: first.body.publicKey });
  });
});

describe('the signed weekly file', () => {
  it('is signed over its RFC 8785 canonical JSON, holds only aggregates, and marks the week in progress', async () => {
    const { publicKey } = (await server.api<CenterIdentity>('/api/center-identity')).body;
    const { response, text } = await weekFile();
    expect(response.status).toBe(200);
    expect(response.headers['get']('content-disposition')).toContain(`luot-00004-${mondayOf(today)}-v1.luot`);
    const file = weekFileSchema.parse(JSON.parse(text));
    expect(file).toMatchObject({ format: 'luot-week/1', week: mondayOf(today), version: 1, partial: true });
    expect(file.center).toEqual({ code: '00004', nameVi: 'Phường Ba Đình', province: 'Thành phố Hà Nội', publicKey });
    expect(independentlyVerified(text, publicKey)).toBe(true);

    expect(file.figures.queue).toMatchObject({ issued: 2, served: 2, resolved: 2 });
    expect(file.figures.report).toMatchObject({ ticketsIssued: 2, helpDeskVisits: 2, volunteers: 1, difficulties: 1 });
    expect(file.figures.help.find((h) => h.code === 'vneid_activation')).toMatchObject({ atCenter: 1 });
    expect(file.figures.difficulties).toEqual(['Mất mạng từ 9 giờ đến 10 giờ']);
    expect(file.figures.days.find((d) => d.day === today)?.services).toEqual([
      expect.objectContaining({ prefix: 'V', issued: 2, resolved: 2 }),
    ]);
    // Counts only by default: no volunteer's name, no note, no file code.
    expect(file.figures.volunteerNames).toBeNull();
    for (const secret of ['Vũ Thị Mai', 'Nguyễn Văn Bảy', '001087012345', FILE_CODE])
      expect(text).not.toContain(secret);

    // One changed figure and the signature no longer holds.
    const tampered = text.replace('"issued":2,', '"issued":3,');
    expect(tampered).not.toBe(text);
    expect(independentlyVerified(tampered, publicKey)).toBe(false);
  });

  it('is the same file (same version, same bytes) while the figures stay, and the next version when they change', async () => {
    const a = await weekFile();
    const b = await weekFile();
    expect(b.text).toBe(a.text);
    // The volunteers agreed: their names go in, which is a different file.
    await server.api('/api/center-identity', { method: 'PATCH', body: { volunteersAgreed: true } });
    const c = JSON.parse((await weekFile()).text) as WeekFile;
    expect(c.version).toBe(2);
    expect(c.figures.volunteerNames).toEqual([{ name: 'Vũ Thị Mai', hours: 4 }]);
  });

  it('refuses a week not begun, a center without its code, and the counter role', async () => {
    const next = new Date(Date.parse(`${today}T12:00:00+07:00`) + 8 * 86_400_000).toISOString().slice(0, 10);
    expect((await weekFile(next)).response.status).toBe(400);
    const counter = (
      await server.api<CreatedDevice>('/api/devices', { body: { name: 'Quầy 1', role: 'counter', servicePointId: 1 } })
    ).body.token;
    expect((await weekFile(undefined, counter)).response.status).toBe(403);
    const fresh = await (await import('../helpers/server')).testServer();
    try {
      const refused = await fresh.api('/api/reports/weekly.luot');
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({
        code: 'CENTER_CODE_MISSING',
        vi: expect.stringContaining('mã đơn vị'),
      });
    } finally {
      await fresh.close();
    }
  });
});

describe('npm run serve -- weekly-file', () => {
  it('writes the same signed file into a folder, while the server runs', async () => {
    const before = JSON.parse((await weekFile(today)).text) as WeekFile;
    const out = mkdtempSync(join(tmpdir(), 'luot-week-out-'));
    try {
      // Not execFileSync: the server runs in this process and must go on answering.
      const { stdout: said } = await promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/server/standalone.ts',
          'weekly-file',
          '--week',
          today,
          '--data-dir',
          server.dir,
          '--out',
          out,
        ],
        { encoding: 'utf8' },
      ).catch((error: { stderr?: string; stdout?: string }) => {
        throw new Error(`weekly-file failed: ${error.stderr} ${error.stdout}`);
      });
      const [name] = readdirSync(out);
      expect(said).toContain(name);
      const written = readFileSync(join(out, name!), 'utf8');
      expect(written).toBe((await weekFile(today)).text);
      expect((JSON.parse(written) as WeekFile).version).toBe(before.version);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000); // a second Node with tsx and its report worker: slow on a busy 2-core machine
});
