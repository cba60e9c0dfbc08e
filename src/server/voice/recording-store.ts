/**
 * The center's recorded segments (table `voice_recordings`). The current recording of a key is its newest one
 * not retired; saving again or importing a pack retires the one before, and "use the bundled voice" retires it
 * too — nothing is deleted, so a recording can always be found again.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ENDPOINTS } from '../../shared/contract/endpoints';
import { notFound } from '../../shared/errors';
import type { RecordedSegment, RecordedSegmentInput } from '../../shared/voice-settings';

interface RecordingRow {
  id: number;
  key: string;
  mime: string;
  duration_ms: number;
  recorded_at: number;
}

export interface RecordingAudio {
  mime: string;
  audio: Buffer;
}

export type RecordingOrigin = 'recorded' | 'imported';

const urlOf = (row: RecordingRow) => ENDPOINTS.voiceAudio.path.replace(':id', String(row.id));

export class RecordingStore {
  private readonly listCurrent: Statement<[], RecordingRow>;
  private readonly audioOf: Statement<[number], { mime: string; audio: Buffer }>;
  private readonly retireKey: Statement<[number, string]>;
  private readonly insert: Statement<[string, string, Buffer, number, RecordingOrigin, number]>;

  constructor(
    private readonly db: Database,
    private readonly clock: () => number = Date.now,
  ) {
    this.listCurrent = db.prepare(
      `SELECT id, key, mime, duration_ms, recorded_at FROM voice_recordings
        WHERE retired_at IS NULL ORDER BY key`,
    );
    this.audioOf = db.prepare('SELECT mime, audio FROM voice_recordings WHERE id = ?');
    this.retireKey = db.prepare('UPDATE voice_recordings SET retired_at = ? WHERE key = ? AND retired_at IS NULL');
    this.insert = db.prepare(
      `INSERT INTO voice_recordings (key, mime, audio, duration_ms, origin, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
  }

  list(): RecordedSegment[] {
    return this.listCurrent.all().map((row) => ({
      key: row.key,
      mime: row.mime,
      durationMs: row.duration_ms,
      recordedAt: row.recorded_at,
      url: urlOf(row),
    }));
  }

  /** The audio of one recording, current or retired (a display may still be playing one just replaced). */
  audio(id: number): RecordingAudio {
    const row = this.audioOf.get(id);
    if (!row)
      throw notFound('RECORDING_NOT_FOUND', {
        vi: 'Không tìm thấy bản ghi âm này; có thể màn hình cần tải lại.',
        en: 'This recording was not found; the screen may need to reload.',
      });
    return row;
  }

  /** Saves recordings, each replacing the current one of its key; all or nothing. */
  save(segments: readonly RecordedSegmentInput[], origin: RecordingOrigin): RecordedSegment[] {
    const at = this.clock();
    this.db.transaction(() => {
      for (const segment of segments) {
        this.retireKey.run(at, segment.key);
        this.insert.run(
          segment.key,
          segment.mime,
          Buffer.from(segment.audioBase64, 'base64'),
          segment.durationMs,
          origin,
          at,
        );
      }
    })();
    const keys = new Set(segments.map((s) => s.key));
    return this.list().filter((s) => keys.has(s.key));
  }

  /** The key is said by the bundled voice again. */
  retire(key: string): void {
    const { changes } = this.retireKey.run(this.clock(), key);
    if (changes === 0)
      throw notFound('RECORDING_NOT_FOUND', {
        vi: 'Đoạn này chưa được ghi âm nên không có gì để bỏ.',
        en: 'This segment has no recording to remove.',
      });
  }

  /** Every current recording with its audio, for a voice pack. */
  exportAll(): RecordedSegmentInput[] {
    return this.list().map((segment) => {
      const id = Number(segment.url.split('/').pop());
      const { mime, audio } = this.audio(id);
      return {
        key: segment.key,
        mime: mime as RecordedSegmentInput['mime'],
        audioBase64: audio.toString('base64'),
        durationMs: segment.durationMs,
      };
    });
  }
}
