/**
 * The number the citizen took: huge, with where to go and, for an appointment, its time. The ticket's picture (as
 * printed, with its QR code to the status page) stays on screen; with no printer, or when the print failed, the
 * screen says to photograph it.
 */
import { nameOf } from '../../../../shared/names';
import type { Ticket } from '../../../../shared/domain';
import { api } from '../../api/client';
import { useLocalized, useTranslation } from '../../i18n';
import { directionsFor } from '../../state/directions';
import { useCenter } from '../../state/use-center';
import type { PrintStatus } from '../greeter/use-print-status';

export interface Issued {
  ticket: Ticket;
  /** Checked in for an appointment: on time or late; null for a walk-in's number. */
  onTime: boolean | null;
}

export function KioskDone({ issued, print }: { issued: Issued; print: PrintStatus | null }) {
  const { t } = useTranslation('kiosk');
  const localized = useLocalized();
  const center = useCenter();
  const { ticket } = issued;
  const service = center.services.find((s) => s.id === ticket.serviceId);
  const where = service ? directionsFor(service, center.zones, center.servicePoints) : null;
  const counters = where?.points.filter((p) => p.kind === 'counter').map((p) => localized(nameOf(p))) ?? [];
  const place = [where?.zone ? localized(nameOf(where.zone)) : null, counters.join(', ') || null]
    .filter(Boolean)
    .join(' — ');
  const printLine =
    print === null || print.state === 'disabled'
      ? { text: t('noPrinter'), failed: true }
      : print.state === 'failed'
        ? { text: t('notPrinted'), failed: true }
        : { text: print.state === 'printing' ? t('printing') : t('printed'), failed: false };
  return (
    <section className="kiosk-done" aria-live="polite">
      <p className="kiosk__lead">{t('yourNumber')}</p>
      <p className="kiosk-done__number" data-testid="kiosk-number">
        {ticket.displayCode}
      </p>
      {ticket.appointment && (
        <p className="kiosk-done__appointment">
          {issued.onTime === false
            ? t('appointmentLate', { time: ticket.appointment.time })
            : t('appointmentAt', { time: ticket.appointment.time })}
        </p>
      )}
      {service && <p className="kiosk-done__service">{localized(nameOf(service))}</p>}
      {place && <p className="kiosk-done__where">{t('goTo', { where: place })}</p>}
      <p className={`kiosk-done__print ${printLine.failed ? 'kiosk-done__print--failed' : ''}`} role="status">
        {printLine.text}
      </p>
      <figure className="kiosk-done__ticket">
        <img src={api.href('ticketPng', { id: ticket.id })} alt={ticket.displayCode} data-testid="kiosk-ticket" />
        <figcaption className="kiosk__note">{t('qrHelp')}</figcaption>
      </figure>
    </section>
  );
}
