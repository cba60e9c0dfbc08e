/**
 * A day digest: what the event log says about one service day, reduced to one fixed-width record per queue
 * visit (ticket row) and a few figures per service point. Ranges are answered by merging digests, so a year
 * is 250 small blobs instead of 2.5 million events. Ids stay ids: names and target waits are applied when a
 * range is merged, so a renamed service never makes a stored digest wrong.
 */

/** Bump when a definition in day-facts.ts changes: stored digests of older versions are recomputed. */
export const DIGEST_VERSION = 3;

/** Fields of one visit record, in order. Durations in ms; -1 = none. */
export const F = {
  ticketId: 0,
  caseId: 1,
  serviceId: 2,
  /** The point that called it last (-1: never called). */
  pointId: 3,
  /** Who resolved it, else who called it last (-1: nobody signed in). */
  staffId: 4,
  /** Index into `codes`. */
  priority: 5,
  end: 6,
  /** Index into `codes`, -1 unless resolved. */
  outcome: 7,
  /** Index into `codes`, -1 unless help was recorded. */
  helpKind: 8,
  /** Seconds since local midnight when the citizen joined this queue. */
  joinedSecond: 9,
  waitMs: 10,
  serviceMs: 11,
  flags: 12,
  recalls: 13,
} as const;
export const STRIDE = 14;

/** How a visit ended (its ticket's final status). */
export const END = {
  waiting: 0,
  resolved: 1,
  absent: 2,
  transferred: 3,
  cancelled: 4,
  closedAtDayEnd: 5,
  called: 6,
  serving: 7,
} as const;

export const FLAG = {
  /** A newly issued ticket (not a transfer in): one per case. */
  issued: 1,
  calledBack: 2,
  transferredIn: 4,
  keptTurn: 8,
  /** Resolved at a help desk. */
  helpDesk: 16,
} as const;

export interface PointDay {
  servicePointId: number;
  openMs: number;
  busyMs: number;
  pausedMs: number;
  idleMs: number;
  pauses: number;
}

export interface DayDigest {
  day: string;
  weekday: number;
  /** Strings the records point at: priority classes, outcomes, kinds of help. */
  codes: string[];
  visits: Int32Array;
  points: PointDay[];
}

interface Header {
  v: number;
  day: string;
  weekday: number;
  codes: string[];
  points: PointDay[];
  count: number;
}

/** `[u32 header length][header JSON][padding to 4][int32 records]`, little-endian. */
export function encodeDigest(digest: DayDigest): Buffer {
  const header: Header = {
    v: DIGEST_VERSION,
    day: digest.day,
    weekday: digest.weekday,
    codes: digest.codes,
    points: digest.points,
    count: digest.visits.length / STRIDE,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const bodyAt = Math.ceil((4 + json.length) / 4) * 4;
  const out = Buffer.alloc(bodyAt + digest.visits.byteLength);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  Buffer.from(digest.visits.buffer, digest.visits.byteOffset, digest.visits.byteLength).copy(out, bodyAt);
  return out;
}

/** The digest in a blob, or null when it was made by another digest version. */
export function decodeDigest(blob: Buffer): DayDigest | null {
  const length = blob.readUInt32LE(0);
  const header = JSON.parse(blob.toString('utf8', 4, 4 + length)) as Header;
  if (header.v !== DIGEST_VERSION) return null;
  const bodyAt = Math.ceil((4 + length) / 4) * 4;
  const start = blob.byteOffset + bodyAt;
  // A typed array needs an aligned start; a blob that shares a pooled buffer may not have one.
  const visits =
    start % 4 === 0
      ? new Int32Array(blob.buffer, start, header.count * STRIDE)
      : new Int32Array(blob.buffer.slice(start, start + header.count * STRIDE * 4));
  return { day: header.day, weekday: header.weekday, codes: header.codes, visits, points: header.points };
}
