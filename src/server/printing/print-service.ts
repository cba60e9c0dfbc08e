/**
 * Printing tickets: the one place the LAN routes ask to print, reprint, test, preview or read the printer's
 * status. A ticket is committed before its print starts and never waits for it; how each print ended goes to
 * the screens and the event log (print-record.ts). What printing finds out about the printer — does it answer
 * status, how fast does it read — is remembered (printer-probe-store.ts) and used by the jobs after.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { PrinterProbe, PrinterSettings, PrintAnswer, Ticket } from '../../shared/domain';
import { badRequest, conflict } from '../../shared/errors';
import type { PrintOutcome, TestPrintAnswer } from '../../shared/events';
import type { PrinterSettingsPatch } from '../../shared/contract/bodies/printing';
import type { QueueEngine } from '../queue/queue-engine';
import type { Transactor } from '../queue/transactor';
import type { SetupStore } from '../setup/setup-store';
import { connectionKey, openLink, type LinkOptions } from './connections/open-link';
import { loadDrawing, type Drawing } from './load-drawing';
import { printProblems, PrintFailure } from './print-problems';
import { PrintQueue, type JobResult, type PrintJob } from './print-queue';
import { PrintRecorder, type PrintOrigin } from './print-record';
import { PrinterProbeStore } from './printer-probe-store';
import { profileOf } from './printer-profiles';
import { PrinterSettingsStore } from './printer-settings-store';
import { statusProblem } from './printer-status';
import { registerTicketFonts } from './ticket-fonts';
import { TicketFactsReader, type TicketFacts } from './ticket-facts';

export interface PrintServiceDeps {
  db: Database;
  setup: SetupStore;
  engine: QueueEngine;
  events: Transactor;
  clock: () => number;
  links?: LinkOptions;
}

export type { PrintOrigin };

/** A job and what its outcome is for: who asked (for the log), or the setup screen waiting for a test print. */
interface ServiceJob extends PrintJob {
  origin: PrintOrigin;
  /** The ticket's last print was not confirmed, or is still at the printer: this one may make a second copy. */
  mayDuplicate: boolean;
  onOutcome?: (outcome: PrintOutcome, probe: PrinterProbe | null) => void;
}

export type { PrinterStatusAnswer } from '../../shared/api';
import type { PrinterStatusAnswer } from '../../shared/api';

export class PrintService {
  readonly settings: PrinterSettingsStore;
  readonly probes: PrinterProbeStore;
  private readonly facts: TicketFactsReader;
  private readonly recorder: PrintRecorder;
  private readonly queues = new Map<string, PrintQueue<ServiceJob>>();
  private closed = false;

  constructor(private readonly deps: PrintServiceDeps) {
    this.settings = new PrinterSettingsStore(deps.db);
    this.probes = new PrinterProbeStore(deps.db);
    this.facts = new TicketFactsReader(deps.db, deps.setup, deps.engine);
    this.recorder = new PrintRecorder(deps.db, deps.engine, deps.events, deps.clock);
    this.warmUp();
  }

  /**
   * Queues the ticket's print and answers at once. Called inside the issuing transaction: the job starts on a
   * later turn of the event loop, after the commit, and checks the ticket is really there before printing.
   */
  printTicket(ticket: Ticket, origin: PrintOrigin): PrintAnswer {
    const settings = this.settings.get();
    if (settings.connection.kind === 'none') return { status: 'disabled' };
    const queue = this.queueFor(settings);
    const already = queue.pendingFor(ticket.id);
    if (already) return answerFor(already);
    const job: ServiceJob = {
      id: randomUUID(),
      ticketId: ticket.id,
      origin,
      mayDuplicate: origin.reprint && (queue.isPrinting(ticket.id) || this.recorder.lastWasUnconfirmed(ticket.id)),
      prepare: async () => {
        const { ticketJobBytes } = await loadDrawing();
        const current = this.deps.engine.tickets.get(ticket.id);
        // Gone or another ticket under the same id: the issue was rolled back, there is nothing to print.
        if (!current || current.displayCode !== ticket.displayCode || current.issuedAt !== ticket.issuedAt) return null;
        return ticketJobBytes(this.facts.read(current, { reprint: origin.reprint }), settings);
      },
    };
    queue.add(job);
    return answerFor(job);
  }

  /**
   * Prints something that is not a ticket (the procedure guide's take-home checklist), drawn when its turn comes;
   * how it ended arrives as a `print` event with no ticket.
   */
  printDocument(
    render: (settings: PrinterSettings, drawing: Drawing) => Uint8Array,
    deviceId: number | null,
  ): PrintAnswer {
    const settings = this.settings.get();
    if (settings.connection.kind === 'none') return { status: 'disabled' };
    const job: ServiceJob = {
      id: randomUUID(),
      ticketId: null,
      origin: { deviceId, reprint: false },
      mayDuplicate: false,
      prepare: async () => render(settings, await loadDrawing()),
    };
    this.queueFor(settings).add(job);
    return answerFor(job);
  }

  /**
   * Prints the sample ticket and waits for the outcome (setup shows it at once). It asks the printer's status
   * whatever its model says, so it finds out whether this printer answers, and how fast it reads.
   */
  testPrint(): Promise<TestPrintAnswer> {
    const settings = this.settings.get();
    if (settings.connection.kind === 'none') throw conflict('PRINTER_NOT_CONFIGURED', printProblems.notConfigured());
    return new Promise<TestPrintAnswer>((resolve) =>
      this.queueFor(settings).add({
        id: randomUUID(),
        ticketId: null,
        origin: { deviceId: null, reprint: false },
        mayDuplicate: false,
        probeStatus: true,
        onOutcome: (print, probe) => resolve({ print, probe }),
        prepare: async () => (await loadDrawing()).ticketJobBytes(this.sample(), settings),
      }),
    );
  }

  async printerStatus(): Promise<PrinterStatusAnswer> {
    const settings = this.settings.get();
    if (settings.connection.kind === 'none')
      return { printer: null, answered: false, status: null, problem: printProblems.notConfigured() };
    const queue = this.queueFor(settings);
    // One conversation with the printer at a time: many printers take a single connection.
    await queue.whenIdle();
    try {
      const status = await queue.link.status(Date.now() + 2500);
      return { printer: queue.link.label, answered: status !== null, status, problem: status && statusProblem(status) };
    } catch (error) {
      if (!(error instanceof PrintFailure)) throw error;
      return { printer: queue.link.label, answered: false, status: null, problem: error.problem };
    }
  }

  updateSettings(patch: PrinterSettingsPatch): PrinterSettings {
    const next = { ...this.settings.get(), ...patch };
    if (next.mode === 'text' && profileOf(next.profileId).textCodePage === null)
      throw badRequest('NO_VIETNAMESE_CODE_PAGE', {
        vi: 'Máy in này không có bảng mã tiếng Việt đã kiểm chứng — hãy dùng chế độ in ảnh (raster).',
        en: 'This printer has no verified Vietnamese code page — use raster (picture) mode.',
      });
    const saved = this.settings.update(patch);
    if (saved.connection.kind === 'none') this.retireOtherQueues(null);
    this.warmUp();
    return saved;
  }

  /** The ticket as it prints (raster), as a PNG: the greeter's copy and the setup preview. */
  ticketPng(ticketId: number): Promise<Buffer> {
    return this.png(this.facts.read(this.deps.engine.getTicket(ticketId)), this.settings.get());
  }

  previewPng(overrides: Partial<Pick<PrinterSettings, 'profileId' | 'qr'>> = {}): Promise<Buffer> {
    return this.png(this.sample(), { ...this.settings.get(), ...overrides });
  }

  /** Resolves when every queued job has finished (tests, shutdown). */
  async whenIdle(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.whenIdle()));
  }

  close(): void {
    this.closed = true;
    for (const queue of this.queues.values()) queue.link.close();
    this.queues.clear();
  }

  /** Ask status when the printer is known to answer it; until found out, when its model does. */
  private asksStatus(): boolean {
    const settings = this.settings.get();
    return this.probes.get(settings.connection)?.answersStatus ?? profileOf(settings.profileId).readsStatus;
  }

  private async png(facts: TicketFacts, settings: PrinterSettings): Promise<Buffer> {
    const { monoToPng, renderTicket } = await loadDrawing();
    return monoToPng(renderTicket(facts, { profile: profileOf(settings.profileId), qr: settings.qr }));
  }

  private sample(): TicketFacts {
    const center = this.deps.setup.settings();
    return this.facts.sample(center.centerNameVi, center.ticketFooterVi, this.deps.clock());
  }

  private queueFor(settings: PrinterSettings): PrintQueue<ServiceJob> {
    const connection = settings.connection;
    if (connection.kind === 'none') throw new Error('no printer');
    const key = connectionKey(connection);
    let queue = this.queues.get(key);
    if (!queue) {
      const link = openLink(connection, this.deps.links);
      queue = new PrintQueue<ServiceJob>(link, (job, result) => this.record(job, result, queue!), {
        asksStatus: () => this.asksStatus(),
        measuredBytesPerSecond: this.probes.get(connection)?.bytesPerSecond ?? null,
      });
      this.queues.set(key, queue);
      this.retireOtherQueues(key);
    }
    return queue;
  }

  /** A printer no longer chosen finishes its jobs, then lets go of its port or helper. */
  private retireOtherQueues(current: string | null): void {
    for (const [key, queue] of this.queues) {
      if (key === current) continue;
      this.queues.delete(key);
      void queue.whenIdle().then(() => queue.link.close());
    }
  }

  /** With a printer chosen: start its helper now, and load the canvas and font a moment after start-up. */
  private warmUp(): void {
    const settings = this.settings.get();
    if (settings.connection.kind === 'none') return;
    const link = this.queueFor(settings).link as { warmUp?: () => void };
    link.warmUp?.();
    setTimeout(() => {
      if (this.closed) return;
      void loadDrawing();
      try {
        registerTicketFonts();
      } catch (error) {
        // A broken install: say so now, not at the first ticket (which will fail with TICKET_RENDER_FAILED).
        console.error('[luot] the ticket font could not be loaded:', error);
      }
    }, 1000).unref();
  }

  private record(job: ServiceJob, result: JobResult, queue: PrintQueue<ServiceJob>): void {
    if (this.closed) return;
    const probe = this.learn(job, result, queue);
    const outcome = this.recorder.record(job, result, queue.link.label);
    job.onOutcome?.(outcome, probe);
  }

  /**
   * Remembers what a job found out about the printer: whether it answers status (any job), and its pace (the
   * test print, and any job that changed what is known). Nothing is written while nothing changes.
   */
  private learn(job: ServiceJob, result: JobResult, queue: PrintQueue<ServiceJob>): PrinterProbe | null {
    const { connection } = this.settings.get();
    const known = this.probes.get(connection);
    if (!result.ok || result.answersStatus === null) return known;
    if (!job.probeStatus && known?.answersStatus === result.answersStatus) return known;
    const probe: PrinterProbe = {
      answersStatus: result.answersStatus,
      bytesPerSecond: queue.pace.measured,
      at: this.deps.clock(),
      by: job.probeStatus ? 'test' : 'ticket',
    };
    this.probes.set(connection, probe);
    return probe;
  }
}

function answerFor(job: ServiceJob): PrintAnswer {
  return job.mayDuplicate
    ? { jobId: job.id, status: 'queued', mayDuplicate: true }
    : { jobId: job.id, status: 'queued' };
}
