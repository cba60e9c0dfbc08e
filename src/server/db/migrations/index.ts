import type { Database } from 'better-sqlite3';
import { updateToSchemaVersion1 } from './0001-initial';
import { updateToSchemaVersion2 } from './0002-contract';
import { updateToSchemaVersion3 } from './0003-reports';
import { updateToSchemaVersion4 } from './0004-procedures';
import { updateToSchemaVersion5 } from './0005-trust';
import { updateToSchemaVersion6 } from './0006-citizen';
import { updateToSchemaVersion7 } from './0007-voice';
import { updateToSchemaVersion8 } from './0008-comment-retention';
import { updateToSchemaVersion9 } from './0009-zone-retire';
import { updateToSchemaVersion10 } from './0010-point-boards';
import { updateToSchemaVersion11 } from './0011-appointments';
import { updateToSchemaVersion12 } from './0012-handling-time';
import { updateToSchemaVersion13 } from './0013-served-counters';

export interface Migration {
  version: number;
  run: (db: Database) => void;
}

/** Every schema step, in order. A new step is a new module appended here with the next version. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, run: updateToSchemaVersion1 },
  { version: 2, run: updateToSchemaVersion2 },
  { version: 3, run: updateToSchemaVersion3 },
  { version: 4, run: updateToSchemaVersion4 },
  { version: 5, run: updateToSchemaVersion5 },
  { version: 6, run: updateToSchemaVersion6 },
  { version: 7, run: updateToSchemaVersion7 },
  { version: 8, run: updateToSchemaVersion8 },
  { version: 9, run: updateToSchemaVersion9 },
  { version: 10, run: updateToSchemaVersion10 },
  { version: 11, run: updateToSchemaVersion11 },
  { version: 12, run: updateToSchemaVersion12 },
  { version: 13, run: updateToSchemaVersion13 },
];
