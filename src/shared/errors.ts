/**
 * Errors users can act on. Every refusal the core gives has a stable code, an HTTP status and a message in
 * Vietnamese and English. Pure: used by the server to answer and by screens to show.
 */

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface ErrorBody {
  error: {
    code: string;
    vi: string;
    en: string;
    /** Per-field problems: the field's path (e.g. `issuingHours.0.to`), zod's issue code, and the text. */
    issues?: FieldIssue[];
    /** Extra facts for the screen, e.g. the ticket a point is already serving. */
    details?: Record<string, unknown>;
  };
}

export interface FieldIssue {
  path: string;
  code?: string;
  vi: string;
  en: string;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 408 | 409 | 413 | 421 | 426 | 429 | 431 | 500 | 503 | 507;

export class LuotError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    readonly text: LocalizedText,
    readonly details?: Record<string, unknown>,
    readonly issues?: FieldIssue[],
  ) {
    super(text.en);
    this.name = 'LuotError';
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        vi: this.text.vi,
        en: this.text.en,
        ...(this.issues ? { issues: this.issues } : {}),
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export const badRequest = (code: string, text: LocalizedText, details?: Record<string, unknown>) =>
  new LuotError(400, code, text, details);
export const notFound = (code: string, text: LocalizedText) => new LuotError(404, code, text);
export const conflict = (code: string, text: LocalizedText, details?: Record<string, unknown>) =>
  new LuotError(409, code, text, details);
/** A conflict that belongs to one field of a form (a prefix or a number already taken). */
export const fieldConflict = (code: string, field: string, text: LocalizedText) =>
  new LuotError(409, code, text, undefined, [{ path: field, code, ...text }]);
export const unauthorized = () =>
  new LuotError(401, 'UNAUTHENTICATED', {
    vi: 'Thiết bị chưa đăng nhập hoặc mã thiết bị không hợp lệ. Hãy mở lại đường dẫn đăng nhập do quản trị cấp.',
    en: 'This device is not signed in or its token is not valid. Open the sign-in link from the administrator again.',
  });
export const forbidden = (text?: LocalizedText) =>
  new LuotError(
    403,
    'FORBIDDEN',
    text ?? {
      vi: 'Thiết bị này không có quyền thực hiện thao tác này.',
      en: 'This device is not allowed to do this.',
    },
  );
