/**
 * Text mode: the ticket as characters in the printer's own Vietnamese code page (Epson's TCVN-3 pages 30 and
 * 31), which prints faster than a picture over a slow serial line. Only for profiles with a code page, and only
 * when every character of this ticket is in it — otherwise the ticket is printed as a picture, because a wrong
 * diacritic ("S? th? t?") is worse than a slower ticket.
 */
import CodepageEncoder from '@point-of-sale/codepage-encoder';
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { PrinterProfile } from '../../shared/domain';
import { concatBytes, ejectCommands } from './escpos-job';
import type { TicketFacts } from './ticket-facts';

/** TCVN-3 splits Vietnamese over two pages: small letters (30) and capitals (31). */
const TCVN3_PAGES = ['tcvn3', 'tcvn3capitals'] as const;

/** Typography the code page lacks, replaced by its plain equivalent rather than dropped. */
const PLAIN: Record<string, string> = { '–': '-', '—': '-', '‘': "'", '’': "'", '“': '"', '”': '"', '…': '...' };

export function plainText(text: string): string {
  return text.normalize('NFC').replace(/[–—‘’“”…]/g, (c) => PLAIN[c] ?? c);
}

/** Whether TCVN-3 carries this character (on either page). */
function inTcvn3(char: string): boolean {
  if (char === '?') return true;
  return TCVN3_PAGES.some((page) => CodepageEncoder.encode(char, page)[0] !== 0x3f);
}

export function ticketLines(facts: TicketFacts): string[] {
  return [
    facts.centerName,
    'Số thứ tự',
    facts.displayCode,
    ...(facts.priority ? [`ƯU TIÊN: ${facts.priority}`] : []),
    facts.serviceName,
    ...(facts.procedure
      ? [`Thủ tục: ${facts.procedure.name}`, ...facts.procedure.documents.map((document) => `[ ] ${document}`)]
      : []),
    ...(facts.zoneName ? [`Mời đến: ${facts.zoneName}`] : []),
    ...(facts.directions ? [facts.directions] : []),
    ...(facts.servicePoints ? [facts.servicePoints] : []),
    facts.ahead === 0 ? 'Không có ai chờ trước bạn' : `Trước bạn: ${facts.ahead} người`,
    ...(facts.waitMinutes !== null && facts.ahead > 0 ? [`Chờ khoảng ${facts.waitMinutes} phút`] : []),
    `Lấy số lúc ${facts.issuedAt}`,
    facts.footer,
  ].map(plainText);
}

/** The characters of a ticket its code page cannot print; empty means text mode is safe for it. */
export function unprintableCharacters(facts: TicketFacts): string[] {
  const chars = new Set(ticketLines(facts).join(''));
  return [...chars].filter((c) => !inTcvn3(c));
}

/** The text-mode job, or null when some character would come out wrong (the caller prints a picture). */
export function textJob(facts: TicketFacts, profile: PrinterProfile, qr: boolean): Uint8Array | null {
  if (profile.textCodePage !== 'tcvn3' || unprintableCharacters(facts).length > 0) return null;
  const big = profile.paperMm === 58 ? 4 : 6;
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    columns: Math.floor(profile.widthDots / 12),
    // Epson's numbering of its code pages: TCVN-3 is 30, TCVN-3 capitals 31.
    codepageMapping: 'epson',
    codepageCandidates: [...TCVN3_PAGES] as never,
  });
  const [center, label, code, ...rest] = ticketLines(facts);
  encoder.initialize().codepage('auto').align('center');
  encoder.bold(true).line(center!).bold(false).rule().line(label!);
  encoder.size(big, big).bold(true).line(code!).size(1, 1).bold(false);
  for (const line of rest) encoder.line(line);
  if (qr) encoder.qrcode(facts.reference, { model: 2, size: 6, errorlevel: 'm' });
  // For the citizen's phone (src/server/citizen/ticket-links.ts): the status page's address, the center's Wi-Fi.
  if (qr && facts.referenceLine) encoder.line(facts.referenceLine);
  if (facts.wifi)
    encoder.line(plainText(`Wi-Fi: ${facts.wifi.name}`)).qrcode(facts.wifi.qr, { model: 2, size: 4, errorlevel: 'm' });
  return concatBytes([encoder.encode(), ejectCommands(profile)]);
}
