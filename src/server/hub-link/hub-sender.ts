/**
 * Sends the center's finished weeks to the province hub: each finished week from Monday 07:00 (Asia/Ho_Chi_Minh)
 * on, and again whenever a week is re-made with different figures (a new version). While the hub cannot be
 * reached it tries again later, waiting longer each time (1, 2, 4 … up to 60 minutes). What was sent, when, and
 * what the hub answered is kept for setup to show. A partial week is never sent by itself.
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { HubSendingStatus, HubSendRecord } from '../../shared/contract/week-file';
import type { LocalizedText } from '../../shared/errors';
import { addDays, mondayOf } from '../../shared/report-range';
import { localParts, serviceDayOf } from '../../shared/time';
import { JsonSetting } from '../setup/json-setting';
import type { WeekFiles } from './week-files';

interface SendingSettings {
  address: string;
  token: string;
  /** The first week to send: the week before the hub's address was first set. */
  since: string;
}
interface SendingState {
  /** Per week, the last answer that settles a version (stored, already there, or refused). */
  settled: Record<string, { version: number; status: number }>;
  history: HubSendRecord[];
  failures: number;
  nextTryAt: number;
}

/** Finished weeks looked at each time: the last few (a roster fix comes within days, not months). */
const WEEKS_LOOKED_AT = 4;
const CHECK_EVERY_MS = 60 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;
const HISTORY = 50;
const SEND_FROM_HOUR = 7;

export class HubSender {
  private readonly settings: JsonSetting<SendingSettings>;
  private readonly state: JsonSetting<SendingState>;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    db: Database,
    private readonly files: WeekFiles,
    private readonly clock: () => number,
  ) {
    this.settings = new JsonSetting<SendingSettings>(
      db,
      'hubSending',
      { address: '', token: '', since: '' },
      z.object({ address: z.string(), token: z.string(), since: z.string() }).partial(),
    );
    this.state = new JsonSetting<SendingState>(
      db,
      'hubSendState',
      { settled: {}, history: [], failures: 0, nextTryAt: 0 },
      z
        .object({
          settled: z.record(z.string(), z.object({ version: z.number(), status: z.number() })),
          history: z.array(z.any()),
          failures: z.number(),
          nextTryAt: z.number(),
        })
        .partial() as z.ZodType<Partial<SendingState>>,
    );
  }

  status(): HubSendingStatus {
    const { address, token } = this.settings.get();
    const { history, nextTryAt, failures } = this.state.get();
    return { address, tokenSet: token !== '', history, nextTryAt: failures > 0 ? nextTryAt : null };
  }

  update(patch: { address?: string | undefined; token?: string | undefined }): HubSendingStatus {
    const next: Partial<SendingSettings> = {};
    if (patch.address !== undefined) next.address = patch.address.replace(/\/+$/, '');
    if (patch.token !== undefined) next.token = patch.token;
    if (next.address && !this.settings.get().since) next.since = addDays(mondayOf(serviceDayOf(this.clock())), -7);
    this.settings.update(next);
    this.state.update({ failures: 0, nextTryAt: 0 });
    return this.status();
  }

  /** Looks every few minutes whether a week is due; the work itself runs at most hourly or as the backoff says. */
  start(everyMs = 5 * 60_000): void {
    let nextCheck = 0;
    this.timer = setInterval(() => {
      const now = this.clock();
      if (now < nextCheck || now < this.state.get().nextTryAt) return;
      nextCheck = now + CHECK_EVERY_MS;
      void this.run();
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Sends what is due now (one run at a time); the "send now" button and the timer both come here. */
  run(): Promise<void> {
    this.running ??= this.sendDue().finally(() => (this.running = null));
    return this.running;
  }

  /** Finished weeks due now: from Monday 07:00 after their Sunday, the last few, not before `since`. */
  dueWeeks(now: number): string[] {
    const { since } = this.settings.get();
    const thisMonday = mondayOf(serviceDayOf(now));
    const lastFinished =
      localParts(now).minuteOfDay >= SEND_FROM_HOUR * 60 || serviceDayOf(now) !== thisMonday
        ? addDays(thisMonday, -7)
        : addDays(thisMonday, -14);
    const weeks: string[] = [];
    for (let i = WEEKS_LOOKED_AT - 1; i >= 0; i--) {
      const week = addDays(lastFinished, -7 * i);
      if (!since || week >= since) weeks.push(week);
    }
    return weeks;
  }

  private async sendDue(): Promise<void> {
    const { address, token } = this.settings.get();
    if (!address || !token) return;
    const now = this.clock();
    for (const week of this.dueWeeks(now)) {
      let file;
      try {
        file = await this.files.make(week, now);
      } catch {
        return; // no code set yet: nothing can be sent
      }
      const settled = this.state.get().settled[week];
      if (settled && settled.version >= file.version) continue;
      const answer = await post(`${address}/api/hub/files`, token, JSON.stringify(file));
      const record: HubSendRecord = {
        at: this.clock(),
        week,
        version: file.version,
        status: answer.status,
        message: answer.message,
      };
      const state = this.state.get();
      const history = [record, ...state.history].slice(0, HISTORY);
      if (answer.status === 0 || answer.status >= 500 || answer.status === 401 || answer.status === 429) {
        // Not reached, or not now: wait longer each time, and try the other weeks then too.
        const failures = state.failures + 1;
        const backoff = Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** (failures - 1));
        this.state.update({ history, failures, nextTryAt: this.clock() + backoff });
        return;
      }
      this.state.update({
        history,
        failures: 0,
        nextTryAt: 0,
        settled: { ...state.settled, [week]: { version: file.version, status: answer.status } },
      });
    }
  }
}

async function post(url: string, token: string, body: string): Promise<{ status: number; message: LocalizedText }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let message: LocalizedText = { vi: `HTTP ${response.status}`, en: `HTTP ${response.status}` };
    try {
      const parsed = JSON.parse(text) as { message?: LocalizedText; error?: LocalizedText };
      const said = parsed.message ?? parsed.error;
      if (said && typeof said.vi === 'string' && typeof said.en === 'string') message = { vi: said.vi, en: said.en };
    } catch {
      // not JSON: keep the status line
    }
    return { status: response.status, message };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      status: 0,
      message: {
        vi: `Không kết nối được máy chủ tỉnh (${why}); sẽ thử lại.`,
        en: `Could not reach the province hub (${why}); will try again.`,
      },
    };
  }
}
