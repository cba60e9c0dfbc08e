/**
 * What a setup form does with a refusal: per-field problems go next to their fields, anything else next to the
 * save button. Pure, apart from reading the ApiError the client threw.
 */
import { ApiError, errorText } from '../../../api/client';
import type { LocalizedText } from '../../../i18n';
import { admin } from '../../../i18n/catalogs/admin';

export interface FieldIssue {
  /** The field's path as the server names it, e.g. `issuingHours.0.to`. */
  path: string;
  text: LocalizedText;
}

export interface FormProblem {
  fields: FieldIssue[];
  /** Shown by the save button: a refusal that is not about one field (e.g. a prefix already taken). */
  general: LocalizedText | null;
}

const isUnder = (path: string, field: string) => path === field || path.startsWith(`${field}.`);

/** Splits a refusal between the fields a form shows (`fields`) and its save button. */
export function problemOf(error: unknown, fields: readonly string[]): FormProblem {
  if (!(error instanceof ApiError)) return { fields: [], general: errorText(error) };
  const known = error.issues.filter((issue) => fields.some((field) => isUnder(issue.path, field)));
  const fieldIssues = known.map(({ path, vi, en }) => ({ path, text: { vi, en } }));
  const rest = error.issues.length - known.length;
  return { fields: fieldIssues, general: fieldIssues.length === 0 || rest > 0 ? error.text : null };
}

/** The issue for exactly `path`, or (with `under`) for it or anything inside it. */
export function issueAt(problem: FormProblem | null, path: string, under = false): FieldIssue | null {
  return problem?.fields.find((issue) => (under ? isUnder(issue.path, path) : issue.path === path)) ?? null;
}

export type RuleKey = keyof typeof admin.vi.rules;

/**
 * The catalog's plain rule for a field ("Nhập số phút, từ 1 đến 600.") — clearer for a manager than the
 * schema library's wording ("mong đợi number >=1"). `issuingHours.0.to` → `issuingHoursTo`.
 */
export function ruleKeyOf(path: string): RuleKey | null {
  const key = path.replace(/\.\d+/g, '').replace(/\.(\w)/g, (_match, letter: string) => letter.toUpperCase());
  return key in admin.vi.rules ? (key as RuleKey) : null;
}

/** The fields of `after` whose values differ from `before`: a PATCH sends only these. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const old = before as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(old[key])),
  ) as Partial<T>;
}

/** A number typed into a field; empty is `null`. Anything else is sent as typed, and the server judges it. */
export function numberOrNull(typed: string): number | null {
  return typed.trim() === '' ? null : Number(typed);
}
