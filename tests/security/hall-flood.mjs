// A flood of connections from the hall's Wi-Fi, in its own process (as an attacker's phones are not the server's
// event loop): `node hall-flood.mjs <port> <perAddress> <address>…`. Each address keeps `perAddress` connections
// open — half silent, half trickling a header line every 500 ms — reopening any the server closes (after 2 s).
// Prints `opened <n> open <m>` every 250 ms; stops when stdin closes. Loopback only, bounded by its parent.
import { connect } from 'node:net';

const [port, perAddress, ...addresses] = process.argv.slice(2);
let running = true;
let opened = 0;
let open = 0;
const sockets = new Set();

async function hold(address, trickle) {
  while (running) {
    await new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: Number(port), localAddress: address });
      let timer;
      socket.on('connect', () => {
        opened++;
        open++;
        sockets.add(socket);
        if (trickle) {
          socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
          timer = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 500);
        }
      });
      socket.on('data', () => undefined);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        if (sockets.delete(socket)) open--;
        clearInterval(timer);
        resolve();
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

const holders = addresses.flatMap((address) =>
  Array.from({ length: Number(perAddress) }, (_, i) => hold(address, i % 2 === 0)),
);
const report = setInterval(() => process.stdout.write(`opened ${opened} open ${open}\n`), 250);
process.stdin.resume();
process.stdin.on('end', async () => {
  running = false;
  clearInterval(report);
  process.stdout.write(`opened ${opened} open ${open}\n`);
  for (const socket of sockets) socket.destroy();
  await Promise.all(holders);
  process.exit(0);
});
