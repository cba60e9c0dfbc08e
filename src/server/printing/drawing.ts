/**
 * The drawing half of printing — the ticket's layout, QR code, raster and ESC/POS encoding — loaded on first use
 * (`loadDrawing`, load-drawing.ts), not at start: its code (≈ 250 KB of the server's bundle with the encoder, QR and PNG libraries)
 * and the canvas it loads are not needed for a server's first answers, and a center without a printer never
 * needs them at all. The print queue waits for it before a job's first print.
 */
export { imageJob } from './escpos-job';
export { monoToPng } from './mono-image';
export { ticketJobBytes } from './ticket-job';
export { renderTicket } from './ticket-renderer';
export { renderChecklistSlip } from '../procedures/checklist-slip';
export { renderAppointmentSlip } from '../appointments/appointment-slip';
