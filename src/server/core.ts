/**
 * The core of Lượt: database, setup, queue engine, devices. Plain Node; the LAN server and the Electron
 * shell both start it through `openCore`.
 */
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { guardDeviceRoles } from './auth/device-roles';
import { DeviceStore } from './auth/device-store';
import { BoardService, type BoardTimings } from './boards/board-service';
import { SessionStore } from './auth/sessions';
import { AppointmentBook } from './appointments/appointment-book';
import { openCitizen, type CitizenCore } from './citizen/citizen-core';
import { openDatabase, type OpenOptions } from './db/open';
import { DatabaseCheck, type DatabaseDamage } from './db/quick-check';
import type { EventLog } from './events/event-log';
import { guardEventTypes } from './events/event-type-guard';
import { openHubLink, type HubLink } from './hub-link/hub-link';
import type { LinkOptions } from './printing/connections/open-link';
import { PrintService } from './printing/print-service';
import { ImportReader } from './procedures/import-reader';
import { ProcedureStore } from './procedures/procedure-store';
import { seedProcedures } from './procedures/seed-procedures';
import { QueueEngine, type Clock } from './queue/queue-engine';
import { ReportRunner } from './reports/report-runner';
import { Transactor } from './queue/transactor';
import { seedFirstRun } from './setup/first-run';
import { SetupStore } from './setup/setup-store';
import { VoiceService } from './voice/voice-service';

export interface CoreOptions extends OpenOptions {
  /** Folder for `luot.db`; or give `databaseFile`. */
  dataDir?: string;
  databaseFile?: string;
  clock?: Clock;
  /** Fill a new database with a typical center (default true). */
  seed?: boolean;
  /** Programs and time limits of the printer connections (tests swap them). */
  printLinks?: LinkOptions;
  /** How often at most the day watcher looks at the clock (tests with a moved clock shorten it). */
  dayCheckMs?: number;
  /** How long a sign-in link works (default 15 minutes; LUOT_SIGN_IN_LINK_MINUTES). */
  signInLinkMinutes?: number;
  /** Time limits of the LED boards (tests shorten them). */
  boardTimings?: BoardTimings;
  /** Database files below this size are checked on the server's thread (quick-check.ts; tests set 0: the worker). */
  checkInThreadBelowBytes?: number;
}

export interface Core {
  db: Database;
  setup: SetupStore;
  engine: QueueEngine;
  devices: DeviceStore;
  /** Browser sessions of signed-in devices. */
  sessions: SessionStore;
  events: Transactor;
  /** The one writer of the event log. */
  log: EventLog;
  printing: PrintService;
  /** Report jobs, run in a worker process with its own read-only connection. */
  reports: ReportRunner;
  /** The core's clock (tests set it): what "now" means for reports and sign-ins. */
  now: Clock;
  /** The procedure guide's catalogue (issue 15). */
  procedures: ProcedureStore;
  /** Reads imported catalogue files in a worker process (issue 24, point 8). */
  imports: ImportReader;
  /** Ratings, the citizen's status page, citizen settings. */
  citizen: CitizenCore;
  voice: VoiceService;
  /** The center's identity, its signed weekly files and their sending to the province hub (issue 21). */
  hubLink: HubLink;
  /** Appointments: bookings, check-in, missed ones, the held share (issue 22). */
  appointments: AppointmentBook;
  /** The LED boards above the counters (issue 23). */
  boards: BoardService;
  /**
   * Set once the database failed its check (src/server/db/quick-check.ts): it is then served for reading only.
   * The check runs off the start path: `check.run()` 3 s after the host listens (start.ts), and after a backup that
   * did not read back.
   */
  readonly damage: DatabaseDamage | null;
  check: DatabaseCheck;
  close(): void;
}

export const DATABASE_FILE_NAME = 'luot.db';

export function openCore(options: CoreOptions): Core {
  const file = options.databaseFile ?? join(options.dataDir ?? '.', DATABASE_FILE_NAME);
  const db = openDatabase(file, options);
  const check = new DatabaseCheck(db, file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.checkInThreadBelowBytes !== undefined ? { inThreadBelowBytes: options.checkInThreadBelowBytes } : {}),
  });
  guardEventTypes(db);
  guardDeviceRoles(db);
  const clock = options.clock ?? Date.now;
  const setup = new SetupStore(db);
  const procedures = new ProcedureStore(db, setup, clock);
  if (options.seed !== false) {
    seedFirstRun(db, setup);
    seedProcedures(db, setup, procedures);
  }
  setup.helpKinds.ensureDefaults(
    (prefix) => setup.services().find((s) => s.prefix === prefix && s.kind === 'help')?.id ?? null,
  );
  const events = new Transactor(db);
  const engine = new QueueEngine(db, setup, events, clock);
  engine.days.watch(options.dayCheckMs);
  const printing = new PrintService({ db, setup, engine, events, clock, links: options.printLinks });
  const reports = new ReportRunner({
    db,
    databaseFile: file === ':memory:' ? null : file,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const devices = new DeviceStore(db, clock, options.signInLinkMinutes);
  const hubLink = openHubLink(db, setup, reports, clock);
  const imports = new ImportReader();
  const appointments = new AppointmentBook(db, setup, engine, clock);
  // Missed appointments give their held numbers back: the screens refetch the queue's holds.
  appointments.watch(() => events.run(() => engine.log.setup('appointments', 'updated', null, { deviceId: null })));
  const boards = new BoardService({ db, setup, engine, events, clock, timings: options.boardTimings });
  check.onDamage(() => {
    // SQLite itself refuses every write from now on; what writes on a timer stops.
    db.pragma('query_only = ON');
    engine.days.stop();
    appointments.stop();
    hubLink.sender.stop();
  });
  return {
    db,
    setup,
    engine,
    devices,
    sessions: new SessionStore(db, devices, clock),
    events,
    log: engine.log,
    printing,
    reports,
    now: clock,
    procedures,
    imports,
    citizen: openCitizen(db, setup, engine, engine.log, clock),
    voice: new VoiceService(db, clock),
    hubLink,
    appointments,
    boards,
    get damage() {
      return check.damage;
    },
    check,
    close: () => {
      void check.close();
      void imports.close();
      hubLink.sender.stop();
      boards.close();
      engine.days.stop();
      appointments.stop();
      void reports.close();
      printing.close();
      db.close();
    },
  };
}
