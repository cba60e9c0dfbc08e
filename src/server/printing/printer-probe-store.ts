/**
 * What printing found out about the chosen printer (PrinterProbe: answers status? how fast?), kept under the key
 * `printerProbe` of the settings table with the connection it was found on. Another connection reads as "not
 * known yet", so a new printer starts from its model's defaults and never inherits the last one's habits.
 */
import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { PrinterConnection, PrinterProbe } from '../../shared/domain';
import { connectionKey } from './connections/open-link';

const KEY = 'printerProbe';

const stored = z.object({
  connection: z.string(),
  probe: z.object({
    answersStatus: z.boolean(),
    bytesPerSecond: z.number().positive().nullable(),
    at: z.number(),
    by: z.enum(['test', 'ticket']),
  }),
});

export class PrinterProbeStore {
  private cached: z.infer<typeof stored> | null | undefined;
  private readonly read: Statement<[string], { value: string }>;
  private readonly write: Statement<[string, string]>;

  constructor(db: Database) {
    this.read = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.write = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  /** What is known of the printer on `connection`, or null. */
  get(connection: PrinterConnection): PrinterProbe | null {
    if (this.cached === undefined) {
      const row = this.read.get(KEY);
      // A hand-edited value that no longer parses only means "not known yet": printing goes on by the model.
      const parsed = row ? stored.safeParse(JSON.parse(row.value)) : null;
      this.cached = parsed?.success ? parsed.data : null;
    }
    return this.cached?.connection === connectionKey(connection) ? this.cached.probe : null;
  }

  set(connection: PrinterConnection, probe: PrinterProbe): void {
    const value = { connection: connectionKey(connection), probe };
    this.write.run(KEY, JSON.stringify(value));
    this.cached = value;
  }
}
