/**
 * The hall's own port (issue 24, point 1; off unless `publicPort` / `LUOT_PUBLIC_PORT` is set). A center that
 * puts citizens on a guest Wi-Fi lets that network reach only this port: it serves what a citizen's phone needs —
 * the status page of a ticket (`/s/:ref`, its JSON and live connection), the health check and the sign-in page
 * with its pairing code — and refuses every other address, whoever asks and with whatever key, in Vietnamese and
 * English. The same Fastify app answers (one set of routes, hooks and limits); this port only chooses which
 * requests reach it. Its connections have their own budget, all of them guests: a signed-in key does not lift a
 * connection out of the hall's budget here.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ENDPOINTS, type Endpoint } from '../../shared/contract/endpoints';
import type { ErrorBody } from '../../shared/errors';
import { answerClientError } from './client-errors';
import { ConnectionBudget, type ConnectionLimits } from './connection-limits';

/** The pages the public port serves besides the endpoint table's public rows (path only, without the query). */
const PUBLIC_PAGES: readonly RegExp[] = [
  /^\/s\/[^/]+\/?$/, // a ticket's status page (the QR code)
  /^\/status\/[^/]+$/, // its stylesheet and script
  /^\/signin\/?$/, // the sign-in page where a pairing code is typed
  /^\/assets\/[^/]+$/, // the sign-in page's script and styles
  /^\/sw\.js$/,
];

/** The endpoint table's public rows (status JSON and live connection, health, signing a browser in and out). */
const PUBLIC_ENDPOINTS = Object.values(ENDPOINTS as Record<string, Endpoint>)
  .filter((row) => row.roles === 'public')
  .map((row) => ({
    method: row.method,
    pattern: new RegExp(`^${row.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`),
  }));

export function servedOnPublicPort(method: string | undefined, url: string | undefined): boolean {
  const path = (url ?? '/').split('?', 1)[0]!;
  if (path.startsWith('/api/'))
    return PUBLIC_ENDPOINTS.some((row) => row.pattern.test(path) && (row.method === method || method === 'HEAD'));
  return (method === 'GET' || method === 'HEAD') && PUBLIC_PAGES.some((pattern) => pattern.test(path));
}

const REFUSAL = {
  code: 'NOT_ON_PUBLIC_PORT',
  vi: 'Cổng này chỉ dành cho trang theo dõi số của người dân và trang đăng nhập thiết bị. Màn hình quầy, đón tiếp, màn hình lớn và quản trị dùng địa chỉ trong mạng nội bộ của trung tâm.',
  en: "This port serves only citizens' ticket status pages and the device sign-in page. Counter, greeter, wall display and setup screens use the center's office network address.",
};

function refusalPage(): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Lượt</title></head>
<body>
<main role="alert" data-problem="not-on-public-port">
<h1>Không mở được trang này ở đây</h1>
<p>${REFUSAL.vi}</p>
<h2 lang="en">This page does not open here</h2>
<p lang="en">${REFUSAL.en}</p>
</main>
</body>
</html>
`;
}

const refusalJson = () => JSON.stringify({ error: REFUSAL } satisfies ErrorBody);

/** A WebSocket other than a status page's, refused before any handshake. */
function refuseUpgrade(socket: Duplex): void {
  const body = refusalJson();
  socket.end(
    `HTTP/1.1 403 Forbidden\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  setTimeout(() => socket.destroy(), 1000).unref();
}

/** A second listener handing only the public addresses to `app`; listen on it like any `http.Server`. */
export function createPublicPort(app: FastifyInstance, limits: ConnectionLimits): Server {
  const server = createServer({ requestTimeout: limits.requestTimeoutMs, requireHostHeader: false });
  // All of this port's connections are guests: the budget's guest share is the whole of it.
  new ConnectionBudget({ ...limits, maxConnections: limits.guestConnections }).install(server);
  server.on('request', (request: IncomingMessage, response) => {
    if (servedOnPublicPort(request.method, request.url)) return app.routing(request, response);
    // A body sent with the refused request is read and dropped, so the answer is not cut short.
    request.resume();
    const api = (request.url ?? '').startsWith('/api/');
    const body = api ? refusalJson() : refusalPage();
    response.writeHead(403, {
      'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(body);
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (servedOnPublicPort(request.method, request.url)) app.server.emit('upgrade', request, socket, head);
    else refuseUpgrade(socket);
  });
  server.on('clientError', answerClientError);
  return server;
}
