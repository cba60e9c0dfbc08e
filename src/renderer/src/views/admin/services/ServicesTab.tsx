import { useCallback, useState } from 'react';
import { useLocalized, useTranslation } from '../../../i18n';
import { useProcedures } from '../../../state/use-procedures';
import { useCenter } from '../../../state/use-center';
import { nameText } from '../kit/form-kit';
import { WEEKDAYS } from './IssuingSchedule';
import { ServiceChip } from '../kit/ServiceChip';
import { ProcedureOffer } from './ProcedureOffer';
import { ServiceForm } from './ServiceForm';
import { SetupSection } from '../kit/SetupSection';
import type { Service } from '../../../api/types';

export function ServicesTab() {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { services } = useCenter();
  const sorted = [...services].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  // How many procedures lead to each service: what the greeter's guide issues there (issue 19 §4).
  const procedures = useProcedures();
  const leading = (serviceId: number) => procedures.active.filter((p) => p.serviceId === serviceId).length;
  const [offerFor, setOfferFor] = useState<number | null>(null);
  const closeOffer = useCallback(() => setOfferFor(null), []);
  const offered = services.find((s) => s.id === offerFor);
  return (
    <SetupSection
      title={t('services.title')}
      intro={t('services.intro')}
      addLabel={t('services.add')}
      emptyText={t('services.empty')}
      items={sorted}
      isRetired={(s) => !s.active}
      toolbar={offered && <ProcedureOffer key={offered.id} service={offered} onClose={closeOffer} />}
      itemLabel={(s) => `${s.prefix} ${localized(nameText(s))}`}
      renderSummary={(s) => (
        <>
          <ServiceChip service={s} />
          <span className="admin-list__text">
            <strong>{localized(nameText(s))}</strong>
            <span className="admin-list__meta">
              {t(`services.kindShort.${s.kind}`)} · <ScheduleSummary service={s} />
            </span>
            {procedures.all && (
              <span className="admin-list__meta">
                {leading(s.id) === 0
                  ? t('services.noProcedures')
                  : t('services.procedureCount', { count: leading(s.id) })}
              </span>
            )}
          </span>
        </>
      )}
      renderForm={(service, done) => (
        <ServiceForm
          service={service}
          done={done}
          procedureIds={service ? procedures.active.filter((p) => p.serviceId === service.id).map((p) => p.id) : []}
          onNamed={(named) => setOfferFor(named.id)}
        />
      )}
    />
  );
}

/** "Thứ 2, Thứ 3 · 07:30–11:30 · tối đa 100 phiếu/ngày", or "Mọi ngày · Cả ngày". */
function ScheduleSummary({ service }: { service: Service }) {
  const { t } = useTranslation('admin');
  const days =
    service.issuingDays.length === 0 || service.issuingDays.length === 7
      ? t('services.everyDay')
      : WEEKDAYS.filter(([day]) => service.issuingDays.includes(day))
          .map(([, key]) => t(`days.${key}`))
          .join(', ');
  const hours =
    service.issuingHours.length === 0
      ? t('services.allDay')
      : service.issuingHours.map((w) => `${w.from}–${w.to}`).join(', ');
  const cap = service.dailyCap === null ? [] : [t('services.capSummary', { count: service.dailyCap })];
  return <>{[days, hours, ...cap].join(' · ')}</>;
}
