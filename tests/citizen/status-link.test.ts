/** The citizen's status link: its own ticket only, live; forged and expired links refused clearly (issue 12). */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CitizenStatus } from '../../src/shared/citizen-status';
import type { Service, ServicePoint, Ticket } from '../../src/shared/domain';
import { TestClock } from '../helpers/core';
import { testServer, type TestServer } from '../helpers/server';

let server: TestServer;
afterEach(async () => server?.close());

type Message = { status?: CitizenStatus; problem?: string; beat?: number };

/** A status page's socket that keeps what it received. */
async function statusSocket(ref: string) {
  const socket = new WebSocket(`${server.base.replace('http', 'ws')}/api/status/${ref}/live`);
  const received: Message[] = [];
  const raw: string[] = [];
  let closedWith: number | null = null;
  socket.on('message', (data: Buffer) => {
    raw.push(data.toString());
    received.push(JSON.parse(data.toString()) as Message);
  });
  socket.on('close', (code) => (closedWith = code));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    received,
    raw,
    closedWith: () => closedWith,
    last: () => [...received].reverse().find((m) => m.status)?.status,
    async until(predicate: (status: CitizenStatus | undefined) => boolean) {
      const deadline = Date.now() + 5000;
      while (!predicate([...received].reverse().find((m) => m.status)?.status)) {
        if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(received)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => socket.close(),
  };
}

async function setting() {
  const services = (await server.api<Service[]>('/api/services')).body;
  const points = (await server.api<ServicePoint[]>('/api/service-points')).body;
  return {
    service: (prefix: string) => services.find((s) => s.prefix === prefix)!,
    point: (name: string) => points.find((p) => p.nameVi === name)!,
  };
}

const issue = async (serviceId: number) =>
  (await server.api<{ ticket: Ticket }>('/api/tickets', { body: { serviceId } })).body.ticket;
const refOf = (ticket: Ticket) => server.luot.core.citizen.status.references.referenceFor(ticket.caseId);

describe('a status link', () => {
  it('shows its ticket, the people ahead in the pick order and the wait; no sign-in, nothing private', async () => {
    server = await testServer();
    const c = await setting();
    const a = c.service('A');
    await issue(a.id);
    const elderly = (
      await server.api<{ ticket: Ticket }>('/api/tickets', {
        body: { serviceId: a.id, priority: 'elderly', note: 'Bà Lan, 0912 345 678' },
      })
    ).body.ticket;
    const mine = await issue(a.id);
    const ref = refOf(mine);
    expect(ref).toMatch(/^[0-9a-z]+-[0-9a-z]{10}$/);

    const { status, body } = await server.api<CitizenStatus>(`/api/status/${ref}`, { token: null });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      displayCode: 'A003',
      state: 'waiting',
      // The elderly ticket is called first under the strict policy, then A001: two ahead.
      ahead: 2,
      service: { vi: a.nameVi, en: a.nameEn },
      point: null,
      transferred: false,
    });
    expect(body.waitMinutes).toEqual(expect.any(Number));
    // The elderly citizen's own page shows nothing about anyone else either.
    const other = (await server.api<CitizenStatus>(`/api/status/${refOf(elderly)}`, { token: null })).body;
    expect(JSON.stringify(other)).not.toMatch(/Bà Lan|0912|elderly/);
    expect(other.ahead).toBe(0);
    // Typed by hand from the paper: capitals and look-alike letters are forgiven.
    expect((await server.api(`/api/status/${ref.toUpperCase()}`, { token: null })).status).toBe(200);
  });

  it('refuses a forged, altered or made-up reference with a clear page in both languages', async () => {
    server = await testServer();
    const c = await setting();
    const ticket = await issue(c.service('A').id);
    const ref = refOf(ticket);
    const altered = ref.replace(/.$/, (ch) => (ch === '0' ? '1' : '0'));
    const otherCase = `${(ticket.caseId + 1).toString(32)}-${ref.split('-')[1]}`;
    for (const bad of [altered, otherCase, 'abc', 'zz-0000000000']) {
      const api = await server.api(`/api/status/${bad}`, { token: null });
      expect(api.status).toBe(404);
      expect(api.body.error.code).toBe('STATUS_LINK_UNKNOWN');
      const page = await fetch(`${server.base}/s/${bad}`);
      expect(page.status).toBe(404);
      const html = await page.text();
      expect(html).toContain('Không tìm thấy phiếu');
      expect(html).toContain('Ticket not found');
      expect(html).not.toContain('<script');
    }
    const live = await statusSocket(altered);
    await new Promise((r) => setTimeout(r, 100));
    expect(live.received).toEqual([{ problem: 'unknown' }]);
    expect(live.closedWith()).toBe(4404);
  });

  it('expires at the end of its service day', async () => {
    const clock = new TestClock(Date.parse('2026-11-23T10:00:00+07:00'));
    server = await testServer(undefined, { clock: clock.read });
    const c = await setting();
    const ticket = await issue(c.service('A').id);
    const ref = refOf(ticket);
    expect((await server.api(`/api/status/${ref}`, { token: null })).status).toBe(200);
    clock.now = Date.parse('2026-11-24T00:00:01+07:00');
    const api = await server.api(`/api/status/${ref}`, { token: null });
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe('STATUS_LINK_EXPIRED');
    const page = await fetch(`${server.base}/s/${ref}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('Phiếu đã hết hạn');
  });

  it('lets an address try only so many wrong links', async () => {
    server = await testServer();
    for (let i = 0; i < 30; i++) await server.api(`/api/status/zz-${String(i).padStart(10, '0')}`, { token: null });
    const refused = await server.api('/api/status/zz-0000000000', { token: null });
    expect(refused.status).toBe(429);
    expect(refused.body.error.vi).toContain('Hãy đợi 10 phút');
    expect((await fetch(`${server.base}/s/zz-0000000000`)).status).toBe(429);
  });
});

describe('a status page, live', () => {
  it('hears its own call, recall and a transfer, and nothing about other tickets', async () => {
    server = await testServer();
    const c = await setting();
    const a = c.service('A');
    const q1 = c.point('Quầy 1');
    const first = await issue(a.id);
    const second = await issue(a.id);
    const mine = await statusSocket(refOf(second));
    const theirs = await statusSocket(refOf(first));
    await mine.until((s) => s?.state === 'waiting' && s.ahead === 1);

    // The first ticket is called: its page says where to go; mine learns one fewer is ahead.
    await server.api(`/api/service-points/${q1.id}/call-next`, { body: {} });
    await theirs.until((s) => s?.state === 'called');
    expect(theirs.last()!.point).toEqual({ vi: 'quầy số 1', en: 'counter 1' });
    await mine.until((s) => s?.ahead === 0);
    expect(mine.raw.join('')).not.toContain('A001');
    expect(theirs.raw.join('')).not.toContain('A002');

    await server.api(`/api/tickets/${first.id}/resolve`, { body: { servicePointId: q1.id, outcome: 'completed' } });
    await theirs.until((s) => s?.state === 'done');

    // Mine is called, recalled, then sent to the help zone: the page follows the case to its new queue.
    await server.api(`/api/service-points/${q1.id}/call-next`, { body: {} });
    await mine.until((s) => s?.state === 'called' && s.recallCount === 0);
    await server.api(`/api/tickets/${second.id}/recall`, { body: { servicePointId: q1.id } });
    await mine.until((s) => s?.state === 'called' && s.recallCount === 1);
    const help = c.service('H');
    await server.api(`/api/tickets/${second.id}/transfer`, {
      body: { servicePointId: q1.id, toServiceId: help.id, placement: 'front' },
    });
    await mine.until((s) => s?.state === 'waiting' && s.transferred);
    expect(mine.last()!.service.vi).toBe(help.nameVi);
    expect(mine.last()!.ahead).toBe(0);
    // Nothing unchanged is sent twice, and every message was about its own ticket.
    const codes = mine.received.flatMap((m) => (m.status ? [m.status.displayCode] : []));
    expect(new Set(codes)).toEqual(new Set(['A002']));
    mine.close();
    theirs.close();
  });

  it('is told when the day ends while it is open', async () => {
    const clock = new TestClock(Date.parse('2026-11-23T16:00:00+07:00'));
    server = await testServer(undefined, { clock: clock.read, dayCheckMs: 50 });
    const c = await setting();
    const page = await statusSocket(refOf(await issue(c.service('A').id)));
    await page.until((s) => s?.state === 'waiting');
    clock.now = Date.parse('2026-11-24T00:00:05+07:00');
    const deadline = Date.now() + 5000;
    while (page.closedWith() === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(page.received.at(-1)).toEqual({ problem: 'expired' });
    expect(page.closedWith()).toBe(4410);
  });
});
