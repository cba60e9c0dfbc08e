/**
 * The kinds of help a help desk can record (setup's list). A fresh center — or one upgraded from a version that
 * had a fixed list — starts with sensible defaults: the VNeID / online-services desk's kinds, the elderly desk's
 * (filling forms, reading and writing for the citizen, explaining the procedure, accompanying to a counter), and
 * "Khác" for every desk. Retired with `active: false`, never deleted: tickets keep their codes.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { DEFAULT_ELDERLY_HELP_KINDS, DEFAULT_ONLINE_HELP_KINDS, type HelpKindEntry } from '../../shared/domain';
import { badRequest, fieldConflict, notFound } from '../../shared/errors';
import type { helpKindInput } from '../../shared/contract/bodies/setup';

type HelpKindInput = z.output<typeof helpKindInput>;

interface HelpKindRow {
  id: number;
  code: string;
  name_vi: string;
  name_en: string;
  service_id: number | null;
  active: number;
  sort_order: number;
}

const fromRow = (r: HelpKindRow): HelpKindEntry => ({
  id: r.id,
  code: r.code,
  nameVi: r.name_vi,
  nameEn: r.name_en,
  serviceId: r.service_id,
  active: r.active === 1,
  sortOrder: r.sort_order,
});

const NAMES: Record<string, [vi: string, en: string]> = {
  vneid_activation: ['Cài đặt, kích hoạt VNeID', 'VNeID install / activation'],
  online_filing: ['Nộp hồ sơ trực tuyến (Cổng DVC)', 'Online filing (Public Service Portal)'],
  result_lookup: ['Tra cứu kết quả', 'Result lookup'],
  online_payment: ['Thanh toán trực tuyến', 'Online payment'],
  e_account: ['Đăng ký tài khoản điện tử', 'E-account registration'],
  data_update: ['Cập nhật, đồng bộ dữ liệu sau sáp nhập', 'Data update after the merger'],
  form_filling: ['Điền tờ khai, biểu mẫu', 'Filling in forms'],
  read_write_for_citizen: ['Đọc, viết giúp công dân', 'Reading and writing for the citizen'],
  explain_procedure: ['Giải thích thủ tục, giấy tờ cần có', 'Explaining the procedure and papers'],
  accompany_to_counter: ['Đưa công dân đến quầy', 'Accompanying to a counter'],
  other: ['Khác', 'Other'],
};

export class HelpKindStore {
  private cache: HelpKindEntry[] | null = null;

  constructor(private readonly db: Database) {}

  list(): HelpKindEntry[] {
    return (this.cache ??= (
      this.db.prepare('SELECT * FROM help_kinds ORDER BY sort_order, id').all() as HelpKindRow[]
    ).map(fromRow));
  }

  /** The kinds a desk serving `serviceId` offers, in order. */
  offeredFor(serviceId: number): HelpKindEntry[] {
    return this.list().filter((k) => k.active && (k.serviceId === null || k.serviceId === serviceId));
  }

  /** Refuses a code that is not an active kind of help (a resolve must record something the reports know). */
  assertKnown(code: string): void {
    if (!this.list().some((k) => k.active && k.code === code))
      throw badRequest('UNKNOWN_HELP_KIND', {
        vi: `Không có loại hỗ trợ "${code}" trong danh sách; hãy chọn lại.`,
        en: `"${code}" is not a kind of help in the list; choose again.`,
      });
  }

  create(input: HelpKindInput): HelpKindEntry {
    this.assertCodeFree(input.code);
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO help_kinds (code, name_vi, name_en, service_id, active, sort_order)
         VALUES (@code, @nameVi, @nameEn, @serviceId, @active, @sortOrder)`,
      )
      .run({ ...input, active: input.active ? 1 : 0 });
    this.cache = null;
    return this.get(Number(lastInsertRowid));
  }

  update(id: number, patch: Partial<HelpKindInput>): HelpKindEntry {
    const merged = { ...this.get(id), ...patch };
    if (patch.code !== undefined && patch.code !== this.get(id).code) this.assertCodeFree(patch.code);
    this.db
      .prepare(
        `UPDATE help_kinds SET code = @code, name_vi = @nameVi, name_en = @nameEn, service_id = @serviceId,
           active = @active, sort_order = @sortOrder WHERE id = @id`,
      )
      .run({ ...merged, active: merged.active ? 1 : 0, id });
    this.cache = null;
    return this.get(id);
  }

  /** Fills an empty list with the defaults, tied to the help services by their prefixes (V, H) when present. */
  ensureDefaults(serviceIdOf: (prefix: string) => number | null): void {
    if ((this.db.prepare('SELECT count(*) AS n FROM help_kinds').get() as { n: number }).n > 0) return;
    const groups: [readonly string[], number | null][] = [
      [DEFAULT_ONLINE_HELP_KINDS, serviceIdOf('V')],
      [DEFAULT_ELDERLY_HELP_KINDS, serviceIdOf('H')],
      [['other'], null],
    ];
    let order = 0;
    this.db.transaction(() => {
      for (const [codes, serviceId] of groups)
        for (const code of codes) {
          const [nameVi, nameEn] = NAMES[code]!;
          this.create({ code, nameVi, nameEn, serviceId, active: true, sortOrder: order++ });
        }
    })();
  }

  private get(id: number): HelpKindEntry {
    const found = this.list().find((k) => k.id === id);
    if (!found)
      throw notFound('HELP_KIND_NOT_FOUND', { vi: `Không có loại hỗ trợ #${id}.`, en: `No kind of help #${id}.` });
    return found;
  }

  private assertCodeFree(code: string): void {
    if (this.list().some((k) => k.code === code))
      throw fieldConflict('HELP_KIND_CODE_TAKEN', 'code', {
        vi: `Mã "${code}" đã có loại hỗ trợ khác dùng.`,
        en: `The code "${code}" is already used by another kind of help.`,
      });
  }
}
