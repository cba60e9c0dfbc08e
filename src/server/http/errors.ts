/** Every failure leaves as `{ error: { code, vi, en } }` with the right status — never a stack trace. */
import { databaseDamaged, isDamage, type DatabaseCheck } from '../db/quick-check';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LuotError } from '../../shared/errors';
import { storageRefusal } from '../db/storage-errors';

const FASTIFY_ERRORS: Record<string, { status: number; vi: string; en: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    vi: 'Nội dung JSON bị trống.',
    en: 'The JSON body is empty.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    vi: 'Hãy gửi dữ liệu dạng application/json.',
    en: 'Send the body as application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    vi: 'Dữ liệu gửi lên quá lớn.',
    en: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    vi: 'Độ dài nội dung (Content-Length) không khớp với dữ liệu gửi lên.',
    en: 'The Content-Length does not match the body sent.',
  },
  FST_ERR_BAD_URL: {
    status: 400,
    vi: 'Địa chỉ (URL) có ký tự mã hoá sai (dấu % không đúng quy tắc), nên máy chủ không đọc được.',
    en: 'The address (URL) has badly encoded characters (a % not followed by two hex digits), so the server could not read it.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    vi: 'Một phần của địa chỉ (URL) quá dài.',
    en: 'Part of the address (URL) is too long.',
  },
  FST_ERR_ASYNC_CONSTRAINT: {
    status: 400,
    vi: 'Yêu cầu không hợp lệ.',
    en: 'Bad request.',
  },
};

/** Fastify's `frameworkErrors`: a URL the router cannot read, answered like any refusal. */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const known = FASTIFY_ERRORS[error.code] ?? FASTIFY_ERRORS.FST_ERR_ASYNC_CONSTRAINT!;
  void reply.code(known.status).send({ error: { code: error.code, vi: known.vi, en: known.en } });
}

let lastStorageLog = 0;

/** How long a request that met a damaged page waits for the check's verdict before it is answered as a disk fault. */
const DAMAGE_CHECK_WAIT_MS = 10_000;

/** The promise's value, or null when it takes longer than `ms`. */
function within<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * `databaseFile`: where the data lives, so a full or failing disk can be named. `check`: the database's check
 * (src/server/db/quick-check.ts): a damaged page met while serving runs it, and once the file is known damaged
 * what failed on it is answered with what to do (restore the newest backup), not as a failing disk.
 */
export function installErrorHandlers(app: FastifyInstance, databaseFile: string, check?: DatabaseCheck): void {
  app.setErrorHandler(async (error: FastifyError | LuotError, request, reply) => {
    if (error instanceof LuotError) return reply.code(error.status).send(error.toBody());
    if (check?.damage && (isDamage(error) || (error as { code?: string }).code === 'SQLITE_READONLY'))
      return reply.code(503).send(databaseDamaged(check.damage).toBody());
    if (check && isDamage(error)) {
      // A damaged page met before the check has answered (it starts a few seconds after the host listens): wait
      // for it — about a second on a year's file — so the screen is told to restore the newest backup (setup then
      // offers its backup tab) rather than that the disk may be failing.
      const damage = await within(check.run(), DAMAGE_CHECK_WAIT_MS);
      if (damage) return reply.code(503).send(databaseDamaged(damage).toBody());
    }
    const storage = storageRefusal(error, databaseFile);
    if (storage) {
      // Once a minute is enough for the operator's console: a full disk refuses every change until freed.
      if (Date.now() - lastStorageLog > 60_000) {
        lastStorageLog = Date.now();
        console.error(`[luot] ${request.method} ${request.url}: ${storage.text.en}`);
      }
      return reply.code(storage.status).send(storage.toBody());
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) return reply.code(known.status).send({ error: { code: error.code, vi: known.vi, en: known.en } });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
      return reply.code(error.statusCode).send({
        error: { code: error.code ?? 'BAD_REQUEST', vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
      });
    request.log.error(error);
    console.error(`[luot] ${request.method} ${request.url} failed:`, error);
    return reply.code(500).send({
      error: {
        code: 'INTERNAL',
        vi: 'Máy chủ Lượt gặp lỗi ngoài dự kiến; thao tác chưa được thực hiện. Hãy thử lại; nếu lặp lại, báo quản trị.',
        en: 'Lượt hit an unexpected error; nothing was changed. Try again; if it repeats, tell the administrator.',
      },
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: {
        code: 'NOT_FOUND',
        vi: `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`,
        en: `No such endpoint: ${request.method} ${request.url.split('?')[0]}.`,
      },
    }),
  );
}
