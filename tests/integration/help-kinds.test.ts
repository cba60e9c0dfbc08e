/** Kinds of help as a list in setup (issue 8 §4, found: the elderly desk could only pick VNeID kinds or "Khác"). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HelpKindEntry, Service, ServicePoint } from '../../src/shared/domain';
import { testServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => server.close());

async function elderly() {
  const services = (await server.api<Service[]>('/api/services')).body;
  const points = (await server.api<ServicePoint[]>('/api/service-points')).body;
  const service = services.find((s) => s.prefix === 'H')!;
  const desk = points.find((p) => p.kind === 'help_desk' && p.serviceIds.includes(service.id))!;
  return { service, desk };
}

describe('kinds of help', () => {
  it('starts with kinds for the elderly desk, the online-services desk, and "Khác" for every desk', async () => {
    const { service } = await elderly();
    const kinds = (await server.api<HelpKindEntry[]>('/api/help-kinds')).body;
    const forElderly = kinds.filter((k) => k.serviceId === service.id).map((k) => k.code);
    expect(forElderly).toEqual(['form_filling', 'read_write_for_citizen', 'explain_procedure', 'accompany_to_counter']);
    expect(kinds.find((k) => k.code === 'other')).toMatchObject({ serviceId: null, nameVi: 'Khác' });
    expect(kinds.find((k) => k.code === 'vneid_activation')!.serviceId).not.toBe(service.id);
  });

  it('lets the elderly desk record what it did, and refuses a kind that is not in the list', async () => {
    const { service, desk } = await elderly();
    await server.api('/api/tickets', { body: { serviceId: service.id, priority: 'elderly' } });
    const { ticket } = (await server.api(`/api/service-points/${desk.id}/call-next`, { body: {} })).body;
    const unknown = await server.api(`/api/tickets/${ticket.id}/resolve`, {
      body: { outcome: 'completed', helpKind: 'teleport' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'UNKNOWN_HELP_KIND' });
    const missing = await server.api(`/api/tickets/${ticket.id}/resolve`, { body: { outcome: 'completed' } });
    expect(missing.body.error.code).toBe('HELP_KIND_REQUIRED');
    const done = await server.api(`/api/tickets/${ticket.id}/resolve`, {
      body: { outcome: 'completed', helpKind: 'read_write_for_citizen' },
    });
    expect(done.status).toBe(200);
    expect(done.body.ticket).toMatchObject({ status: 'resolved', helpKind: 'read_write_for_citizen' });
  });

  it('adds a kind in setup, records who did it, and refuses a code already taken', async () => {
    const { service } = await elderly();
    const created = await server.api<HelpKindEntry>('/api/help-kinds', {
      body: {
        code: 'huong_dan_ky_so',
        nameVi: 'Hướng dẫn ký số',
        nameEn: 'Digital signing help',
        serviceId: service.id,
      },
    });
    expect(created.status).toBe(201);
    const again = await server.api('/api/help-kinds', {
      body: { code: 'huong_dan_ky_so', nameVi: 'Trùng', nameEn: 'Same' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.issues).toEqual([expect.objectContaining({ path: 'code' })]);
    const retired = await server.api<HelpKindEntry>(`/api/help-kinds/${created.body.id}`, {
      method: 'PATCH',
      body: { active: false },
    });
    expect(retired.body).toMatchObject({ active: false, nameVi: 'Hướng dẫn ký số', serviceId: service.id });
    const audit = server.luot.core.db
      .prepare("SELECT device_id, data FROM events WHERE type = 'setup_changed' ORDER BY id")
      .all() as { device_id: number | null; data: string }[];
    expect(audit.map((a) => JSON.parse(a.data))).toEqual([
      {
        what: 'helpKinds',
        action: 'created',
        id: created.body.id,
        fields: ['code', 'nameVi', 'nameEn', 'serviceId', 'active', 'sortOrder'],
      },
      { what: 'helpKinds', action: 'updated', id: created.body.id, fields: ['active'] },
    ]);
    expect(audit.every((a) => a.device_id !== null)).toBe(true);
  });
});
