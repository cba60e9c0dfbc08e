import type { Database } from 'better-sqlite3';
import { updateToSchemaVersion1 } from './0001-initial';
import { updateToSchemaVersion2Voice } from './0002-voice';

export interface Migration {
  version: number;
  run: (db: Database) => void;
}

/** Every schema step, in order. A new step is a new module appended here with the next version. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, run: updateToSchemaVersion1 },
  { version: 2, run: updateToSchemaVersion2Voice },
];
