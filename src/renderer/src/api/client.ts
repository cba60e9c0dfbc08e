/**
 * The one HTTP client of the screens. Same origin as the LAN server, so the device's HttpOnly session cookie
 * goes along by itself. A refusal becomes an `ApiError` carrying the server's Vietnamese and English text.
 */
import type { ErrorBody, LocalizedText } from '../../../shared/errors';
import { messages } from '../i18n';

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
  ) {
    super(text.en);
    this.name = 'ApiError';
  }
}

/** The bilingual text of any error a screen caught. */
export function errorText(error: unknown): LocalizedText {
  return error instanceof ApiError ? error.text : messages.unexpectedAnswer;
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as Partial<ErrorBody> | null)?.error;
  return typeof error?.vi === 'string' && typeof error.en === 'string' && typeof error.code === 'string';
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'UNREACHABLE', messages.serverUnreachable);
  }
  const answer: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(answer)) throw new ApiError(response.status, answer.error.code, answer.error);
    throw new ApiError(response.status, `HTTP_${response.status}`, messages.unexpectedAnswer);
  }
  return answer as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
};
