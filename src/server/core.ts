/**
 * The core of Lượt: database, setup, queue engine, devices. Plain Node; the LAN server and the Electron
 * shell both start it through `openCore`.
 */
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { guardDeviceRoles } from './auth/device-roles';
import { DeviceStore } from './auth/device-store';
import { openCitizen, type CitizenCore } from './citizen/citizen-core';
import { openDatabase, type OpenOptions } from './db/open';
import type { EventLog } from './events/event-log';
import { guardEventTypes } from './events/event-type-guard';
import type { LinkOptions } from './printing/connections/open-link';
import { PrintService } from './printing/print-service';
import { QueueEngine, type Clock } from './queue/queue-engine';
import { Transactor } from './queue/transactor';
import { seedFirstRun } from './setup/first-run';
import { SetupStore } from './setup/setup-store';

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
}

export interface Core {
  db: Database;
  setup: SetupStore;
  engine: QueueEngine;
  devices: DeviceStore;
  events: Transactor;
  /** The one writer of the event log. */
  log: EventLog;
  printing: PrintService;
  /** Ratings, the citizen's status page, citizen settings. */
  citizen: CitizenCore;
  close(): void;
}

export const DATABASE_FILE_NAME = 'luot.db';

export function openCore(options: CoreOptions): Core {
  const file = options.databaseFile ?? join(options.dataDir ?? '.', DATABASE_FILE_NAME);
  const db = openDatabase(file, options);
  guardEventTypes(db);
  guardDeviceRoles(db);
  const clock = options.clock ?? Date.now;
  const setup = new SetupStore(db);
  if (options.seed !== false) seedFirstRun(db, setup);
  setup.helpKinds.ensureDefaults(
    (prefix) => setup.services().find((s) => s.prefix === prefix && s.kind === 'help')?.id ?? null,
  );
  const events = new Transactor(db);
  const engine = new QueueEngine(db, setup, events, clock);
  engine.days.watch(options.dayCheckMs);
  const printing = new PrintService({ db, setup, engine, events, clock, links: options.printLinks });
  return {
    db,
    setup,
    engine,
    devices: new DeviceStore(db, clock),
    events,
    log: engine.log,
    printing,
    citizen: openCitizen(db, setup, engine, engine.log, clock),
    close: () => {
      engine.days.stop();
      printing.close();
      db.close();
    },
  };
}
