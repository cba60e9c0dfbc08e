/** A ticket's print job under the printer settings: text where the code page carries it, else the picture. */
import type { PrinterSettings } from '../../shared/domain';
import { imageJob } from './escpos-job';
import { profileOf } from './printer-profiles';
import { textJob } from './text-ticket';
import type { TicketFacts } from './ticket-facts';
import { renderTicket } from './ticket-renderer';

export function ticketJobBytes(facts: TicketFacts, settings: PrinterSettings): Uint8Array {
  const profile = profileOf(settings.profileId);
  if (settings.mode === 'text') {
    const text = textJob(facts, profile, settings.qr);
    if (text) return text;
  }
  return imageJob(renderTicket(facts, { profile, qr: settings.qr }), profile);
}
