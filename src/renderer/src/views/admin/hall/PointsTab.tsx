/** Counters and help desks, and which services each calls. */
import { useEndpoint } from '../../../api/use-endpoint';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { nameText } from '../kit/form-kit';
import { BoardForm } from './BoardForm';
import { PointForm } from './PointForm';
import { ServiceChip } from '../kit/ServiceChip';
import { SetupSection } from '../kit/SetupSection';

export function PointsTab() {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { servicePoints, services } = useCenter();
  // Staff only fill the "person in charge" choice; the tab works without them.
  const staff = useEndpoint('staff', undefined);
  const sorted = [...servicePoints].sort((a, b) => a.kind.localeCompare(b.kind) || a.number - b.number);
  return (
    <SetupSection
      title={t('points.title')}
      intro={t('points.intro')}
      addLabel={t('points.add')}
      emptyText={t('points.empty')}
      items={sorted}
      isRetired={(p) => !p.active}
      itemLabel={(p) => localized(nameText(p))}
      renderSummary={(p) => {
        const served = services.filter((s) => p.serviceIds.includes(s.id));
        return (
          <span className="admin-list__text">
            <strong>{localized(nameText(p))}</strong>
            <span className="admin-list__meta">
              {served.length === 0 ? (
                <span className="admin-warning-text">{t('points.servesNothing')}</span>
              ) : (
                <span className="admin-list__chips">
                  {served.map((s) => (
                    <span key={s.id} className="admin-list__chip">
                      <ServiceChip service={s} /> {localized(nameText(s))}
                    </span>
                  ))}
                </span>
              )}
            </span>
          </span>
        );
      }}
      renderForm={(point, done) => (
        <>
          <PointForm point={point} staff={staff.data ?? []} done={done} />
          {point && <BoardForm point={point} />}
        </>
      )}
    />
  );
}
