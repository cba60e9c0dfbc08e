/**
 * The one HTTP client of the screens. Same origin as the LAN server, so the device's HttpOnly session cookie
 * goes along by itself. A refusal becomes an `ApiError` carrying the server's Vietnamese and English text.
 * Actions are sent with an `Idempotency-Key` and resent with the same key when the LAN drops a request, so a
 * resend never calls a second citizen.
 */
import i18next from 'i18next';
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
    if (isErrorBody(answer))
      throw new ApiError(response.status, answer.error.code, answer.error, answer.error.issues ?? []);
    throw new ApiError(response.status, `HTTP_${response.status}`, catalogText('unexpectedAnswer'));
  }
  return answer as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  /** A queue action: idempotent, resent with the same key if the network drops it. */
  act: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body, newKey()),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
