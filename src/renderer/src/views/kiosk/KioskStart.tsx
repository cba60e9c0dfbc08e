/**
 * The kiosk's first screen: two ways in (a procedure's name, an appointment's code) and a large tile per service
 * with what it covers and, before the tap, whether it issues now: numbers left, hours, numbers held for
 * appointments.
 */
import { nameOf } from '../../../../shared/names';
import { heldNow } from '../../../../shared/appointments';
import type { IssuingState } from '../../../../shared/issuing';
import type { Service } from '../../api/types';
import { useNow } from '../../hooks/use-now';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { useProcedures } from '../../state/use-procedures';
import { useStateText } from '../greeter/service-state';

export function KioskStart(props: {
  services: Service[];
  states: Map<number, IssuingState>;
  onService: (service: Service) => void;
  onSearch: () => void;
  onCode: () => void;
}) {
  const { t } = useTranslation('kiosk');
  return (
    <>
      <div className="kiosk__ways">
        <button type="button" className="kiosk-way" onClick={props.onSearch}>
          <span className="kiosk-way__title">{t('findProcedure')}</span>
          <span className="kiosk-way__hint">{t('findProcedureHint')}</span>
        </button>
        <button type="button" className="kiosk-way" onClick={props.onCode}>
          <span className="kiosk-way__title">{t('haveAppointment')}</span>
          <span className="kiosk-way__hint">{t('haveAppointmentHint')}</span>
        </button>
      </div>
      <h2 className="kiosk__lead">{t('chooseService')}</h2>
      <div className="kiosk__tiles">
        {props.services.map((s) => (
          <ServiceTile key={s.id} service={s} state={props.states.get(s.id)} onTap={() => props.onService(s)} />
        ))}
      </div>
    </>
  );
}

function ServiceTile({ service, state, onTap }: { service: Service; state?: IssuingState; onTap: () => void }) {
  const { t } = useTranslation('kiosk');
  const localized = useLocalized();
  const center = useCenter();
  const procedures = useProcedures();
  const now = useNow(20_000);
  const stateText = useStateText();
  const queue = center.queue.services.find((q) => q.serviceId === service.id);
  const issued = queue?.issuedToday ?? 0;
  const closed = stateText(state, issued);
  const covers = procedures.active
    .filter((p) => p.serviceId === service.id)
    .slice(0, 2)
    .map((p) => localized(nameOf(p)));
  const until = service.issuingHours
    .map((w) => w.to)
    .sort()
    .at(-1);
  const left = service.dailyCap === null ? null : Math.max(0, service.dailyCap - issued);
  const held = heldNow(queue?.appointmentHold, now);
  const open =
    left === null
      ? until
        ? t('openNoCap', { until })
        : t('openNoCapAllDay')
      : until
        ? t('open', { count: left, until })
        : t('openAllDay', { count: left });
  return (
    <button
      type="button"
      className={`kiosk-tile ${closed ? 'kiosk-tile--closed' : ''}`}
      style={{ '--service-color': service.color } as React.CSSProperties}
      disabled={closed !== null}
      onClick={onTap}
    >
      <span className="kiosk-tile__prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="kiosk-tile__body">
        <span className="kiosk-tile__name">{localized(nameOf(service))}</span>
        {covers.length > 0 && <span className="kiosk-tile__covers">{t('covers', { list: covers.join(', ') })}</span>}
        <span className={closed ? 'kiosk-tile__closed' : 'kiosk-tile__state'}>{closed ?? open}</span>
        {!closed && held > 0 && queue?.appointmentHold && (
          <span className="kiosk-tile__state">{t('held', { held, time: queue.appointmentHold.heldUntil })}</span>
        )}
      </span>
    </button>
  );
}
