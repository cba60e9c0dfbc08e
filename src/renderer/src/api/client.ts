/**
 * The one HTTP client of the screens. Same origin as the LAN server, so the device's HttpOnly session cookie
 * goes along by itself. A refusal becomes an `ApiError` carrying the server's Vietnamese and English text.
 * Actions are sent with an `Idempotency-Key` and resent with the same key when the LAN drops a request, so a
 * resend never calls a second citizen.
 */
import i18next from 'i18next';
import {
  ENDPOINTS,
  pathParams,
  type EndpointAnswer,
  type EndpointInput,
  type JsonEndpointName,
  type LinkEndpointName,
  type RequestEndpointName,
} from '../../../shared/contract/endpoints';
import type { ErrorBody, LocalizedText } from '../../../shared/errors';

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    /** Per-field problems of a 400, by field path. */
    readonly issues: { path: string; vi: string; en: string }[] = [],
  ) {
    super(text.en);
    this.name = 'ApiError';
  }
}

function catalogText(key: 'serverUnreachable' | 'unexpectedAnswer'): LocalizedText {
  return { vi: i18next.getFixedT('vi', 'common')(key), en: i18next.getFixedT('en', 'common')(key) };
}

/** The bilingual text of any error a screen caught. */
export function errorText(error: unknown): LocalizedText {
  return error instanceof ApiError ? error.text : catalogText('unexpectedAnswer');
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as Partial<ErrorBody> | null)?.error;
  return typeof error?.vi === 'string' && typeof error.en === 'string' && typeof error.code === 'string';
}

/** A random request key. (`crypto.randomUUID` exists only on https or localhost; LAN screens are plain http.) */
function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The refusal of a change while the database is damaged; also the window event that carries its text. */
export const DATABASE_DAMAGED = 'DATABASE_DAMAGED';

const RESENDS = 3;
const RESEND_PAUSE_MS = 400;

async function request<T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  let response: Response | null = null;
  for (let attempt = 0; !response; attempt++) {
    try {
      response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      // Only a request that is safe to resend is resent: reads, and actions carrying their key.
      if (attempt >= RESENDS || (method !== 'GET' && !idempotencyKey))
        throw new ApiError(0, 'UNREACHABLE', catalogText('serverUnreachable'));
      await new Promise((resolve) => setTimeout(resolve, RESEND_PAUSE_MS * (attempt + 1)));
    }
  }
  const answer: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(answer)) {
      // Every screen's status line shows it at once (DatabaseProblemLine), not at its next look.
      if (answer.error.code === DATABASE_DAMAGED)
        window.dispatchEvent(new CustomEvent<LocalizedText>(DATABASE_DAMAGED, { detail: answer.error }));
      throw new ApiError(response.status, answer.error.code, answer.error, answer.error.issues ?? []);
    }
    throw new ApiError(response.status, `HTTP_${response.status}`, catalogText('unexpectedAnswer'));
  }
  return answer as T;
}

/** An endpoint whose input has no required field may be called without one. */
export type InputArgs<N extends RequestEndpointName> =
  Record<string, never> extends EndpointInput<N> ? [input?: EndpointInput<N>] : [input: EndpointInput<N>];

/** The path with its `:params` filled from the input, and what is left of the input. */
function place(path: string, input: Record<string, unknown>): { url: string; rest: Record<string, unknown> } {
  const rest = { ...input };
  let url = path;
  for (const name of pathParams(path)) {
    url = url.replace(`:${name}`, encodeURIComponent(String(rest[name])));
    delete rest[name];
  }
  return { url, rest };
}

/** A GET endpoint's address: its path with the `:params` filled, the rest of the input as its query. */
function linkTo(path: string, input: object | undefined): string {
  const { url, rest } = place(path, (input ?? {}) as Record<string, unknown>);
  const query = new URLSearchParams(
    Object.entries(rest)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return query ? `${url}?${query}` : url;
}

/**
 * Calls an endpoint of the table by name; the answer has the type the table declares. Queue steps carry an
 * Idempotency-Key and are resent with it when the LAN drops them.
 */
function call<N extends JsonEndpointName>(name: N, ...[input]: InputArgs<N>): Promise<EndpointAnswer<N>> {
  const def = ENDPOINTS[name];
  if (def.method === 'GET') return request(def.method, linkTo(def.path, input));
  const { url, rest } = place(def.path, (input ?? {}) as Record<string, unknown>);
  if (def.method === 'DELETE') return request(def.method, linkTo(url, rest));
  return request(def.method, url, rest, 'idempotent' in def && def.idempotent ? newKey() : undefined);
}

/**
 * A setup form's draft, sent as typed: a box left empty goes as `null` and the server's schema judges it, answering
 * per field in Vietnamese and English. The answer still has the endpoint's declared type.
 */
function submit<N extends JsonEndpointName>(name: N, draft: object): Promise<EndpointAnswer<N>> {
  return (call as (name: N, input: object) => Promise<EndpointAnswer<N>>)(name, draft);
}

/** The address of a GET endpoint, for a link or a picture: a file to save, a ticket as an image. */
function href<N extends LinkEndpointName>(name: N, ...[input]: InputArgs<N>): string {
  return linkTo(ENDPOINTS[name].path, input);
}

export const api = { call, submit, href };
