/**
 * Refusals Node gives before Fastify sees a request — a malformed request line or header, headers too large,
 * a body that never finishes arriving — and the connection cap, answered like every other refusal: JSON with
 * a code and the text in Vietnamese and English, never Node's bare English.
 */
import type { Socket } from 'node:net';
import type { ErrorBody } from '../../shared/errors';

const ANSWERS: Record<string, { status: number; reason: string; code: string; vi: string; en: string }> = {
  timeout: {
    status: 408,
    reason: 'Request Timeout',
    code: 'REQUEST_TIMEOUT',
    vi: 'Yêu cầu gửi đến quá chậm nên máy chủ đã ngắt. Hãy kiểm tra mạng rồi thử lại.',
    en: 'The request arrived too slowly, so the server cut it off. Check the network, then try again.',
  },
  headersTooLarge: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'HEADERS_TOO_LARGE',
    vi: 'Phần đầu (header) của yêu cầu quá lớn. Hãy xoá cookie của trang này trong trình duyệt rồi thử lại.',
    en: "The request's headers are too large. Clear this site's cookies in the browser, then try again.",
  },
  malformed: {
    status: 400,
    reason: 'Bad Request',
    code: 'MALFORMED_REQUEST',
    vi: 'Yêu cầu HTTP không đúng định dạng (dòng yêu cầu hoặc header sai), nên máy chủ không đọc được.',
    en: 'The HTTP request is malformed (a bad request line or header), so the server could not read it.',
  },
  badUpgrade: {
    status: 400,
    reason: 'Bad Request',
    code: 'BAD_WEBSOCKET_HANDSHAKE',
    vi: 'Yêu cầu mở kết nối trực tiếp (WebSocket) không đúng chuẩn, nên máy chủ không mở. Hãy mở màn hình Lượt bằng trình duyệt.',
    en: 'The request to open a live connection (WebSocket) is not a valid handshake, so the server did not open it. Open the Lượt screen in a browser.',
  },
  busy: {
    status: 503,
    reason: 'Service Unavailable',
    code: 'TOO_MANY_CONNECTIONS',
    vi: 'Máy chủ Lượt đang có quá nhiều kết nối từ máy này. Hãy đóng bớt cửa sổ Lượt rồi thử lại sau ít giây.',
    en: 'The Lượt host has too many connections from this machine. Close some Lượt windows, then try again in a few seconds.',
  },
  busyHall: {
    status: 503,
    reason: 'Service Unavailable',
    code: 'TOO_MANY_GUEST_CONNECTIONS',
    vi: 'Máy chủ Lượt đang có quá nhiều kết nối chưa đăng nhập (từ mạng của sảnh). Hãy thử lại sau ít giây; các quầy vẫn làm việc bình thường.',
    en: 'The Lượt host has too many connections that are not signed in (from the hall network). Try again in a few seconds; the counters keep working.',
  },
};

/** The raw HTTP answer for one of the cases above. */
export function rawAnswer(kind: keyof typeof ANSWERS): string {
  const { status, reason, code, vi, en } = ANSWERS[kind]!;
  const body = JSON.stringify({ error: { code, vi, en } } satisfies ErrorBody);
  return (
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/** Fastify's `clientErrorHandler`: Node's parser or timer refused the request. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const kind =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? 'timeout'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 'headersTooLarge'
        : 'malformed';
  if (!socket.writable) return void socket.destroy();
  socket.end(rawAnswer(kind));
  // A client that never reads the answer does not keep the connection.
  setTimeout(() => socket.destroy(), 2000).unref();
}

/** ws's `wsClientError`: an upgrade to the event stream that is not a valid WebSocket handshake. */
export function answerBadUpgrade(_error: Error, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  socket.end(rawAnswer('badUpgrade'));
  setTimeout(() => socket.destroy(), 2000).unref();
}
