/** The citizen's side of the core: ratings, the status of a case for its page, and the citizen settings. */
import type { Database } from 'better-sqlite3';
import type { EventLog } from '../events/event-log';
import type { QueueEngine } from '../queue/queue-engine';
import type { SetupStore } from '../setup/setup-store';
import { CitizenSettingsStore } from './citizen-settings-store';
import { RatingsStore } from './ratings-store';
import { CitizenStatusReader } from './status-reader';

export interface CitizenCore {
  settings: CitizenSettingsStore;
  ratings: RatingsStore;
  status: CitizenStatusReader;
}

export function openCitizen(
  db: Database,
  setup: SetupStore,
  engine: QueueEngine,
  log: EventLog,
  clock: () => number,
): CitizenCore {
  return {
    settings: new CitizenSettingsStore(db),
    ratings: new RatingsStore(db, setup, engine, log, clock),
    status: new CitizenStatusReader(db, setup, engine, clock),
  };
}
