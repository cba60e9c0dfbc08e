/**
 * Printing tickets: the one place the LAN routes ask to print, reprint, test, preview or read the printer's
 * status. A ticket is committed before its print starts and never waits for it; how each print ended goes to
 * the screens (a `print` event) and to the event log (`printed` / `print_failed`) in its own small transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { PrinterSettings, PrintAnswer, PrintProblem, Ticket } from '../../shared/domain';
import { badRequest, conflict } from '../../shared/errors';
import type { PrintOutcome } from '../../shared/events';
import type { PrinterSettingsPatch } from '../../shared/schemas';
import type { QueueEngine } from '../queue/queue-engine';
import type { Transactor } from '../queue/transactor';
import type { SetupStore } from '../setup/setup-store';
import { connectionKey, openLink, type LinkOptions } from './connections/open-link';
import { monoToPng } from './mono-image';
import { printProblems, PrintFailure } from './print-problems';
import { PrintQueue, type JobResult, type PrintJob } from './print-queue';
import { profileOf } from './printer-profiles';
import { PrinterSettingsStore } from './printer-settings-store';
import { statusProblem, type PrinterStatus } from './printer-status';
import { registerTicketFonts } from './ticket-fonts';
import { ticketJobBytes } from './ticket-job';
import { renderTicket } from './ticket-renderer';
import { sampleFacts, TicketFactsReader, type TicketFacts } from './ticket-facts';

export interface PrintServiceDeps {
  db: Database;
  setup: SetupStore;
  engine: QueueEngine;
  events: Transactor;
  clock: () => number;
  links?: LinkOptions;
}

/** Who asked for a print, for the event log. */
export interface PrintOrigin {
  deviceId: number | null;
  reprint: boolean;
}

/** A job and what its outcome is for: who asked (for the log), or the setup screen waiting for a test print. */
interface ServiceJob extends PrintJob {
  origin: PrintOrigin;
  onOutcome?: (outcome: PrintOutcome) => void;
}

export interface PrinterStatusAnswer {
  printer: string | null;
  /** The printer answered a DLE EOT status query. */
  answered: boolean;
  status: PrinterStatus | null;
  /** What stops printing now, if anything is known to. */
  problem: PrintProblem | null;
}

export class PrintService {
  readonly settings: PrinterSettingsStore;
  private readonly facts: TicketFactsReader;
  private readonly queues = new Map<string, PrintQueue<ServiceJob>>();
  private closed = false;

  constructor(private readonly deps: PrintServiceDeps) {
    this.settings = new PrinterSettingsStore(deps.db);
    this.facts = new TicketFactsReader(deps.db, deps.setup, deps.engine);
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
    if (already) return { jobId: already.id, status: 'queued' };
    const job: ServiceJob = {
      id: randomUUID(),
      ticketId: ticket.id,
      origin,
      readStatus: profileOf(settings.profileId).readsStatus,
      prepare: () => {
        const current = this.deps.engine.tickets.get(ticket.id);
        // Gone or another ticket under the same id: the issue was rolled back, there is nothing to print.
        if (!current || current.displayCode !== ticket.displayCode || current.issuedAt !== ticket.issuedAt) return null;
        return ticketJobBytes(this.facts.read(current), settings);
      },
    };
    queue.add(job);
    return { jobId: job.id, status: 'queued' };
  }

  /**
   * Prints something that is not a ticket (the procedure guide's take-home checklist), drawn when its turn comes;
   * how it ended arrives as a `print` event with no ticket.
   */
  printDocument(render: (settings: PrinterSettings) => Uint8Array, deviceId: number | null): PrintAnswer {
    const settings = this.settings.get();
    if (settings.connection.kind === 'none') return { status: 'disabled' };
    const job: ServiceJob = {
      id: randomUUID(),
      ticketId: null,
      origin: { deviceId, reprint: false },
      readStatus: profileOf(settings.profileId).readsStatus,
      prepare: () => render(settings),
    };
    this.queueFor(settings).add(job);
    return { jobId: job.id, status: 'queued' };
  }

  /** Prints the sample ticket and waits for the outcome (setup shows it at once). */
  testPrint(): Promise<PrintOutcome> {
    const settings = this.settings.get();
    if (settings.connection.kind === 'none') throw conflict('PRINTER_NOT_CONFIGURED', printProblems.notConfigured());
    return new Promise<PrintOutcome>((resolve) =>
      this.queueFor(settings).add({
        id: randomUUID(),
        ticketId: null,
        origin: { deviceId: null, reprint: false },
        onOutcome: resolve,
        readStatus: profileOf(settings.profileId).readsStatus,
        prepare: () => ticketJobBytes(this.sample(), settings),
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
  ticketPng(ticketId: number): Buffer {
    return this.png(this.facts.read(this.deps.engine.getTicket(ticketId)), this.settings.get());
  }

  previewPng(overrides: Partial<Pick<PrinterSettings, 'profileId' | 'qr'>> = {}): Buffer {
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

  private png(facts: TicketFacts, settings: PrinterSettings): Buffer {
    return monoToPng(renderTicket(facts, { profile: profileOf(settings.profileId), qr: settings.qr }));
  }

  private sample(): TicketFacts {
    const center = this.deps.setup.settings();
    return sampleFacts(center.centerNameVi, center.ticketFooterVi, this.deps.clock());
  }

  private queueFor(settings: PrinterSettings): PrintQueue<ServiceJob> {
    const connection = settings.connection;
    if (connection.kind === 'none') throw new Error('no printer');
    const key = connectionKey(connection);
    let queue = this.queues.get(key);
    if (!queue) {
      const link = openLink(connection, this.deps.links);
      queue = new PrintQueue<ServiceJob>(link, (job, result) => this.record(job, result, link.label));
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
      try {
        registerTicketFonts();
      } catch (error) {
        // A broken install: say so now, not at the first ticket (which will fail with TICKET_RENDER_FAILED).
        console.error('[luot] the ticket font could not be loaded:', error);
      }
    }, 1000).unref();
  }

  private record(job: ServiceJob, result: JobResult, printer: string): void {
    if (this.closed) return;
    const { origin } = job;
    const outcome: PrintOutcome = {
      kind: 'print',
      type: result.ok ? 'printed' : 'failed',
      at: this.deps.clock(),
      ticketId: job.ticketId,
      jobId: job.id,
      printer,
      ...(result.ok ? {} : { reason: result.problem }),
    };
    if (job.ticketId === null) {
      this.deps.events.emit(outcome);
      job.onOutcome?.(outcome);
      return;
    }
    const ticketId = job.ticketId;
    const data = {
      jobId: job.id,
      printer,
      reprint: origin.reprint,
      ...(result.ok ? { bytes: result.bytes } : { reason: result.problem }),
    };
    try {
      // Its own small transaction, after the print: nothing in the queue ever waited on the printer.
      this.deps.events.run(() => {
        this.deps.engine.tickets.appendEvent({
          at: outcome.at,
          type: result.ok ? 'printed' : 'print_failed',
          ticketId,
          servicePointId: null,
          deviceId: origin.deviceId,
          staffId: null,
          data,
        });
        this.deps.events.emit(outcome);
      });
    } catch (error) {
      // The log could not take it (disk full?): the greeter must still hear how the print ended.
      console.error(`[luot] recording print job ${job.id} failed:`, error);
      this.deps.events.emit(outcome);
    }
  }
}
