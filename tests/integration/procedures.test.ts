/**
 * The procedure guide's server side (issue 15) over real HTTP on a real SQLite file: the reference catalogue on
 * first run, tickets that carry their procedure, CSV and XLSX import and export with Vietnamese text, the missing
 * papers log with its printed checklist, and the report figures.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Device, Service, Ticket } from '../../src/shared/domain';
import type { LuotEvent } from '../../src/shared/events';
import type { Procedure, ProcedureImportAnswer, ProcedureReport } from '../../src/shared/procedures';
import { listen, testServer, type TestServer } from '../helpers/server';
import { procedureReport } from '../../src/server/procedures/procedure-report';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

const today = () => server.luot.core.engine.today();

async function catalogue(): Promise<Procedure[]> {
  return (await server.api<Procedure[]>('/api/procedures')).body;
}

async function services(): Promise<Service[]> {
  return (await server.api<Service[]>('/api/services')).body;
}

async function named(nameVi: string): Promise<Procedure> {
  const found = (await catalogue()).find((p) => p.nameVi === nameVi);
  if (!found) throw new Error(`no procedure ${nameVi}`);
  return found;
}

async function device(role: Device['role']) {
  const { body } = await server.api<{ token: string }>('/api/devices', { body: { name: role, role } });
  return body.token;
}

function importFile(bytes: Buffer, options: { dryRun?: boolean; retireMissing?: boolean; fileName?: string } = {}) {
  return server.api<ProcedureImportAnswer>('/api/procedures/import', {
    body: {
      fileName: options.fileName ?? 'danh-muc.csv',
      contentBase64: bytes.toString('base64'),
      dryRun: options.dryRun ?? false,
      retireMissing: options.retireMissing ?? false,
    },
  });
}

async function exported(format: 'csv' | 'xlsx'): Promise<Buffer> {
  const response = await fetch(`${server.base}/api/procedures/export?format=${format}`, {
    headers: { authorization: 'Bearer test-admin-token-0123456789abcdef' },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('the reference catalogue', () => {
  it('loads on first run, unchecked, each procedure mapped to the default service that takes it', async () => {
    const list = await catalogue();
    expect(list.length).toBeGreaterThanOrEqual(40);
    expect(list.every((p) => !p.checked && p.active && p.documents.length > 0)).toBe(true);
    const prefixOf = new Map((await services()).map((s) => [s.id, s.prefix]));
    const expectations: [string, string][] = [
      ['Đăng ký khai sinh', 'A'],
      ['Chứng thực bản sao từ bản chính', 'A'],
      ['Đăng ký biến động khi chuyển nhượng, tặng cho, thừa kế quyền sử dụng đất', 'B'],
      ['Hỗ trợ chi phí mai táng', 'C'],
      ['Đăng ký thành lập hộ kinh doanh', 'D'],
      ['Đăng ký tạm trú', 'V'],
      ['Hỗ trợ người cao tuổi điền tờ khai, đọc và viết giúp', 'H'],
    ];
    for (const [name, prefix] of expectations)
      expect(prefixOf.get(list.find((p) => p.nameVi === name)!.serviceId)).toBe(prefix);
    const birth = list.find((p) => p.nameVi === 'Đăng ký khai sinh')!;
    expect(birth.aliases).toContain('khai sinh cho con');
    expect(birth.onlineFiling).toBe(true);
  });

  it('is loaded once: a restart after the center edited it keeps the edits and adds nothing', async () => {
    const before = await catalogue();
    const birth = before.find((p) => p.nameVi === 'Đăng ký khai sinh')!;
    await server.api(`/api/procedures/${birth.id}`, { method: 'PATCH', body: { fee: 'Miễn phí', checked: true } });
    server = await server.restart();
    const after = await catalogue();
    expect(after).toHaveLength(before.length);
    expect(after.find((p) => p.id === birth.id)).toMatchObject({ fee: 'Miễn phí', checked: true });
  });

  it('is edited in setup: a new procedure, a retired one, a refusal for an unknown service', async () => {
    const a = (await services()).find((s) => s.prefix === 'A')!;
    const created = await server.api<Procedure>('/api/procedures', {
      body: {
        nameVi: 'Đăng ký khai sinh lưu động',
        aliases: ['khai sinh tại nhà'],
        serviceId: a.id,
        documents: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ nameEn: '', checked: true, active: true, onlineFiling: false });
    const retired = await server.api<Procedure>(`/api/procedures/${created.body.id}`, {
      method: 'PATCH',
      body: { active: false },
    });
    expect(retired.body).toMatchObject({ active: false, nameVi: 'Đăng ký khai sinh lưu động' });
    const refused = await server.api('/api/procedures', { body: { nameVi: 'X', serviceId: 9999 } });
    expect(refused.status).toBe(404);
    expect(refused.body.error).toMatchObject({ code: 'SERVICE_NOT_FOUND', vi: expect.stringMatching(/dịch vụ/) });
    const greeter = await device('greeter');
    expect((await server.api('/api/procedures', { token: greeter, body: { nameVi: 'X' } })).status).toBe(403);
    expect((await server.api('/api/procedures', { token: greeter })).status).toBe(200);
  });

  it('changes only the fields a PATCH sends: the code, names and papers stay (found: a default filled the code)', async () => {
    const a = (await services()).find((s) => s.prefix === 'A')!;
    const created = await server.api<Procedure>('/api/procedures', {
      body: {
        code: '1.001193',
        nameVi: 'Đăng ký kết hôn',
        nameEn: 'Marriage registration',
        serviceId: a.id,
        documents: ['Tờ khai'],
      },
    });
    const patched = await server.api<Procedure>(`/api/procedures/${created.body.id}`, {
      method: 'PATCH',
      body: { fee: 'Miễn lệ phí' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      code: '1.001193',
      nameEn: 'Marriage registration',
      documents: ['Tờ khai'],
      fee: 'Miễn lệ phí',
      checked: true,
      active: true,
    });
    const cleared = await server.api<Procedure>(`/api/procedures/${created.body.id}`, {
      method: 'PATCH',
      body: { code: '' },
    });
    expect(cleared.body.code).toBeNull();
  });
});

describe('a ticket issued for a procedure', () => {
  it('records the procedure, says so in the issued event, and a transfer carries it on', async () => {
    const birth = await named('Đăng ký khai sinh');
    const events = await listen(server);
    const issued = await server.api('/api/tickets', { body: { serviceId: birth.serviceId, procedureId: birth.id } });
    expect(issued.status).toBe(201);
    expect(issued.body.ticket.procedureId).toBe(birth.id);
    await events.until((list) => list.some((e) => e.kind === 'ticket' && e.type === 'issued'));
    const event = events.received
      .map((r) => r.event)
      .find((e): e is Extract<LuotEvent, { kind: 'ticket' }> => e.kind === 'ticket')!;
    expect(event.ticket.procedureId).toBe(birth.id);
    const { body } = await server.api<{ history: { type: string; data: Record<string, unknown> }[] }>(
      `/api/tickets/${issued.body.ticket.id}`,
    );
    expect(body.history[0]).toMatchObject({ type: 'issued', data: { procedureId: birth.id } });
    const h = (await services()).find((s) => s.prefix === 'H')!;
    const moved = await server.api(`/api/tickets/${issued.body.ticket.id}/transfer`, {
      body: { toServiceId: h.id },
    });
    expect(moved.body.ticket.procedureId).toBe(birth.id);
    events.close();
  });

  it('refuses an unknown procedure in words, and issues without one as before', async () => {
    const a = (await services()).find((s) => s.prefix === 'A')!;
    const refused = await server.api('/api/tickets', { body: { serviceId: a.id, procedureId: 99999 } });
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('PROCEDURE_NOT_FOUND');
    expect(refused.body.error.vi).toMatch(/thủ tục/);
    const plain = await server.api<{ ticket: Ticket }>('/api/tickets', { body: { serviceId: a.id } });
    expect(plain.body.ticket.procedureId).toBeNull();
  });
});

describe('CSV and XLSX', () => {
  it('imports a province list in CSV with Vietnamese text, its own headings and ";" between cells', async () => {
    const csv = [
      'DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ — TỈNH THANH HÓA',
      'Mã TTHC;Tên thủ tục hành chính;Lĩnh vực;Thành phần hồ sơ;Lệ phí;Cách gọi khác',
      '1.001193;Đăng ký khai sinh;Hộ tịch;"1. Tờ khai đăng ký khai sinh\n2. Giấy chứng sinh\n3. Căn cước của người đi đăng ký";Miễn lệ phí;"khai sinh; làm giấy khai sinh"',
      '2.000908;Thủ tục chứng thực chữ ký người dịch;A;Bản dịch;10.000 đồng/trường hợp;dịch thuật công chứng',
      '',
    ].join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]);
    const before = await catalogue();

    const dry = await importFile(bytes, { dryRun: true });
    expect(dry.body).toMatchObject({ applied: false, added: 1, updated: 1, problems: [] });
    expect(await catalogue()).toHaveLength(before.length);

    const done = await importFile(bytes);
    expect(done.body).toMatchObject({ applied: true, added: 1, updated: 1, retired: 0 });
    const after = await catalogue();
    const birth = after.find((p) => p.nameVi === 'Đăng ký khai sinh')!;
    // Matched by its name, given the province's code; the columns the file does not have are kept.
    expect(birth).toMatchObject({
      code: '1.001193',
      fee: 'Miễn lệ phí',
      checked: true,
      documents: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh', 'Căn cước của người đi đăng ký'],
      aliases: ['khai sinh', 'làm giấy khai sinh'],
      onlineFiling: true,
    });
    expect(birth.timeLimit).toMatch(/Trong ngày/);
    const translator = after.find((p) => p.code === '2.000908')!;
    expect(translator).toMatchObject({ nameVi: 'Thủ tục chứng thực chữ ký người dịch', checked: true });
    expect((await services()).find((s) => s.id === translator.serviceId)!.prefix).toBe('A');
  });

  it('reads a CSV saved by Excel in the Windows Vietnamese code page (1258)', async () => {
    // Bytes as Excel writes them in CP1258, where tone marks are combining characters: D2 hook, F2 dot below,
    // EC acute, DE tilde; EA ê, E3 ă, FD ư, D0 Đ. "Tên thủ tục,Mã thủ tục" then "Đăng ký khai tử,1.000656".
    const heading = [0x54, 0xea, 0x6e, 0x20, 0x74, 0x68, 0x75, 0xd2, 0x20, 0x74, 0x75, 0xf2, 0x63];
    const codeHeading = [0x4d, 0x61, 0xde, 0x20, 0x74, 0x68, 0x75, 0xd2, 0x20, 0x74, 0x75, 0xf2, 0x63];
    const name = [0xd0, 0xe3, 0x6e, 0x67, 0x20, 0x6b, 0x79, 0xec, 0x20, 0x6b, 0x68, 0x61, 0x69, 0x20, 0x74, 0xfd, 0xd2];
    const bytes = Buffer.from([
      ...heading,
      0x2c,
      ...codeHeading,
      0x0d,
      0x0a,
      ...name,
      ...Buffer.from(',1.000656\r\n', 'latin1'),
    ]);
    const done = await importFile(bytes);
    expect(done.body.problems).toEqual([]);
    expect((await named('Đăng ký khai tử')).code).toBe('1.000656');
  });

  it('says which lines are wrong, in both languages, and applies nothing', async () => {
    const csv = [
      'Tên thủ tục,Dịch vụ,Nộp trực tuyến',
      'Đăng ký khai sinh,A,có lẽ',
      'Thủ tục mới toanh,Z,không',
      ',A,có',
      'Thủ tục mới không có dịch vụ,,có',
      'Đăng ký khai sinh,A,có',
    ].join('\n');
    const before = await catalogue();
    const { body } = await importFile(Buffer.from(csv, 'utf8'));
    expect(body.applied).toBe(false);
    expect(body.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(body.problems[0]!.vi).toMatch(/^Dòng 2: ô "Nộp trực tuyến" ghi "có lẽ"/);
    expect(body.problems[1]!.vi).toMatch(/không tìm thấy dịch vụ "Z"/);
    expect(body.problems[1]!.en).toMatch(/^Line 3: no service "Z"/);
    expect(body.problems[2]!.vi).toMatch(/"Tên thủ tục" còn trống/);
    expect(body.problems[3]!.vi).toMatch(/cần ô "Dịch vụ"/);
    expect(body.problems[4]!.vi).toMatch(/trùng với dòng 2/);
    expect(await catalogue()).toEqual(before);
  });

  it.each(['csv', 'xlsx'] as const)('exports %s that imports back unchanged', async (format) => {
    const file = await exported(format);
    if (format === 'csv') {
      expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.toString('utf8')).toContain('Chứng thực bản sao từ bản chính');
    }
    const { body } = await importFile(file, { dryRun: true, retireMissing: true });
    expect(body).toMatchObject({ added: 0, updated: 0, retired: 0, problems: [] });
    expect(body.unchanged).toBe((await catalogue()).length);
  });

  it('retires what a complete list leaves out, on request, without deleting it', async () => {
    const csv = 'Tên thủ tục,Dịch vụ\nĐăng ký khai sinh,A\nĐăng ký kết hôn,A\n';
    const total = (await catalogue()).length;
    const { body } = await importFile(Buffer.from(csv), { retireMissing: true });
    expect(body).toMatchObject({ applied: true, retired: total - 2 });
    const after = await catalogue();
    expect(after).toHaveLength(total);
    expect(after.filter((p) => p.active).map((p) => p.nameVi)).toEqual(['Đăng ký khai sinh', 'Đăng ký kết hôn']);
  });
});

describe('missing papers and the report', () => {
  it('logs citizens sent home or to a help desk, and reports tickets by procedure and what sends people back', async () => {
    const birth = await named('Đăng ký khai sinh');
    const marriage = await named('Đăng ký kết hôn');
    const v = (await services()).find((s) => s.prefix === 'V')!;
    for (let i = 0; i < 3; i++)
      await server.api('/api/tickets', { body: { serviceId: birth.serviceId, procedureId: birth.id } });
    await server.api('/api/tickets', { body: { serviceId: marriage.serviceId, procedureId: marriage.id } });
    await server.api('/api/tickets', { body: { serviceId: marriage.serviceId } });

    const home = await server.api<{ id: number; print: unknown }>(`/api/procedures/${marriage.id}/missing-papers`, {
      body: { action: 'home', missing: [marriage.documents[2]] },
    });
    expect(home.status).toBe(201);
    expect(home.body.print).toEqual({ status: 'disabled' });
    await server.api(`/api/procedures/${marriage.id}/missing-papers`, {
      body: { action: 'home', missing: [marriage.documents[2], marriage.documents[3]] },
    });
    const refused = await server.api(`/api/procedures/${birth.id}/missing-papers`, { body: { action: 'help_desk' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('HELP_DESK_TICKET_REQUIRED');
    const helpTicket = await server.api('/api/tickets', { body: { serviceId: v.id, procedureId: birth.id } });
    await server.api(`/api/procedures/${birth.id}/missing-papers`, {
      body: { action: 'help_desk', ticketId: helpTicket.body.ticket.id, missing: [birth.documents[1]] },
    });

    // At the counter, one birth registration ends "hồ sơ chưa đầy đủ".
    const points = (await server.api<{ id: number; nameVi: string }[]>('/api/service-points')).body;
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!;
    const called = await server.api(`/api/service-points/${q1.id}/call-next`, { body: {} });
    expect(called.body.ticket.procedureId).toBe(birth.id);
    await server.api(`/api/tickets/${called.body.ticket.id}/resolve`, { body: { outcome: 'incomplete_documents' } });

    const { status, body } = await server.api<ProcedureReport>(`/api/reports/procedures?from=${today()}&to=${today()}`);
    expect(status).toBe(200);
    // Read on the report worker, off the queue's thread, with the same figures as in-thread.
    expect(server.luot.core.reports.offThread).toBe(true);
    expect(body).toEqual(procedureReport(server.luot.core.db, today(), today()));
    const row = (id: number) => body.rows.find((r) => r.procedureId === id)!;
    expect(row(birth.id)).toMatchObject({
      tickets: 4,
      incompleteAtCounter: 1,
      sentHome: 0,
      sentToHelpDesk: 1,
      sentBack: 2,
    });
    expect(row(marriage.id)).toMatchObject({ tickets: 1, sentHome: 2, sentBack: 2 });
    expect(body.ticketsWithoutProcedure).toBe(1);
    expect(body.mostSentBack.map((r) => r.procedureId)).toEqual([birth.id, marriage.id]);
    expect(body.missingDocuments[0]).toEqual({ procedureId: marriage.id, document: marriage.documents[2], times: 2 });

    const nextDay = await server.api<ProcedureReport>('/api/reports/procedures?from=2000-01-01&to=2000-01-02');
    expect(nextDay.body.rows).toEqual([]);
    const greeter = await device('greeter');
    expect((await server.api(`/api/reports/procedures?from=${today()}&to=${today()}`, { token: greeter })).status).toBe(
      403,
    );
    // The reports screen reads it, as it reads every report.
    const reader = await device('reports');
    expect((await server.api(`/api/reports/procedures?from=${today()}&to=${today()}`, { token: reader })).status).toBe(
      200,
    );
  });

  it('keeps the missing papers log: the database refuses to change or delete it', () => {
    const { db } = server.luot.core;
    const birth = server.luot.core.procedures.list()[0]!;
    server.luot.core.procedures.recordMissingPapers(birth.id, { action: 'home', missing: [], print: false }, null);
    expect(() => db.prepare('DELETE FROM missing_papers').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE missing_papers SET action = 'help_desk'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM procedures').run()).toThrow(/never deleted/);
  });
});
