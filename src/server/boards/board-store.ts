/**
 * The boards setup keeps, one row per service point that has one (table `point_boards`, migration 0010). A row
 * that no longer parses (a hand edit, a field from a newer version) is read as no board rather than stopping the
 * server: the queue never depends on a board.
 */
import type { Database } from 'better-sqlite3';
import { boardSettingsInput, type BoardSettings } from '../../shared/boards';

export class BoardStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => number,
  ) {}

  all(): Map<number, BoardSettings> {
    const rows = this.db.prepare('SELECT service_point_id AS pointId, settings FROM point_boards').all() as {
      pointId: number;
      settings: string;
    }[];
    const boards = new Map<number, BoardSettings>();
    for (const row of rows) {
      const parsed = boardSettingsInput.safeParse(JSON.parse(row.settings));
      if (parsed.success) boards.set(row.pointId, parsed.data);
    }
    return boards;
  }

  get(pointId: number): BoardSettings | null {
    return this.all().get(pointId) ?? null;
  }

  put(pointId: number, settings: BoardSettings): void {
    this.db
      .prepare(
        `INSERT INTO point_boards (service_point_id, settings, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (service_point_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
      )
      .run(pointId, JSON.stringify(settings), this.clock());
  }

  remove(pointId: number): boolean {
    return this.db.prepare('DELETE FROM point_boards WHERE service_point_id = ?').run(pointId).changes > 0;
  }
}
