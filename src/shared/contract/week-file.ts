/**
 * The signed weekly file (`.luot`, format `luot-week/1`): what one center sends its province hub for one week —
 * only aggregates, never notes, file codes or citizen data; volunteer names only where setup says the volunteers
 * agreed. The center makes and signs it (src/server/hub-link), the hub checks and stores it (src/hub). The
 * signature is Ed25519 over the RFC 8785 (JCS) canonical JSON of the file without its `signature` field
 * (docs/hub.md, "Checking a file by another program"). Pure: zod and the canonicaliser only.
 */
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { WEEKLY_ADDITIVE_KEYS, weeklyReportSchema, type WeeklyAdditiveKey } from './weekly-report';

export const WEEK_FILE_FORMAT = 'luot-week/1';
/** The largest file the hub takes (a week of a busy center is ~10 kB). */
export const WEEK_FILE_MAX_BYTES = 512 * 1024;

/** Mã đơn vị hành chính: the commune's or ward's 5-digit code in the national list of administrative units. */
export const centerCode = z.string().regex(/^\d{5}$/, 'Mã đơn vị hành chính gồm đúng 5 chữ số / a 5-digit code');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().min(0);
const seconds = z.number().int().min(0).nullable();
const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * The weekly report's headline figures that add up over centers: its lines (src/shared/contract/weekly-report.ts,
 * docs/metrics.md) counted in people, tickets, hours…; shares and scores (satisfaction) are not summed.
 */
export const WEEK_HEADLINE_KEYS = WEEKLY_ADDITIVE_KEYS;
export type WeekHeadlineKey = WeeklyAdditiveKey;

export const weekFiguresSchema = z
  .object({
    /** The weekly report's own `formatVersion` (what its lines mean). */
    weeklyFormatVersion: z.number().int().min(1),
    /** The weekly report's headline lines, by key, as the weekly report has them (`figures`). */
    report: weeklyReportSchema.shape.figures,
    /** The queue's week (docs/metrics.md): cases issued and served, visits resolved and absent, waits. */
    queue: z.object({
      issued: count,
      served: count,
      resolved: count,
      absent: count,
      waitP50Seconds: seconds,
      waitP90Seconds: seconds,
      /** Called visits whose wait was within their service's target, of all called visits. */
      withinTarget: count,
      calledVisits: count,
    }),
    /** Help given, by kind of help (the center's codes): at the help desks and on field visits. */
    help: z.array(z.object({ code: z.string().max(40), atCenter: count, inField: count })).max(100),
    /** Satisfaction ratings of the week: how many, the mean score 1–5, the share satisfied (0–1). */
    ratings: z.object({
      rated: count,
      meanScore: z.number().min(1).max(5).nullable(),
      satisfiedShare: z.number().min(0).max(1).nullable(),
    }),
    /** The week's difficulties as written (no one's name). */
    difficulties: z.array(text(2000)).max(200),
    /** Volunteers by name and hours — only when setup says the volunteers agreed; otherwise null (counts only). */
    volunteerNames: z
      .array(z.object({ name: text(120), hours: z.number().min(0) }))
      .max(500)
      .nullable(),
    /** Day by day, each service's counts (services by their ticket prefix and Vietnamese name). */
    days: z
      .array(
        z.object({
          day,
          services: z
            .array(z.object({ prefix: z.string().max(8), nameVi: z.string().max(200), issued: count, resolved: count }))
            .max(100),
        }),
      )
      .max(7),
  })
  .strict();
export type WeekFigures = z.output<typeof weekFiguresSchema>;

export const weekFileCenterSchema = z
  .object({
    code: centerCode,
    nameVi: text(200),
    province: text(200),
    /** The center's Ed25519 public key: base64 of its DER SubjectPublicKeyInfo (SPKI). */
    publicKey: z.string().min(40).max(200),
  })
  .strict();

export const weekFileSchema = z
  .object({
    format: z.literal(WEEK_FILE_FORMAT),
    center: weekFileCenterSchema,
    /** The week's Monday (service days Monday–Sunday, Asia/Ho_Chi_Minh). */
    week: day,
    /** 1 for the first file of the week; one more each time the week is re-made with different figures. */
    version: z.number().int().min(1),
    /** When this version was made: ISO 8601, UTC. */
    madeAt: z.string().datetime(),
    /** True for the week in progress (made before its Sunday ended); such a file is never sent by itself. */
    partial: z.boolean(),
    figures: weekFiguresSchema,
    /** Ed25519 signature, base64, over the canonical JSON (RFC 8785) of the file without this field. */
    signature: z.string().min(80).max(100),
  })
  .strict();
export type WeekFile = z.output<typeof weekFileSchema>;
export type UnsignedWeekFile = Omit<WeekFile, 'signature'>;

/** The bytes that are signed: RFC 8785 canonical JSON of the file without `signature`, as UTF-8. */
export function signedBytes(file: UnsignedWeekFile | WeekFile): Uint8Array {
  const unsigned: Partial<WeekFile> = { ...file };
  delete unsigned.signature;
  const canonical = canonicalize(unsigned);
  if (canonical === undefined) throw new Error('week file cannot be canonicalised');
  return new TextEncoder().encode(canonical);
}

/** The week file's name as saved on a USB stick or sent by messenger. */
export const weekFileName = (code: string, week: string, version: number) => `luot-${code}-${week}-v${version}.luot`;

/** What the center shows about its identity (`GET /api/center-identity`). */
export interface CenterIdentity {
  /** Empty until the administrator sets it. */
  code: string;
  nameVi: string;
  province: string;
  /** base64 DER SPKI of the Ed25519 public key (docs/hub.md). */
  publicKey: string;
  /** SHA-256 of the SPKI bytes, hex in groups of four, for reading aloud on the phone to the province. */
  fingerprint: string;
  /** The volunteers agreed that their names go into the weekly file (default false: counts only). */
  volunteersAgreed: boolean;
}

export const centerIdentityInput = z
  .object({
    code: centerCode,
    nameVi: text(200),
    province: text(200),
    volunteersAgreed: z.boolean(),
  })
  .partial()
  .strict();

/** One try to send a week to the hub, as setup lists it. */
export interface HubSendRecord {
  at: number;
  week: string;
  version: number;
  /** The hub's HTTP status; 0 when it could not be reached. */
  status: number;
  message: { vi: string; en: string };
}

/** `GET /api/hub-sending`: where the weeks go and what happened (the token itself is never shown). */
export interface HubSendingStatus {
  address: string;
  tokenSet: boolean;
  /** The newest first. */
  history: HubSendRecord[];
  /** While the hub cannot be reached: when the next try is (ms). */
  nextTryAt: number | null;
}

export const hubSendingInput = z
  .object({
    address: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
    token: z.string().max(200),
  })
  .partial()
  .strict();
