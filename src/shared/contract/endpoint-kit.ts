/**
 * What a row of the endpoint table is made of (src/shared/contract/endpoints.ts), and the small helpers the rows
 * of every area are written with. Pure.
 */
import { z } from 'zod';
import type { DeviceRole } from '../domain';
import { idParam } from '../schemas';
import { rolesThatMay, type Ability } from './roles';

declare const answerType: unique symbol;
/** Carries an endpoint's answer type; holds no value at run time. */
export interface AnswerOf<A> {
  readonly [answerType]?: A;
}
export const answer = <A>(): AnswerOf<A> => ({});

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** The roles that may, from the role table (src/shared/contract/roles.ts): rows name an ability, not roles. */
export const may = (ability: Ability): DeviceRole[] => rolesThatMay(ability);
/** Every signed-in screen. */
export const SIGNED_IN = may('readCenter');
/** Screens used by the center's people, not public ones: they may read a case's details. */
export const STAFF_SCREENS = may('readCases');
export const COUNTER = may('serve');
export const ADMIN = may('setUp');
/** Who reads the figures and keeps the people behind them: the manager and the team lead's reports screen. */
export const LEADS = may('readFigures');

export interface Endpoint<I extends z.ZodType = z.ZodType, A = unknown> {
  method: HttpMethod;
  path: `/api/${string}`;
  /**
   * Roles that may call it; `public` needs no sign-in (a public change must still not come from another site's
   * page: login CSRF).
   */
  roles: readonly DeviceRole[] | 'public';
  /** Path parameters, query and body as one object. */
  input: I;
  answer: AnswerOf<A>;
  /** Status of a successful answer; a `null` answer is sent as 204. */
  status?: 200 | 201 | 202;
  /**
   * A queue step: committed together with the other steps of the same moment, answered again (not repeated) when
   * resent with the same `Idempotency-Key`. Its handler runs inside the transaction, so it is synchronous.
   */
  idempotent?: boolean;
  /** A WebSocket stream rather than a request (documented here, served by the event hub). */
  stream?: true;
  /** Answers a PNG picture (never cached: the queue moves on), not JSON. */
  png?: true;
  /** Answers a file to save (a `FileAnswer`: CSV, XLSX, PDF with its content type and name), not JSON. */
  download?: true;
  /**
   * Answers stored media a screen plays (a `FileAnswer` without a name: a recording's audio), not JSON. The bytes
   * behind an address never change (a new recording gets a new id), so they are cached for good.
   */
  media?: true;
  /** The largest body it takes, in bytes, where the server's usual limit is too small (a catalogue file). */
  bodyLimit?: number;
  /** One line for docs/api.md. */
  summary: string;
}

/** A row, kept with its literal types (roles, `idempotent: true`, `png: true` …) for the types derived from it. */
export const ep = <const E extends Endpoint>(e: E): E => e;

export const none = z.object({});
export const withId = <Shape extends z.core.$ZodShape>(schema: z.ZodObject<Shape>) => schema.extend(idParam.shape);
/** Resources are patched field by field: only the fields sent change, and no default fills the others. */
export const patchOf = <Shape extends z.core.$ZodShape>(schema: z.ZodObject<Shape>) =>
  withId(partialWithoutDefaults(schema));

type WithoutDefaults<Shape extends z.core.$ZodShape> = {
  [K in keyof Shape]: z.ZodOptional<Shape[K] extends z.ZodDefault<infer Inner> ? Inner : Shape[K]>;
};

/** A field without its default, also where a transform follows the default (`.default(null).transform(…)`). */
function withoutDefault(field: z.ZodType): z.ZodType {
  if (field instanceof z.ZodDefault) return field.unwrap() as z.ZodType;
  if (field instanceof z.ZodPipe && field.in instanceof z.ZodDefault)
    return z.pipe(withoutDefault(field.in as z.ZodType), field.out as z.ZodType);
  return field;
}

function partialWithoutDefaults<Shape extends z.core.$ZodShape>(
  schema: z.ZodObject<Shape>,
): z.ZodObject<WithoutDefaults<Shape>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) shape[key] = withoutDefault(field as z.ZodType).optional();
  return z.object(shape) as z.ZodObject<WithoutDefaults<Shape>>;
}
