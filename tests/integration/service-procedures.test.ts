/**
 * A new service takes its procedures along (issue 19 §4), over the API: adding "Chứng thực" is offered the
 * certification procedures that issue to "Hộ tịch – Chứng thực"; moving them makes a "sao y" ticket go to it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Service, Ticket } from '../../src/shared/domain';
import type { MoveProceduresAnswer, Procedure, ProcedureOffer } from '../../src/shared/procedures';
import { testServer, type TestServer } from '../helpers/server';

let server: TestServer;
afterEach(async () => server?.close());

describe('a new service and the procedures its name calls for', () => {
  it('offers the matching procedures of other services, moves them in one call, and "sao y" then issues to it', async () => {
    server = await testServer();
    const hoTich = (await server.api<Service[]>('/api/services')).body.find((s) => s.prefix === 'A')!;
    const created = await server.api<Service>('/api/services', {
      body: { prefix: 'CT', nameVi: 'Chứng thực', nameEn: 'Certification', kind: 'counter' },
    });
    expect(created.status).toBe(201);
    const ct = created.body;

    const offer = (await server.api<ProcedureOffer>(`/api/services/${ct.id}/procedure-offer`)).body;
    const names = offer.procedures.map((p) => p.nameVi);
    expect(names).toContain('Chứng thực bản sao từ bản chính');
    expect(names).toContain('Chứng thực chữ ký trong giấy tờ, văn bản');
    expect(names).not.toContain('Đăng ký khai sinh');
    expect(offer.procedures.every((p) => p.serviceId === hoTich.id)).toBe(true);

    const moved = await server.api<MoveProceduresAnswer>(`/api/services/${ct.id}/procedures`, {
      body: { procedureIds: offer.procedures.map((p) => p.id) },
    });
    expect(moved.body).toEqual({ moved: offer.procedures.length });
    // Nothing left to offer; the greeter's catalogue now leads "sao y" to Chứng thực.
    expect((await server.api<ProcedureOffer>(`/api/services/${ct.id}/procedure-offer`)).body.procedures).toEqual([]);
    const saoY = (await server.api<Procedure[]>('/api/procedures')).body.find(
      (p) => p.nameVi === 'Chứng thực bản sao từ bản chính',
    )!;
    expect(saoY.serviceId).toBe(ct.id);
    const issued = await server.api<{ ticket: Ticket }>('/api/tickets', {
      body: { serviceId: saoY.serviceId, procedureId: saoY.id },
    });
    expect(issued.body.ticket.displayCode).toBe('CT001');
  });

  it('offers by the catalogue’s area too, and refuses to move procedures to a retired service (vi + en)', async () => {
    server = await testServer();
    const created = await server.api<Service>('/api/services', {
      body: { prefix: 'HT', nameVi: 'Hộ tịch', nameEn: 'Civil status', kind: 'counter' },
    });
    const offer = (await server.api<ProcedureOffer>(`/api/services/${created.body.id}/procedure-offer`)).body;
    // "Đăng ký khai sinh" does not say "hộ tịch"; its area in the catalogue does.
    expect(offer.procedures.map((p) => p.nameVi)).toContain('Đăng ký khai sinh');
    expect(offer.procedures.map((p) => p.nameVi)).not.toContain('Chứng thực bản sao từ bản chính');

    await server.api(`/api/services/${created.body.id}`, { method: 'PATCH', body: { active: false } });
    const refused = await server.api(`/api/services/${created.body.id}/procedures`, {
      body: { procedureIds: [offer.procedures[0]!.id] },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('SERVICE_RETIRED');
    expect(refused.body.error.vi).toContain('ngừng sử dụng');
    expect(refused.body.error.en).toContain('retired');
  });
});
