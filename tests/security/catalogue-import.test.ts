/**
 * Found (issue 24, point 8): a 10 MB catalogue CSV was parsed on the queue's thread, and a greeter's ticket
 * issued meanwhile waited 4 s. Now the file is read and planned in a worker process (src/server/procedures/
 * import-reader.ts): tickets keep being issued while it reads, and a hostile file — millions of rows — is refused
 * in both languages without the host reading it whole.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcedureImportAnswer } from '../../src/shared/procedures';
import { isBilingual, trustServer, type Reply, type TrustServer } from './trust-server';

let server: TrustServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A province's list grown to ~10 MB: 15,000 procedures of ~660 bytes, with Vietnamese text. */
function bigCatalogue(): Buffer {
  const lines = ['Mã thủ tục;Tên thủ tục;Dịch vụ;Giấy tờ cần mang;Lệ phí;Thời hạn giải quyết'];
  for (let i = 0; i < 15_000; i++)
    lines.push(
      [
        `1.00${i}`,
        `Thủ tục đăng ký số ${i} — cấp lại giấy xác nhận tình trạng hôn nhân cho công dân cư trú trong xã`,
        i % 2 ? 'A' : 'B',
        `"Tờ khai theo mẫu (bản chính)\nGiấy tờ tùy thân có ảnh của người yêu cầu (bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu)\nGiấy tờ chứng minh nơi cư trú; văn bản ủy quyền nếu nhờ người khác nộp thay, có chứng thực chữ ký ${i}"`,
        'Miễn lệ phí đối với người thuộc hộ nghèo, người khuyết tật; các trường hợp khác 15.000 đồng',
        '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
      ].join(';'),
    );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}`, 'utf8');
}

/**
 * Sends the import and, until it is answered, issues tickets one after another as a greeter would. Answers the
 * import's reply, its time, and each ticket's wait.
 */
async function importWhileIssuing(server: TrustServer, bytes: Buffer, path = '/api/procedures/import') {
  const started = performance.now();
  let answer: Reply<unknown> | null = null;
  const importing = server
    .send(path, {
      body: { fileName: 'danh-muc.csv', contentBase64: bytes.toString('base64'), dryRun: true },
    })
    .then((reply) => (answer = reply));
  const waits: number[] = [];
  while (answer === null) {
    const t0 = performance.now();
    const ticket = await server.send('/api/tickets', { body: { serviceId: 1 } });
    expect(ticket.status).toBe(201);
    if (answer === null) waits.push(performance.now() - t0);
    // A busy morning's pace, not a flood: the machine's cores are the worker's too.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await importing;
  return { reply: answer as Reply<unknown>, ms: performance.now() - started, waits };
}

describe('a catalogue import', () => {
  it('of 10 MB is read off the queue’s thread: tickets keep being issued while it reads', async () => {
    server = await trustServer();
    const bytes = bigCatalogue();
    expect(bytes.length).toBeGreaterThan(9_500_000);
    const { reply, ms, waits } = await importWhileIssuing(server, bytes);
    expect(reply.status, reply.text.slice(0, 300)).toBe(200);
    expect((reply.body as ProcedureImportAnswer).added).toBe(15_000);
    // On the queue's thread the whole read was one long wait for the ticket behind it. Off it, tickets are
    // answered all along: many of them, and none waits anywhere near the import's own time.
    const longest = Math.max(...waits);
    expect(waits.length, `${waits.length} tickets in ${ms.toFixed(0)} ms`).toBeGreaterThanOrEqual(5);
    expect(longest, `longest ticket ${longest.toFixed(0)} ms of an import of ${ms.toFixed(0)} ms`).toBeLessThan(
      ms * 0.4,
    );
    // The worker runs below the server's priority: on a machine busy with other work it takes its time.
  }, 120_000);

  it('of a hostile file (2.5 million rows) is refused in both languages, and tickets are issued meanwhile', async () => {
    server = await trustServer();
    const bytes = Buffer.from('Tên thủ tục;Dịch vụ\n' + 'x;A\n'.repeat(2_500_000), 'utf8');
    const { reply, waits } = await importWhileIssuing(server, bytes);
    expect(reply.status).toBe(400);
    expect(isBilingual(reply.body)).toBe(true);
    expect((reply.body as { error: { code: string } }).error.code).toBe('CATALOGUE_FILE_UNREADABLE');
    expect(waits.length).toBeGreaterThanOrEqual(1);
    // The host is whole: a ticket and the catalogue are served after it.
    expect((await server.send('/api/tickets', { body: { serviceId: 1 } })).status).toBe(201);
    expect((await server.send('/api/procedures')).status).toBe(200);
  }, 120_000);

  it('of a day’s bookings with half a million rows is refused in both languages, read off the queue’s thread too', async () => {
    server = await trustServer();
    const bytes = Buffer.from('Dịch vụ;Ngày;Giờ\n' + 'A;08/12/2026;9:30\n'.repeat(560_000), 'utf8');
    expect(bytes.length).toBeLessThan(10_400_000);
    const { reply } = await importWhileIssuing(server, bytes, '/api/appointments/import');
    expect(reply.status).toBe(400);
    expect(isBilingual(reply.body)).toBe(true);
    expect((await server.send('/api/tickets', { body: { serviceId: 1 } })).status).toBe(201);
    // Read by the import worker, not on the server's thread.
    expect(server.luot.core.imports.offThread).toBe(true);
  }, 120_000);
});
