/**
 * Handlers of the printer's endpoints: reprint ("In lại"), the ticket as a picture, and for setup the printer
 * settings, a test print, its status and a preview. Printing itself lives in server/printing.
 */
import { conflict } from '../../../shared/errors';
import { SERIAL_BAUD_RATES } from '../../../shared/contract/bodies/printing';
import { PRINTER_PROFILES } from '../../printing/printer-profiles';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

type PrintingEndpoint =
  'reprint' | 'ticketPng' | 'printer' | 'updatePrinter' | 'testPrint' | 'printerStatus' | 'printerPreview';

export function printingHandlers({ core }: RouteContext): Handlers<PrintingEndpoint> {
  const { engine, printing } = core;
  return {
    reprint: ({ id }, { actor }) => {
      const ticket = engine.getTicket(id);
      if (ticket.serviceDay !== engine.today())
        throw conflict('TICKET_OF_ANOTHER_DAY', {
          vi: `Số ${ticket.displayCode} thuộc ngày ${ticket.serviceDay}, không in lại được hôm nay.`,
          en: `Ticket ${ticket.displayCode} belongs to ${ticket.serviceDay} and cannot be reprinted today.`,
        });
      return { print: printing.printTicket(ticket, { deviceId: actor.deviceId, reprint: true }) };
    },

    ticketPng: ({ id }) => printing.ticketPng(id),

    // Everything setup offers comes from here, so the setup screen never lists a model or a speed the server refuses.
    printer: () => {
      const settings = printing.settings.get();
      return {
        settings,
        // What test prints and tickets found out about this printer (answers status? how fast?), or null.
        probe: printing.probes.get(settings.connection),
        profiles: PRINTER_PROFILES,
        baudRates: [...SERIAL_BAUD_RATES],
      };
    },

    // Another admin screen open on the printer tab refetches (setup event), so it never saves over this change.
    updatePrinter: (patch, { actor }) => ({
      settings: core.events.run(() => {
        const saved = printing.updateSettings(patch);
        core.log.setup('printer', 'updated', null, actor, Object.keys(patch));
        return saved;
      }),
    }),

    testPrint: () => printing.testPrint(),
    printerStatus: () => printing.printerStatus(),

    printerPreview: (query) =>
      printing.previewPng({
        ...(query.profileId ? { profileId: query.profileId } : {}),
        ...(query.qr ? { qr: query.qr === 'true' } : {}),
      }),
  };
}
