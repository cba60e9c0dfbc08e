/**
 * The LED boards above the counters. Like the printer, a driver the queue never waits for: it hears the queue's
 * events after their commit and writes each board in its own time — a call is answered before any board is
 * written, and a board that is unplugged, silent or misconfigured changes nothing in the queue. A board in fault
 * is tried again every few seconds (so one back on the line shows the current number within 5 s), and every board
 * is written again now and then, so one that was switched off and on between calls does not stay dark.
 */
import type { Database } from 'better-sqlite3';
import type { BoardSettings, BoardStatus } from '../../shared/boards';
import type { LuotEvent } from '../../shared/events';
import type { QueueEngine } from '../queue/queue-engine';
import type { Transactor } from '../queue/transactor';
import type { SetupStore } from '../setup/setup-store';
import { BOARD_PROTOCOL_TABLE, type BoardFace } from './board-protocols';
import { BusFailure, describeFault } from './board-problems';
import { BoardStore } from './board-store';
import { busKey, lineLabel, ModbusBus } from './modbus-bus';
import { applyToPoint, faceOf, type PointFace } from './point-face';

export interface BoardTimings {
  /** How long a board may take to answer one write (default 500 ms; a write takes ~25 ms at 9600 baud). */
  answerMs?: number;
  /** A board in fault is tried again after this (default 2 s). */
  retryMs?: number;
  /** Every board is written again after this much quiet (default 10 s). */
  refreshMs?: number;
  /** How long "Thử bảng" shows its pattern before the current number comes back (default 3 s). */
  testMs?: number;
}

interface BoardServiceOptions {
  db: Database;
  setup: SetupStore;
  engine: QueueEngine;
  events: Transactor;
  clock: () => number;
  timings?: BoardTimings;
}

interface Board {
  pointId: number;
  settings: BoardSettings;
  point: PointFace;
  /** The text the board last confirmed; null: unknown (never written, or a write failed). */
  written: string | null;
  /** Write even if the text is the same (a recall, a refresh). */
  again: boolean;
  testing: boolean;
  status: BoardStatus;
  /** Writes to this board, one after another. */
  chain: Promise<void>;
  timer: NodeJS.Timeout | undefined;
  removed: boolean;
}

export class BoardService {
  readonly store: BoardStore;
  private readonly boards = new Map<number, Board>();
  private readonly buses = new Map<string, ModbusBus>();
  private readonly timings: Required<BoardTimings>;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: BoardServiceOptions) {
    this.store = new BoardStore(options.db, options.clock);
    this.timings = { answerMs: 500, retryMs: 2000, refreshMs: 10_000, testMs: 3000, ...options.timings };
    for (const [pointId, settings] of this.store.all()) this.start(pointId, settings);
    this.unsubscribe = options.events.subscribe((events) => this.heard(events));
  }

  /** The board's status, or null when the point has none. */
  status(pointId: number): BoardStatus | null {
    return this.boards.get(pointId)?.status ?? null;
  }

  /** Keeps the point's board (new or changed) and writes it at once. */
  put(pointId: number, settings: BoardSettings): void {
    this.store.put(pointId, settings);
    this.stop(pointId);
    this.start(pointId, settings);
  }

  remove(pointId: number): boolean {
    this.stop(pointId);
    return this.store.remove(pointId);
  }

  /** "Thử bảng": every segment lit for a few seconds, then the current number again; answers how the write went. */
  async test(pointId: number): Promise<BoardStatus | null> {
    const board = this.boards.get(pointId);
    if (!board) return null;
    board.testing = true;
    await this.write(board, { force: true });
    const status = board.status;
    clearTimeout(board.timer);
    board.timer = setTimeout(() => {
      board.testing = false;
      void this.write(board, { force: true });
    }, this.timings.testMs);
    board.timer.unref();
    return status;
  }

  close(): void {
    this.unsubscribe();
    for (const pointId of [...this.boards.keys()]) this.stop(pointId);
    for (const bus of this.buses.values()) bus.close();
    this.buses.clear();
  }

  private start(pointId: number, settings: BoardSettings): void {
    const { engine, setup } = this.options;
    const point = setup.servicePoints().find((p) => p.id === pointId);
    const current = engine.tickets.currentOn(engine.today()).find((t) => t.servicePointId === pointId) ?? null;
    const board: Board = {
      pointId,
      settings,
      point: { paused: point?.paused ?? false, current, last: null },
      written: null,
      again: false,
      testing: false,
      status: { ok: true, lastWriteAt: null, showing: '' },
      chain: Promise.resolve(),
      timer: undefined,
      removed: false,
    };
    board.status.showing = this.textOf(board);
    this.boards.set(pointId, board);
    void this.write(board, { force: true });
  }

  private stop(pointId: number): void {
    const board = this.boards.get(pointId);
    if (!board) return;
    board.removed = true;
    clearTimeout(board.timer);
    this.boards.delete(pointId);
    // A line no board uses any more is let go (the adapter may be needed elsewhere).
    const key = busKey(board.settings.connection);
    if (![...this.boards.values()].some((b) => busKey(b.settings.connection) === key)) {
      this.buses.get(key)?.close();
      this.buses.delete(key);
    }
  }

  private heard(events: LuotEvent[]): void {
    for (const board of this.boards.values()) {
      let changed = false;
      for (const event of events) {
        const { state, again } = applyToPoint(board.point, board.pointId, event);
        if (state !== board.point || again) changed = true;
        board.point = state;
        board.again ||= again;
      }
      // Never inside the caller's turn: the call's answer goes first.
      if (changed) setImmediate(() => void this.write(board, { force: false }));
    }
  }

  private face(board: Board): BoardFace {
    return board.testing ? { kind: 'test' } : faceOf(board.point, board.settings.afterResolve);
  }

  private textOf(board: Board): string {
    return BOARD_PROTOCOL_TABLE[board.settings.protocol].text(this.face(board), board.settings.digits);
  }

  private bus(board: Board): ModbusBus {
    const key = busKey(board.settings.connection);
    let bus = this.buses.get(key);
    if (!bus) this.buses.set(key, (bus = new ModbusBus(board.settings.connection, this.timings.answerMs)));
    return bus;
  }

  /** Queues a write of what the board should show now (skipped when it already shows it). */
  private write(board: Board, { force }: { force: boolean }): Promise<void> {
    board.chain = board.chain.then(() => this.writeNow(board, force));
    return board.chain;
  }

  private async writeNow(board: Board, force: boolean): Promise<void> {
    if (board.removed) return;
    const text = this.textOf(board);
    board.status = { ...board.status, showing: text };
    if (!force && !board.again && text === board.written) return;
    // A board in fault waits for its retry rather than holding the line once per event.
    if (!force && !board.status.ok && board.timer) return;
    board.again = false;
    const { protocol, digits, unitId, connection } = board.settings;
    const face = this.face(board);
    try {
      await this.bus(board).send(unitId, BOARD_PROTOCOL_TABLE[protocol].writes(face, digits));
      board.written = text;
      this.setStatus(board, { ok: true, lastWriteAt: this.options.clock(), showing: text });
      this.schedule(board, this.timings.refreshMs);
    } catch (error) {
      if (!(error instanceof BusFailure)) throw error;
      board.written = null;
      const point = this.options.setup.servicePoints().find((p) => p.id === board.pointId);
      const place = {
        pointVi: point?.nameVi ?? `Quầy ${board.pointId}`,
        pointEn: point?.nameEn ?? `Counter ${board.pointId}`,
        unitId,
        line: lineLabel(connection),
      };
      this.setStatus(board, { ...board.status, ok: false, showing: text, error: describeFault(error.fault, place) });
      this.schedule(board, this.timings.retryMs);
    }
  }

  /** The next try (after a fault) or refresh (after a good write); a test pattern's own timer is left alone. */
  private schedule(board: Board, ms: number): void {
    if (board.testing || board.removed) return;
    clearTimeout(board.timer);
    board.timer = setTimeout(() => {
      board.timer = undefined;
      void this.write(board, { force: true });
    }, ms);
    board.timer.unref();
  }

  private setStatus(board: Board, status: BoardStatus): void {
    const before = board.status;
    board.status = status.ok ? { ok: true, lastWriteAt: status.lastWriteAt, showing: status.showing } : status;
    // The counter and setup hear when a board starts or stops answering (or fails another way), not every write.
    if (before.ok !== status.ok || before.error?.code !== status.error?.code)
      this.options.events.emit({
        kind: 'board',
        at: this.options.clock(),
        servicePointId: board.pointId,
        status: board.status,
      });
  }
}
