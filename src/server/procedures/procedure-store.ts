/**
 * The procedure catalogue and the guide's settings. Read by every greeter (the whole list, searched on the screen),
 * changed by setup and by imports; reads are cached and the cache dropped on every write.
 */
import type { Database } from 'better-sqlite3';
import { notFound } from '../../shared/errors';
import type { MissingPapersInput, ProcedureInput } from '../../shared/procedure-schemas';
import { procedureGuideSettingsPatch } from '../../shared/procedure-schemas';
import { serviceDayOf } from '../../shared/time';
import { DEFAULT_PROCEDURE_GUIDE_SETTINGS, type Procedure, type ProcedureGuideSettings } from '../../shared/procedures';
import type { SetupStore } from '../setup/setup-store';
import { procedureFromRow, procedureParams, type ProcedureRow } from './procedure-rows';

const SETTINGS_KEY = 'procedureGuide';

export class ProcedureStore {
  private cached: Procedure[] | null = null;
  private cachedSettings: ProcedureGuideSettings | null = null;

  constructor(
    private readonly db: Database,
    private readonly setup: SetupStore,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Every procedure, retired ones included (setup shows them greyed), in catalogue order. */
  list(): Procedure[] {
    return (this.cached ??= (
      this.db.prepare('SELECT * FROM procedures ORDER BY sort_order, id').all() as ProcedureRow[]
    ).map(procedureFromRow));
  }

  /** One procedure (from the cached list when there is one: an import writes hundreds in a row without it). */
  get(id: number): Procedure {
    const row = this.cached
      ? this.cached.find((p) => p.id === id)
      : (this.db.prepare('SELECT * FROM procedures WHERE id = ?').get(id) as ProcedureRow | undefined);
    if (!row)
      throw notFound('PROCEDURE_NOT_FOUND', {
        vi: `Không có thủ tục #${id} trong danh mục.`,
        en: `There is no procedure #${id} in the catalogue.`,
      });
    return 'name_vi' in row ? procedureFromRow(row) : row;
  }

  create(input: ProcedureInput): Procedure {
    this.setup.service(input.serviceId);
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO procedures (code, name_vi, name_en, aliases, service_id, documents, online_filing, fee,
           time_limit, result_at, checked, active, sort_order)
         VALUES (@code, @nameVi, @nameEn, @aliases, @serviceId, @documents, @onlineFiling, @fee, @timeLimit,
           @resultAt, @checked, @active, (SELECT coalesce(max(sort_order), 0) + 1 FROM procedures))`,
      )
      .run(procedureParams(input));
    this.cached = null;
    return this.get(Number(lastInsertRowid));
  }

  update(id: number, patch: Partial<ProcedureInput>): Procedure {
    const merged = { ...this.get(id), ...patch };
    this.setup.service(merged.serviceId);
    this.db
      .prepare(
        `UPDATE procedures SET code = @code, name_vi = @nameVi, name_en = @nameEn, aliases = @aliases,
           service_id = @serviceId, documents = @documents, online_filing = @onlineFiling, fee = @fee,
           time_limit = @timeLimit, result_at = @resultAt, checked = @checked, active = @active
         WHERE id = @id`,
      )
      .run({ ...procedureParams(merged), id });
    this.cached = null;
    return this.get(id);
  }

  /** Logs a citizen sent away from the entrance for missing papers (append-only: the report counts them). */
  recordMissingPapers(procedureId: number, input: MissingPapersInput, deviceId: number | null): number {
    const at = this.clock();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO missing_papers (at, service_day, procedure_id, action, missing, ticket_id, device_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        at,
        serviceDayOf(at),
        procedureId,
        input.action,
        JSON.stringify(input.missing),
        input.ticketId ?? null,
        deviceId,
      );
    return Number(lastInsertRowid);
  }

  guideSettings(): ProcedureGuideSettings {
    if (!this.cachedSettings) {
      const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(SETTINGS_KEY) as
        { value: string } | undefined;
      // Written by this class after parsing; should a hand edit break it, the defaults stand.
      const stored = row ? procedureGuideSettingsPatch.safeParse(JSON.parse(row.value)) : null;
      this.cachedSettings = { ...DEFAULT_PROCEDURE_GUIDE_SETTINGS, ...(stored?.success ? stored.data : {}) };
    }
    return this.cachedSettings;
  }

  updateGuideSettings(patch: Partial<ProcedureGuideSettings>): ProcedureGuideSettings {
    const next = { ...this.guideSettings(), ...patch };
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(SETTINGS_KEY, JSON.stringify(next));
    this.cachedSettings = next;
    return next;
  }
}
