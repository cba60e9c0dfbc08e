/** Bytes on a TCP socket, for requests no HTTP client would send: malformed, huge, or trickled. */
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

/** Parses what a server wrote back (one response). */
export function parseAnswer(raw: string): RawAnswer {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  let body = end === -1 ? '' : raw.slice(end + 4);
  if (/transfer-encoding: chunked/i.test(head)) body = dechunk(body);
  return { status, head, body };
}

function dechunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const line = rest.indexOf('\r\n');
    if (line === -1) return out;
    const size = parseInt(rest.slice(0, line), 16);
    if (!size) return out;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 2 + size + 2);
  }
}

export function openSocket(port: number, localAddress?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends `bytes` and collects the answer until the server closes or `waitMs` passes. */
export async function rawExchange(
  port: number,
  bytes: string | Buffer,
  options: { waitMs?: number; localAddress?: string; end?: boolean } = {},
): Promise<RawAnswer & { closed: boolean }> {
  const socket = await openSocket(port, options.localAddress);
  // `end`: the client says it has sent everything (a half-close), so an unfinished request is not waited for.
  return collect(socket, () => (options.end ? socket.end(bytes) : socket.write(bytes)), options.waitMs ?? 3000);
}

export function collect(socket: Socket, start: () => void, waitMs: number): Promise<RawAnswer & { closed: boolean }> {
  return new Promise((resolve) => {
    let raw = '';
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parseAnswer(raw), closed });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
      // One full answer with a Content-Length is enough.
      const answer = parseAnswer(raw);
      const length = Number(/content-length: (\d+)/i.exec(answer.head)?.[1] ?? NaN);
      if (Buffer.byteLength(answer.body) >= length) finish(false);
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    start();
  });
}
