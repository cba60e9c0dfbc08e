/**
 * The core of Lượt: database, setup, queue engine, devices. Plain Node; the LAN server and the Electron
 * shell both start it through `openCore`.
 */
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { DeviceStore } from './auth/device-store';
import { openDatabase, type OpenOptions } from './db/open';
import type { LinkOptions } from './printing/connections/open-link';
import { PrintService } from './printing/print-service';
import { QueueEngine, type Clock } from './queue/queue-engine';
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
}

export interface Core {
  db: Database;
  setup: SetupStore;
  engine: QueueEngine;
  devices: DeviceStore;
  events: Transactor;
  printing: PrintService;
  voice: VoiceService;
  close(): void;
}

export const DATABASE_FILE_NAME = 'luot.db';

export function openCore(options: CoreOptions): Core {
  const file = options.databaseFile ?? join(options.dataDir ?? '.', DATABASE_FILE_NAME);
  const db = openDatabase(file, options);
  const clock = options.clock ?? Date.now;
  const setup = new SetupStore(db);
  if (options.seed !== false) seedFirstRun(db, setup);
  const events = new Transactor(db);
  const engine = new QueueEngine(db, setup, events, clock);
  engine.closeEndedDays();
  const printing = new PrintService({ db, setup, engine, events, clock, links: options.printLinks });
  return {
    db,
    setup,
    engine,
    devices: new DeviceStore(db, clock),
    events,
    printing,
    voice: new VoiceService(db, clock),
    close: () => {
      printing.close();
      db.close();
    },
  };
}
