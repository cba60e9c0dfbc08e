/**
 * `npx tsx tests/printing/write-doc-tickets.ts`: the pictures in docs/tickets, made the way a printer would
 * see them — the ticket's ESC/POS job decoded back by the test reader, not the renderer's own image.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monoToPng } from '../../src/server/printing/mono-image';
import { ticketJobBytes } from '../../src/server/printing/ticket-job';
import type { PrinterProfileId } from '../../src/shared/domain';
import { printedImage, readEscPos } from './escpos-reader';
import { LONG_TICKET } from './ticket-images';

const out = join(import.meta.dirname, '../../docs/tickets');
mkdirSync(out, { recursive: true });
const tickets: [PrinterProfileId, string][] = [
  ['generic-58', 'ticket-58mm.png'],
  ['generic-80', 'ticket-80mm.png'],
  ['epson-tm-t88', 'ticket-80mm-epson-180dpi.png'],
];
for (const [profileId, file] of tickets) {
  const job = ticketJobBytes(LONG_TICKET, { profileId, connection: { kind: 'none' }, mode: 'raster', qr: true });
  const image = printedImage(readEscPos(job));
  writeFileSync(join(out, file), monoToPng(image));
  console.log(`${file}: ${image.width} × ${image.height} dots, job ${job.length} bytes`);
}
