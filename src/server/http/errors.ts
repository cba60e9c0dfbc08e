/** Every failure leaves as `{ error: { code, vi, en } }` with the right status — never a stack trace. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { LuotError } from '../../shared/errors';

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
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | LuotError, request, reply) => {
    if (error instanceof LuotError) return reply.code(error.status).send(error.toBody());
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
