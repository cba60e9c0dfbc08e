/** What is happening now, and links that open every screen of the center on this machine. */
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { useLiveReport } from '../reports/use-report';
import { nameText } from './kit/form-kit';
import { ServiceChip } from './kit/ServiceChip';
import { DisplaySounds } from './DisplaySounds';
import { PinAlerts } from './PinAlerts';

export function OverviewTab() {
  const { t } = useTranslation('admin');
  const tc = useTranslation('common').t;
  const localized = useLocalized();
  const { services, servicePoints, zones, queue } = useCenter();
  const activeServices = services.filter((s) => s.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const activePoints = servicePoints
    .filter((p) => p.active)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.number - b.number);
  const queueOf = (serviceId: number) => queue.services.find((s) => s.serviceId === serviceId);
  const total = activeServices.reduce((sum, s) => sum + (queueOf(s.id)?.waitingCount ?? 0), 0);
  // Today's tickets counted apart: taken by citizens at the kiosk, issued by staff (issue 22).
  const day = { from: queue.serviceDay, to: queue.serviceDay };
  const issued = useLiveReport('appointmentReport', day, day, queue.serviceDay).data;
  const selfIssuedOf = (serviceId: number) => issued?.services.find((s) => s.serviceId === serviceId)?.selfIssued ?? 0;

  return (
    <div className="admin-overview">
      <PinAlerts />
      <DisplaySounds />
      <section className="admin-section" aria-labelledby="overview-waiting">
        <h2 id="overview-waiting">{t('overview.waitingTitle')}</h2>
        <p className="admin-intro">{t('overview.totalWaiting', { count: total })}</p>
        {issued && (
          <p className="admin-intro" data-testid="issued-today">
            {t('overview.issuedToday', {
              total: issued.selfIssued + issued.issuedByStaff,
              staff: issued.issuedByStaff,
              self: issued.selfIssued,
            })}
          </p>
        )}
        {activeServices.length === 0 && <p className="admin-empty">{t('overview.noServices')}</p>}
        <ul className="admin-tiles">
          {activeServices.map((service) => {
            const q = queueOf(service.id);
            const next = (q?.waiting ?? [])
              .slice(0, 3)
              .map((w) => (w.selfIssued ? t('overview.selfIssuedCode', { code: w.displayCode }) : w.displayCode));
            const selfToday = selfIssuedOf(service.id);
            return (
              <li key={service.id} className="admin-tile" style={{ borderLeftColor: service.color }}>
                <p className="admin-tile__title">
                  <ServiceChip service={service} />
                  {localized(nameText(service))}
                </p>
                <p className="admin-tile__figure">{tc('waitingCount', { count: q?.waitingCount ?? 0 })}</p>
                <p className="admin-tile__detail">
                  {next.length > 0 ? t('overview.next', { list: next.join(', ') }) : t('overview.nobodyWaiting')}
                </p>
                {selfToday > 0 && (
                  <p className="admin-tile__detail">{t('overview.selfIssuedToday', { count: selfToday })}</p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="admin-section" aria-labelledby="overview-points">
        <h2 id="overview-points">{t('overview.pointsTitle')}</h2>
        {activePoints.length === 0 && <p className="admin-empty">{t('overview.noPoints')}</p>}
        <ul className="admin-tiles">
          {activePoints.map((point) => {
            const state = queue.servicePoints.find((p) => p.servicePointId === point.id);
            const current = state?.current ?? null;
            const paused = state?.paused ?? point.paused;
            const reason = state?.pauseReason ?? point.pauseReason;
            return (
              <li key={point.id} className={`admin-tile${paused ? ' admin-tile--paused' : ''}`}>
                <p className="admin-tile__title">{localized(nameText(point))}</p>
                <p className="admin-tile__figure">
                  {current ? (
                    <>
                      <strong className="admin-tile__code">{current.displayCode}</strong>{' '}
                      <span className="admin-tile__status">{tc(`status.${current.status}`)}</span>
                    </>
                  ) : (
                    <span className="admin-tile__idle">{paused ? t('overview.paused') : t('overview.idle')}</span>
                  )}
                </p>
                {paused && (current || reason) && (
                  <p className="admin-badge admin-badge--warning">
                    {current
                      ? t('overview.pausedBecause', { reason: reason ?? '' })
                      : t('overview.reason', { reason: reason ?? '' })}
                  </p>
                )}
                <a className="admin-link" href={`/counter/${point.id}`} target="_blank" rel="noopener">
                  {t('overview.openPoint')} ↗
                </a>
              </li>
            );
          })}
        </ul>
        <p className="admin-footnote">{t('overview.inactiveHidden')}</p>
      </section>

      <section className="admin-section" aria-labelledby="overview-screens">
        <h2 id="overview-screens">{t('overview.screensTitle')}</h2>
        <p className="admin-intro">{t('overview.screensHint')}</p>
        <ul className="admin-links">
          <li>
            <ScreenLink href="/greeter" label={t('overview.greeter')} />
          </li>
          <li>
            <ScreenLink href="/display" label={t('overview.displayAll')} />
          </li>
          {zones
            .filter((zone) => zone.active)
            .map((zone) => (
              <li key={zone.id}>
                <ScreenLink
                  href={`/display?zone=${zone.id}`}
                  label={t('overview.displayZone', { zone: localized(nameText(zone)) })}
                />
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}

function ScreenLink({ href, label }: { href: string; label: string }) {
  return (
    <a className="admin-button admin-button--link" href={href} target="_blank" rel="noopener">
      <span>
        {label} <span aria-hidden="true">↗</span>
      </span>
      <span className="admin-button__path">{href}</span>
    </a>
  );
}
