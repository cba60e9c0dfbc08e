/** The center's side of the province hub: its identity and key, its weekly files, and their sending. */
import type { Database } from 'better-sqlite3';
import type { ReportRunner } from '../reports/report-runner';
import type { SetupStore } from '../setup/setup-store';
import { CenterIdentityStore } from './center-identity';
import { HubSender } from './hub-sender';
import { WeekFiles } from './week-files';

export interface HubLink {
  identity: CenterIdentityStore;
  files: WeekFiles;
  sender: HubSender;
}

export function openHubLink(db: Database, setup: SetupStore, reports: ReportRunner, clock: () => number): HubLink {
  const identity = new CenterIdentityStore(db, setup);
  const files = new WeekFiles(db, setup, reports, identity);
  const sender = new HubSender(db, files, clock);
  sender.start();
  return { identity, files, sender };
}
