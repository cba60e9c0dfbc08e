/**
 * The phones of the citizen bench (bench/citizen.ts), on a thread of their own: 500 status pages whose message
 * handling must not delay the measuring of the staff screens (in a real hall each is its own device). Times are
 * absolute (`timeOrigin + now`) so both threads compare them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

export interface PageSpec {
  ticketId: number;
  ref: string;
  displayCode: string;
}

export interface PagesReport {
  /** ticket id → when its page first heard it was called (absolute ms). */
  calledAt: Record<number, number>;
  /** Messages about a ticket other than the page's own. */
  foreign: number;
  sizes: number[];
}

const { base, pages } = workerData as { base: string; pages: PageSpec[] };
const now = () => performance.timeOrigin + performance.now();
const report: PagesReport = { calledAt: {}, foreign: 0, sizes: [] };
const sockets: WebSocket[] = [];

/**
 * Each phone in the hall is its own address on the Wi-Fi (the server caps connections per address): here each page
 * connects from its own loopback address, 127.1.x.y (Linux routes all of 127.0.0.0/8 to the loopback).
 */
const phoneAddress = (i: number) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;

await Promise.all(
  pages.map(
    (page, i) =>
      new Promise<void>((resolve, reject) => {
        const socket = new WebSocket(`${base.replace('http', 'ws')}/api/status/${page.ref}/live`, {
          localAddress: phoneAddress(i),
        });
        sockets.push(socket);
        socket.on('message', (data: Buffer) => {
          const at = now();
          report.sizes.push(data.length);
          const message = JSON.parse(data.toString()) as { status?: { displayCode: string; state: string } };
          if (!message.status) return;
          if (message.status.displayCode !== page.displayCode) report.foreign++;
          if (message.status.state === 'called' && report.calledAt[page.ticketId] === undefined) {
            report.calledAt[page.ticketId] = at;
            parentPort!.postMessage({ called: page.ticketId, at });
          }
        });
        socket.once('open', () => resolve());
        socket.once('error', reject);
      }),
  ),
);
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (message: { ask?: 'report' }) => {
  if (message.ask === 'report') {
    for (const socket of sockets) socket.close();
    parentPort!.postMessage({ report });
  }
});
