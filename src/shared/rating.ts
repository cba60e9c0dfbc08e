/**
 * The citizen's satisfaction rating (đánh giá mức độ hài lòng): the five levels of the ministry surveys, the
 * reasons an unhappy citizen may add, and the shapes the rating device and the reports read. Pure.
 */
import type { LocalizedText } from './errors';

/** Best first, as the rating screen shows them left to right. */
export const RATING_LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_TEXT: Record<RatingLevel, LocalizedText> = {
  very_satisfied: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
  neutral: { vi: 'Bình thường', en: 'Neutral' },
  dissatisfied: { vi: 'Không hài lòng', en: 'Dissatisfied' },
  very_dissatisfied: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
};

/** A level as a score, 5 (very satisfied) … 1 (very dissatisfied), for the mean in reports. */
export const RATING_SCORE: Record<RatingLevel, number> = {
  very_satisfied: 5,
  satisfied: 4,
  neutral: 3,
  dissatisfied: 2,
  very_dissatisfied: 1,
};

/** No answer within the time the center set: stored as a rating with no level. */
export const NO_RATING_TEXT: LocalizedText = { vi: 'Không đánh giá', en: 'No rating given' };

export const RATING_REASONS = ['long_wait', 'unclear_guidance', 'attitude', 'extra_documents'] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

export const RATING_REASON_TEXT: Record<RatingReason, LocalizedText> = {
  long_wait: { vi: 'Chờ lâu', en: 'Long wait' },
  unclear_guidance: { vi: 'Hướng dẫn chưa rõ', en: 'Unclear guidance' },
  attitude: { vi: 'Thái độ', en: 'Attitude' },
  extra_documents: { vi: 'Yêu cầu thêm giấy tờ', en: 'Asked for more documents' },
};

/** An unhappy citizen is asked why (optional); a happy one is only thanked. */
export const asksWhy = (level: RatingLevel | null): boolean =>
  level === 'dissatisfied' || level === 'very_dissatisfied';

export const COMMENT_MAX = 300;

/** One rating, tied to the ticket, the point that resolved it and the staff member signed in there. */
export interface Rating {
  ticketId: number;
  serviceDay: string;
  serviceId: number;
  servicePointId: number;
  staffId: number | null;
  /** null: the citizen gave no answer in time ("không đánh giá"). */
  level: RatingLevel | null;
  reasons: RatingReason[];
  comment: string | null;
  at: number;
}

/** `GET /api/rating/prompt`: the ticket the rating device should ask about now, if any. */
export interface RatingPrompt {
  ticketId: number;
  displayCode: string;
  /** Seconds left to answer (counted by the server, so a tablet's wrong clock does not matter). */
  secondsLeft: number;
  timeoutSeconds: number;
}

/** `POST /api/tickets/:id/rating`. */
export interface RatingAnswer {
  rating: Rating;
}

export const RATING_GROUPINGS = ['service', 'point', 'staff', 'week'] as const;
export type RatingGrouping = (typeof RATING_GROUPINGS)[number];

/** Ratings of one slice (a service, a point, a person, a week) or of the whole range. */
export interface RatingFigureRow {
  /** The slice: a service, point or staff id (null: nobody signed in), or the week's Monday (`yyyy-MM-dd`). */
  key: number | string | null;
  label: LocalizedText;
  /** Tickets the device asked about: rated + no answer. */
  asked: number;
  rated: number;
  noAnswer: number;
  levels: Record<RatingLevel, number>;
  reasons: Record<RatingReason, number>;
  comments: number;
  /** Mean score 1–5 over rated tickets (2 decimals); null when none. */
  meanScore: number | null;
  /** Share of rated tickets that were "rất hài lòng" or "hài lòng", 0–1 (3 decimals); null when none. */
  satisfiedShare: number | null;
}

/** A citizen's comment as the reports list it: what was said, about which visit (no staff name, no person). */
export interface RatingComment {
  ticketId: number;
  displayCode: string;
  serviceDay: string;
  at: number;
  point: LocalizedText;
  level: RatingLevel | null;
  reasons: RatingReason[];
  text: string;
}

/** The reports list at most this many comments, newest first (the export has them all). */
export const COMMENTS_SHOWN = 200;

/** `GET /api/reports/ratings`: figures per slice, and for the whole range; the range's comments, newest first. */
export interface RatingFigures {
  from: string;
  to: string;
  by: RatingGrouping;
  rows: RatingFigureRow[];
  total: RatingFigureRow;
  comments: RatingComment[];
}

/** `GET /api/service-points/:id/rating-device`: whether the point's rating device (the citizen's screen) is on. */
export interface RatingDeviceStatus {
  servicePointId: number;
  /** Rating devices set up for the point and not revoked: with none, the counter shows nothing about it. */
  registered: number;
  /** One of them is connected now. */
  online: boolean;
}
