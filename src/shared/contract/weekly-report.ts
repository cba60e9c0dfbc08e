/**
 * The weekly report as data: what the youth union signs each week, and what leaves the center for the province
 * (round 3's signed weekly file). `formatVersion` changes when a field changes meaning or shape; a reader checks
 * it before trusting the rest. Every headline figure is a line of WEEKLY_LINES — its name in Vietnamese and
 * English, its unit and its section — and the figures' schema is made from that table, so the PDF, the XLSX,
 * the screen and the signed file all read the same lines. Each field is defined in docs/metrics.md
 * ("The weekly report"). Pure: zod only.
 */
import { z } from 'zod';

export const WEEKLY_FORMAT_VERSION = 1;

/** The units a weekly figure is counted in, and the zod type of each. */
export const WEEKLY_UNITS = {
  /** Distinct people (citizens or volunteers). */
  people: { vi: 'người', en: 'people' },
  /** Tickets issued (one per case). */
  tickets: { vi: 'phiếu', en: 'tickets' },
  /** Queue visits (a transfer starts a new one). */
  visits: { vi: 'lượt', en: 'visits' },
  shifts: { vi: 'ca', en: 'shifts' },
  /** Decimal hours, two decimals. */
  hours: { vi: 'giờ', en: 'hours' },
  trips: { vi: 'chuyến', en: 'trips' },
  /** Ratings asked for or given at a rating device (one per resolved visit at most). */
  ratings: { vi: 'lượt đánh giá', en: 'ratings' },
  notes: { vi: 'ý kiến', en: 'notes' },
  /** 0–1 (shown as per cent); null when there is nothing to divide by. */
  share: { vi: '%', en: '%' },
  /** Mean rating score 1–5, two decimals; null when nobody rated. */
  score: { vi: 'điểm (1–5)', en: 'points (1–5)' },
} as const;
export type WeeklyUnit = keyof typeof WEEKLY_UNITS;

const count = z.number().int().min(0);
const UNIT_SCHEMA = {
  people: count,
  tickets: count,
  visits: count,
  shifts: count,
  hours: z.number().min(0),
  trips: count,
  ratings: count,
  notes: count,
  share: z.number().min(0).max(1).nullable(),
  score: z.number().min(1).max(5).nullable(),
} as const satisfies Record<WeeklyUnit, z.ZodType>;
type UnitValue<U extends WeeklyUnit> = z.output<(typeof UNIT_SCHEMA)[U]>;

/** The weekly report's sections, in the order the page lists them. */
export const WEEKLY_SECTIONS = {
  volunteers: { vi: '1. Tình nguyện viên tham gia', en: '1. Volunteers on duty' },
  results: { vi: '2. Kết quả hỗ trợ người dân', en: '2. Citizens supported' },
  field: { vi: '3. Đi cơ sở, hỗ trợ tại khu dân cư', en: '3. Field visits to residential areas' },
  servedBy: { vi: '4. Phục vụ tại quầy và bàn hỗ trợ', en: '4. Who served at the counters and help desks' },
  satisfaction: { vi: '5. Mức độ hài lòng của người dân', en: "5. Citizens' satisfaction" },
  difficulties: { vi: '6. Khó khăn, vướng mắc', en: '6. Difficulties' },
} as const;
export type WeeklySection = keyof typeof WEEKLY_SECTIONS;

export interface WeeklyLine {
  unit: WeeklyUnit;
  section: WeeklySection;
  vi: string;
  en: string;
}

/** The headline figures of the week: one row each (the order is the order of the summary sheet). */
export const WEEKLY_LINES = {
  volunteers: {
    unit: 'people',
    section: 'volunteers',
    vi: 'Tình nguyện viên tham gia',
    en: 'Volunteers on duty',
  },
  volunteerShifts: { unit: 'shifts', section: 'volunteers', vi: 'Ca trực tại trung tâm', en: 'Shifts at the center' },
  volunteerHours: {
    unit: 'hours',
    section: 'volunteers',
    vi: 'Giờ tình nguyện (trực và đi cơ sở)',
    en: 'Volunteer hours (duty and field visits)',
  },
  ticketsIssued: {
    unit: 'tickets',
    section: 'results',
    vi: 'Người dân được hướng dẫn, cấp số thứ tự',
    en: 'Citizens guided and given a number',
  },
  helpDeskCitizens: {
    unit: 'people',
    section: 'results',
    vi: 'Người dân được hỗ trợ tại bàn hỗ trợ',
    en: 'Citizens helped at the help desks',
  },
  helpDeskVisits: {
    unit: 'visits',
    section: 'results',
    vi: 'Lượt hỗ trợ tại bàn hỗ trợ',
    en: 'Times helped at the help desks',
  },
  elderlyHelped: {
    unit: 'people',
    section: 'results',
    vi: 'Người cao tuổi được hỗ trợ',
    en: 'Elderly citizens supported',
  },
  fieldVisits: { unit: 'trips', section: 'field', vi: 'Chuyến đi cơ sở', en: 'Field visits' },
  fieldCitizensHelped: {
    unit: 'people',
    section: 'field',
    vi: 'Người dân được hỗ trợ khi đi cơ sở',
    en: 'Citizens helped on field visits',
  },
  ratingsAsked: {
    unit: 'ratings',
    section: 'satisfaction',
    vi: 'Lượt được mời đánh giá',
    en: 'Ratings asked for',
  },
  ratingsGiven: { unit: 'ratings', section: 'satisfaction', vi: 'Lượt đã đánh giá', en: 'Ratings given' },
  satisfiedShare: {
    unit: 'share',
    section: 'satisfaction',
    vi: 'Tỉ lệ hài lòng (4–5 điểm)',
    en: 'Satisfied (4–5 points)',
  },
  meanRating: { unit: 'score', section: 'satisfaction', vi: 'Điểm hài lòng trung bình', en: 'Mean rating' },
  difficulties: { unit: 'notes', section: 'difficulties', vi: 'Khó khăn được ghi nhận', en: 'Difficulties noted' },
} as const satisfies Record<string, WeeklyLine>;
export type WeeklyFigureKey = keyof typeof WEEKLY_LINES;
export type WeeklyFigures = { [K in WeeklyFigureKey]: UnitValue<(typeof WEEKLY_LINES)[K]['unit']> };

export const WEEKLY_FIGURE_KEYS = Object.keys(WEEKLY_LINES) as WeeklyFigureKey[];

/** Units whose figures add up across weeks and centers (counts and hours); shares and scores do not. */
const ADDITIVE_UNITS: ReadonlySet<WeeklyUnit> = new Set([
  'people',
  'tickets',
  'visits',
  'shifts',
  'hours',
  'trips',
  'ratings',
  'notes',
]);
export type WeeklyAdditiveKey = {
  [K in WeeklyFigureKey]: (typeof WEEKLY_LINES)[K]['unit'] extends 'share' | 'score' ? never : K;
}[WeeklyFigureKey];
/** The figures a province may sum over its centers (people counted at two centers count twice: see docs/metrics.md). */
export const WEEKLY_ADDITIVE_KEYS = WEEKLY_FIGURE_KEYS.filter((key) =>
  ADDITIVE_UNITS.has(WEEKLY_LINES[key].unit),
) as WeeklyAdditiveKey[];

const weeklyFigures = z.object(
  Object.fromEntries(WEEKLY_FIGURE_KEYS.map((key) => [key, UNIT_SCHEMA[WEEKLY_LINES[key].unit]])),
) as unknown as z.ZodType<WeeklyFigures>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const localized = z.object({ vi: z.string(), en: z.string() });
const staffId = z.number().int().positive();
const hours = UNIT_SCHEMA.hours;
/** A code for machines beside its name for people. */
const named = z.object({ code: z.string(), name: localized });
const seconds = z.number().int().min(0).nullable();

/** Satisfaction of one slice (the whole week, or one service point). */
const satisfaction = z.object({
  asked: count,
  rated: count,
  satisfiedShare: UNIT_SCHEMA.share,
  meanScore: UNIT_SCHEMA.score,
  /** Reasons ticked by unhappy citizens (1–2 points), most often first, those ticked at least once. */
  topReasons: z.array(named.extend({ count })),
});

export const weeklyReportSchema = z.object({
  formatVersion: z.literal(WEEKLY_FORMAT_VERSION),
  /** Monday–Sunday, service days of the center's calendar; ISO week number and year. */
  week: z.object({
    start: day,
    end: day,
    isoYear: z.number().int(),
    isoWeek: z.number().int().min(1).max(53),
  }),
  /** When it was made (ms since 1970); a week that includes today changes as the day goes. */
  generatedAt: z.number().int(),
  centerName: localized,
  youthUnionBranch: z.string(),
  figures: weeklyFigures,
  /** The elderly-helped figure's parts (docs/metrics.md: each case once). */
  elderly: z.object({ helpDeskCases: count, priorityTicketsServed: count, onFieldVisits: count }),
  /** Volunteers of the week: on the duty roster or on a field visit; hours = duty + field. */
  volunteers: z.array(
    z.object({
      staffId,
      name: z.string(),
      shifts: z.array(z.object({ day, shift: z.enum(['morning', 'afternoon']), hours })),
      dutyHours: hours,
      fieldHours: hours,
      hours,
    }),
  ),
  /** Every kind of help, the known ones even at 0: its code (for machines), its name, where it was given. */
  help: z.array(z.object({ code: z.string(), name: localized, atCenter: count, inField: count })),
  fieldVisits: z.array(
    z.object({
      id: z.number().int(),
      day,
      place: z.string(),
      /** How long the visit lasted. */
      hours,
      /** Who went, and for how long each (their field hours). */
      volunteers: z.array(z.object({ staffId, name: z.string(), hours })),
      helped: count,
      elderly: count,
      note: z.string().nullable(),
    }),
  ),
  /** Per counter and help desk that served anyone this week: cases, by whom, median wait and service time. */
  servedBy: z.array(
    z.object({
      servicePointId: z.number().int(),
      name: localized,
      kind: z.enum(['counter', 'help_desk']),
      /** Cases with a visit resolved here. */
      cases: count,
      /** Visits resolved here (a case served twice here counts twice). */
      visits: count,
      /** Who resolved them (from the roster of staff), most first; null: nobody was signed in. */
      staff: z.array(z.object({ staffId: staffId.nullable(), name: z.string().nullable(), visits: count })),
      /** Median (P50, nearest rank) wait of the visits called here, and service time of those resolved here. */
      medianWaitSeconds: seconds,
      medianServiceSeconds: seconds,
    }),
  ),
  satisfaction: satisfaction.extend({
    byPoint: z.array(satisfaction.extend({ servicePointId: z.number().int(), name: localized })),
  }),
  difficulties: z.array(
    z.object({
      id: z.number().int(),
      at: z.number().int(),
      servicePoint: z.string().nullable(),
      staff: z.string().nullable(),
      text: z.string(),
    }),
  ),
});

/** `GET /api/reports/weekly?week=`: the weekly volunteer report (docs/metrics.md, "The weekly report"). */
export type WeeklyReport = z.output<typeof weeklyReportSchema>;

/** The weekly report's file name (ASCII, as a browser saves it), for the server's answer and the screen's link. */
export const weeklyFileName = (weekStart: string, format: 'pdf' | 'xlsx') => `bao-cao-tuan-${weekStart}.${format}`;
