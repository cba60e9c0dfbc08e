/**
 * Rows of the endpoint table: the ticket printer — its settings, status, test print, preview and reprints
 * (src/server/http/routes/printing.ts).
 */
import type { TestPrintAnswer } from '../../events';
import type { PrinterSetup, PrinterStatusAnswer, ReprintAnswer } from '../../api';
import type { PrinterSettings } from '../../domain';
import { idParam } from '../../schemas';
import { printerPreviewQuery, printerSettingsPatch } from '../bodies/printing';
import { ADMIN, answer, ep, may, none, SIGNED_IN } from '../endpoint-kit';

export const PRINTING_ENDPOINTS = {
  reprint: ep({
    method: 'POST',
    path: '/api/tickets/:id/print',
    roles: may('greet'),
    input: idParam,
    answer: answer<ReprintAnswer>(),
    summary: '"In lại": print today\'s ticket again; says when a second copy may come out.',
  }),
  ticketPng: ep({
    method: 'GET',
    path: '/api/tickets/:id/ticket.png',
    roles: SIGNED_IN,
    input: idParam,
    answer: answer<Uint8Array>(),
    png: true,
    summary: 'The ticket as the printer gets it, as a picture.',
  }),
  printer: ep({
    method: 'GET',
    path: '/api/printer',
    roles: ADMIN,
    input: none,
    answer: answer<PrinterSetup>(),
    summary: 'Printer settings, what printing found out about the printer, and the models and speeds on offer.',
  }),
  updatePrinter: ep({
    method: 'PATCH',
    path: '/api/printer',
    roles: ADMIN,
    input: printerSettingsPatch,
    answer: answer<{ settings: PrinterSettings }>(),
    summary: 'Change the printer (model, connection, mode, QR).',
  }),
  testPrint: ep({
    method: 'POST',
    path: '/api/printer/test',
    roles: ADMIN,
    input: none,
    answer: answer<TestPrintAnswer>(),
    summary: '"In thử": print the sample ticket; finds out whether the printer answers status and how fast it reads.',
  }),
  printerStatus: ep({
    method: 'GET',
    path: '/api/printer/status',
    roles: ADMIN,
    input: none,
    answer: answer<PrinterStatusAnswer>(),
    summary: 'Ask the printer how it is (paper, cover, online) where it can say.',
  }),
  printerPreview: ep({
    method: 'GET',
    path: '/api/printer/preview.png',
    roles: ADMIN,
    input: printerPreviewQuery,
    answer: answer<Uint8Array>(),
    png: true,
    summary: 'A sample ticket for a model and QR choice before saving it.',
  }),
};
