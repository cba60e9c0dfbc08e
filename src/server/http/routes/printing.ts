/**
 * The printer through the API: reprint ("In lại"), the ticket as a picture, and for setup the printer settings,
 * a test print, its status and a preview. Printing itself lives in server/printing.
 */
import { DEVICE_ROLES } from '../../../shared/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { conflict } from '../../../shared/errors';
import { idParam, printerPreviewQuery, printerSettingsPatch, SERIAL_BAUD_RATES } from '../../../shared/schemas';
import { PRINTER_PROFILES } from '../../printing/printer-profiles';
import { requireRole } from '../auth';
import type { RouteContext } from '../context';
import { parse } from '../parse';

function sendPng(reply: FastifyReply, png: Buffer) {
  // The queue moves on: a cached ticket picture would show yesterday's "people ahead".
  return reply.type('image/png').header('Cache-Control', 'no-store').send(png);
}

export function printingRoutes(app: FastifyInstance, { core }: RouteContext): void {
  const { engine, printing } = core;
  const admin = requireRole('admin');
  const anyone = requireRole(...DEVICE_ROLES);

  app.post('/api/tickets/:id/print', { preHandler: requireRole('admin', 'greeter') }, async (request) => {
    const ticket = engine.getTicket(parse(idParam, request.params).id);
    if (ticket.serviceDay !== engine.today())
      throw conflict('TICKET_OF_ANOTHER_DAY', {
        vi: `Số ${ticket.displayCode} thuộc ngày ${ticket.serviceDay}, không in lại được hôm nay.`,
        en: `Ticket ${ticket.displayCode} belongs to ${ticket.serviceDay} and cannot be reprinted today.`,
      });
    return { print: printing.printTicket(ticket, { deviceId: request.device!.id, reprint: true }) };
  });

  app.get('/api/tickets/:id/ticket.png', { preHandler: anyone }, async (request, reply) =>
    sendPng(reply, printing.ticketPng(parse(idParam, request.params).id)),
  );

  // Everything setup offers comes from here, so the setup screen never lists a model or a speed the server refuses.
  app.get('/api/printer', { preHandler: admin }, async () => ({
    settings: printing.settings.get(),
    profiles: PRINTER_PROFILES,
    baudRates: SERIAL_BAUD_RATES,
  }));

  app.patch('/api/printer', { preHandler: admin }, async (request) => {
    const settings = printing.updateSettings(parse(printerSettingsPatch, request.body ?? {}));
    // Another admin screen open on the printer tab refetches, so it never saves over this change unknowingly.
    core.events.emit({ kind: 'setup', at: Date.now(), what: 'printer' });
    return { settings };
  });

  app.post('/api/printer/test', { preHandler: admin }, async () => ({ print: await printing.testPrint() }));

  app.get('/api/printer/status', { preHandler: admin }, async () => printing.printerStatus());

  app.get('/api/printer/preview.png', { preHandler: admin }, async (request, reply) => {
    const query = parse(printerPreviewQuery, request.query ?? {});
    const png = printing.previewPng({
      ...(query.profileId ? { profileId: query.profileId } : {}),
      ...(query.qr ? { qr: query.qr === 'true' } : {}),
    });
    return sendPng(reply, png);
  });
}
