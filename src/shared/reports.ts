/**
 * What the reports answer. Every figure is defined in docs/metrics.md and computed from the event log by
 * src/server/reports. Times are whole seconds (rounded from milliseconds after the percentile is taken). Pure.
 */
import type { StaffRole, TicketStatus } from './domain';
import type { LocalizedText } from './errors';

/** A distribution of durations: nearest-rank percentiles, as in docs/metrics.md. Null when there is none. */
export interface Durations {
  count: number;
  p50Seconds: number | null;
  p90Seconds: number | null;
  maxSeconds: number | null;
  meanSeconds: number | null;
}

/** Figures of one slice of the range (a service, a point, a person, a day). */
export interface SliceFigures {
  /** Tickets issued (new cases) — transfers in are not counted again. */
  issued: number;
  /** Queue visits (tickets, a transfer starts a new one) that were called at least once. */
  called: number;
  resolved: number;
  absent: number;
  transferred: number;
  cancelled: number;
  wait: Durations;
  service: Durations;
  /** Called visits whose wait was within their service's target wait. */
  withinTarget: number;
}

export interface ServiceFigures extends SliceFigures {
  serviceId: number;
  targetWaitMinutes: number;
}

export interface PointFigures extends SliceFigures {
  servicePointId: number;
  /** From the point's first to its last activity, day by day, summed. */
  openSeconds: number;
  /** With a citizen called or at the point. */
  busySeconds: number;
  pausedSeconds: number;
  /** Open, neither busy nor paused. */
  idleSeconds: number;
  pauses: number;
}

export interface StaffFigures extends SliceFigures {
  /** null: work done while nobody was signed in at the point. */
  staffId: number | null;
  name: string | null;
  role: StaffRole | null;
  /** Signed in at a point (staff sessions), in the range. */
  signedInSeconds: number;
}

export interface DayFigures extends SliceFigures {
  day: string;
}

export interface HourFigures {
  /** Local hour of the day, 0–23, when the citizen joined the queue. */
  hour: number;
  /** New tickets issued in this hour. */
  arrivals: number;
  wait: Durations;
}

/** Arrivals and median wait by weekday (1 = Monday) × hour. */
export interface HeatCell {
  weekday: number;
  hour: number;
  arrivals: number;
  p50WaitSeconds: number | null;
}

export interface CodeCount {
  code: string;
  count: number;
}

export interface ReportSummary {
  from: string;
  to: string;
  /** When it was computed (ms); a range that includes today changes as the day goes. */
  generatedAt: number;
  /** New tickets (cases) issued. */
  issued: number;
  /** Citizens served: cases with at least one visit resolved. */
  served: number;
  /** Visits resolved (a case transferred and resolved twice counts twice), and by outcome. */
  resolved: number;
  byOutcome: CodeCount[];
  /** Visits that ended absent (called, did not come, never called back). */
  absent: number;
  /** Visits called back after being marked absent. */
  calledBack: number;
  /** Visits cancelled (withdrawn), apart from those closed because their day ended. */
  cancelled: number;
  closedAtDayEnd: number;
  transferred: number;
  /** Still waiting or at a point (only for today). */
  open: number;
  recalls: number;
  /** Final status of every visit (ticket row) in the range. */
  byStatus: Record<TicketStatus, number>;
  /** Join the queue → first call, per queue visit. */
  wait: Durations;
  /** Start → resolve, per resolved visit. */
  service: Durations;
  withinTarget: { within: number; of: number; share: number | null };
  priority: { issued: number; priority: number; share: number | null; byClass: CodeCount[] };
  /** Help given at help desks, by kind of help: its code (for machines) and its name in setup's list. */
  helpKinds: (CodeCount & { name: LocalizedText })[];
  byService: ServiceFigures[];
  byPoint: PointFigures[];
  byStaff: StaffFigures[];
  byDay: DayFigures[];
  byHour: HourFigures[];
  heatmap: HeatCell[];
}

/** Which table of a report an export holds (CSV is one table; XLSX has them all, one per sheet). */
export const REPORT_TABLES = [
  'summary',
  'services',
  'points',
  'staff',
  'days',
  'hours',
  'help',
  'visits',
  'ratings',
  'ratingList',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

/** What report readers set for their own reports, apart from setup. */
export interface ReportSettings {
  /** The youth-union branch or volunteer team the weekly report is from, e.g. "Đoàn phường Ba Đình". */
  youthUnionBranch: string;
}

/** The weekly report: its shape is the contract's (src/shared/contract/weekly-report.ts). */
export type { WeeklyReport } from './contract/weekly-report';
