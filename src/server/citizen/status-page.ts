/**
 * `GET /s/:ref` — what a phone opens from the ticket's QR code. A good link gets the status page (a small static
 * page in out/renderer/status, built from src/status-page: no React, a few kilobytes, for a cheap phone's
 * browser); a forged or mistyped link (404) and an expired one (410) get a plain page that says so in Vietnamese
 * and English and needs no script at all.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StatusLinkProblem } from '../../shared/citizen-status';
import { LuotError } from '../../shared/errors';
import type { Core } from '../core';
import type { GuessLimit } from './guess-limit';

/** Where the built page lives inside the renderer's folder. */
export const STATUS_PAGE_DIR = 'status';

type Problem = StatusLinkProblem | 'busy';

const PROBLEM_TEXT: Record<Problem, { title: [string, string]; body: [string, string] }> = {
  unknown: {
    title: ['Không tìm thấy phiếu', 'Ticket not found'],
    body: [
      'Đường dẫn này không đúng hoặc bị gõ nhầm. Hãy quét lại mã QR in trên phiếu, hoặc gõ lại địa chỉ in dưới mã.',
      'This link is not right or was mistyped. Scan the QR code on the ticket again, or retype the address printed under it.',
    ],
  },
  expired: {
    title: ['Phiếu đã hết hạn', 'This ticket has expired'],
    body: [
      'Đường dẫn trên phiếu chỉ dùng được trong ngày lấy số. Nếu bạn cần làm thủ tục hôm nay, hãy lấy số mới ở quầy đón tiếp.',
      'The link on a ticket works only on the day it was issued. If you need service today, take a new number at the entrance.',
    ],
  },
  busy: {
    title: ['Vui lòng đợi một lát', 'Please wait a moment'],
    body: [
      'Máy này đã mở quá nhiều đường dẫn sai. Hãy đợi 10 phút rồi quét lại mã QR trên phiếu.',
      'This phone opened too many wrong links. Wait 10 minutes, then scan the QR code on the ticket again.',
    ],
  },
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page for a link that does not open: plain HTML, both languages, no script. */
export function problemPage(problem: Problem): string {
  const { title, body } = PROBLEM_TEXT[problem];
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title[0])} — Lượt</title>
<link rel="stylesheet" href="/${STATUS_PAGE_DIR}/status.css">
</head>
<body class="problem problem--${problem}">
<main class="card" role="alert" data-problem="${problem}">
<h1>${escapeHtml(title[0])}</h1>
<p>${escapeHtml(body[0])}</p>
<h2 lang="en">${escapeHtml(title[1])}</h2>
<p lang="en">${escapeHtml(body[1])}</p>
</main>
</body>
</html>
`;
}

const STATUS_OF: Record<Problem, number> = { unknown: 404, expired: 410, busy: 429 };

function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply
    .code(STATUS_OF[problem])
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(problemPage(problem));
}

export function statusPageRoutes(
  app: FastifyInstance,
  core: Core,
  guesses: GuessLimit,
  rendererDir: string | undefined,
): void {
  const page = rendererDir ? join(rendererDir, STATUS_PAGE_DIR, 'index.html') : null;
  app.get<{ Params: { ref: string } }>('/s/:ref', async (request, reply) => {
    try {
      guesses.check(request.ip);
    } catch (error) {
      if (error instanceof LuotError) return sendProblem(reply, 'busy');
      throw error;
    }
    const found = core.citizen.status.lookup(request.params.ref);
    if ('problem' in found) {
      if (found.problem === 'unknown') guesses.miss(request.ip);
      return sendProblem(reply, found.problem);
    }
    if (!page || !existsSync(page))
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('Trang trạng thái chưa được dựng / status page not built');
    reply.header('cache-control', 'no-store');
    return reply.sendFile(`${STATUS_PAGE_DIR}/index.html`);
  });
}
