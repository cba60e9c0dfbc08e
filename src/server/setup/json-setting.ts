/**
 * One JSON value under its own key of the settings table — the printer's, the voice's, backups', notes
 * retention's — completed from defaults so a value written by an older version still reads. A value that no
 * longer parses (a hand edit) falls back to the defaults. Read once, then kept: only `update` writes it.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';

export class JsonSetting<T extends object> {
  private cached: T | null = null;
  private readonly read: Statement<[string], { value: string }>;
  private readonly write: Statement<[string, string]>;

  constructor(
    db: Database,
    private readonly key: string,
    private readonly defaults: T,
    private readonly schema: z.ZodType<Partial<T>>,
  ) {
    this.read = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.write = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get(): T {
    if (this.cached) return this.cached;
    const row = this.read.get(this.key);
    let stored: Partial<T> = {};
    if (row) {
      const parsed = this.schema.safeParse(JSON.parse(row.value));
      if (parsed.success) stored = parsed.data;
    }
    this.cached = { ...this.defaults, ...stored };
    return this.cached;
  }

  update(patch: Partial<T>): T {
    const next = { ...this.get(), ...patch };
    this.write.run(this.key, JSON.stringify(next));
    this.cached = next;
    return next;
  }
}
