/** Inputs of the citizen's features (rating, status page, what the ticket prints for phones), parsed at the edge. Pure. */
import { z } from 'zod';
import { RULE } from './schemas';
import { COMMENT_MAX, RATING_GROUPINGS, RATING_LEVELS, RATING_REASONS } from './rating';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ratingInput = z.object({
  /** null: the citizen did not answer in time. */
  level: z.enum(RATING_LEVELS).nullable(),
  reasons: z
    .array(z.enum(RATING_REASONS))
    .max(RATING_REASONS.length)
    .default([])
    .transform((r) => [...new Set(r)]),
  comment: z.string().trim().max(COMMENT_MAX).default(''),
});

export const ratingFiguresQuery = z
  .object({ from: day, to: day, by: z.enum(RATING_GROUPINGS).default('service') })
  .refine((r) => r.from <= r.to, { path: ['to'], message: RULE.rangeOrder });

/** A status reference as printed or typed: letters, digits and one dash; case and look-alikes are forgiven. */
export const statusRefParam = z.object({ ref: z.string().trim().min(1).max(40) });

export const WIFI_SECURITIES = ['WPA', 'WEP', 'nopass'] as const;
export type WifiSecurity = (typeof WIFI_SECURITIES)[number];

/** What setup decides for the citizen's side: how long the rating screen waits, the link and Wi-Fi on tickets. */
export interface CitizenSettings {
  /** No answer within this many seconds is recorded as "không đánh giá". */
  ratingTimeoutSeconds: number;
  /** The address phones open (e.g. `http://192.168.1.20:8080`); null: the host's own LAN address. */
  statusOrigin: string | null;
  wifi: {
    /** Print the Wi-Fi name and a Wi-Fi QR code on each ticket. */
    onTicket: boolean;
    name: string;
    password: string;
    security: WifiSecurity;
    hidden: boolean;
  };
}

/** `GET /api/citizen-settings`: the settings, and the address the host found for itself. */
export interface CitizenSettingsAnswer extends CitizenSettings {
  detectedOrigin: string | null;
}

export const citizenSettingsPatch = z
  .object({
    ratingTimeoutSeconds: z.number().int().min(10).max(300),
    statusOrigin: z
      .string()
      .trim()
      .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, { message: RULE.statusOrigin })
      .nullable()
      .or(z.literal('').transform(() => null)),
    wifi: z
      .object({
        onTicket: z.boolean(),
        name: z.string().trim().max(32),
        password: z.string().max(63),
        security: z.enum(WIFI_SECURITIES),
        hidden: z.boolean(),
      })
      .partial(),
  })
  .partial();
export type CitizenSettingsPatch = z.output<typeof citizenSettingsPatch>;
