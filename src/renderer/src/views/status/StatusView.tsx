/** `/`: a plain live overview of the center — who waits for what, and which number each point serves. */
import type { QueueSnapshot, Service, ServicePoint } from '../../api/types';
import { Bilingual } from '../../components/Bilingual';
import { formatServiceDay } from '../../../../shared/time';
import { messages } from '../../i18n';
import { useCenterStatus, type CenterStatus } from './useCenterStatus';

const NEXT_SHOWN = 3;

export function StatusView() {
  const { state, connected, retry } = useCenterStatus();

  if (state.phase === 'loading') {
    return (
      <main className="page page--centered" aria-busy="true">
        <Bilingual text={messages.loading} />
      </main>
    );
  }
  if (state.phase === 'signedOut') {
    return (
      <main className="page page--centered">
        <div className="notice" role="alert">
          <h1>
            <Bilingual text={messages.notSignedInTitle} />
          </h1>
          <p>
            <Bilingual text={messages.notSignedInHelp} />
          </p>
        </div>
      </main>
    );
  }
  if (state.phase === 'failed') {
    return (
      <main className="page page--centered">
        <div className="notice notice--error" role="alert">
          <p>
            <Bilingual text={state.text} />
          </p>
          <button className="button" type="button" onClick={retry}>
            <Bilingual text={messages.retry} inline />
          </button>
        </div>
      </main>
    );
  }
  return <CenterOverview status={state.status} connected={connected} />;
}

function CenterOverview({ status, connected }: { status: CenterStatus; connected: boolean }) {
  const { settings, session, queue } = status;
  const services = status.services.filter((s) => s.active);
  const servicePoints = status.servicePoints.filter((p) => p.active);
  return (
    <main className="page">
      <header className="page__header">
        <div>
          <h1 className="center-name" lang="vi">
            {settings.centerNameVi}
          </h1>
          <p className="center-name__en" lang="en">
            {settings.centerNameEn}
          </p>
        </div>
        <dl className="facts">
          <dt>
            <Bilingual text={messages.device} inline />
          </dt>
          <dd>{session.device.name}</dd>
          <dt>
            <Bilingual text={messages.serviceDay} inline />
          </dt>
          <dd>{formatServiceDay(queue.serviceDay)}</dd>
        </dl>
      </header>
      {!connected && (
        <p className="badge badge--warning connection-badge" role="status">
          <Bilingual text={messages.reconnecting} inline />
        </p>
      )}

      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">
          <Bilingual text={messages.waitingTitle} inline />
        </h2>
        <ul className="cards">
          {services.map((service) => (
            <ServiceCard key={service.id} service={service} queue={queue} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="points-title">
        <h2 id="points-title">
          <Bilingual text={messages.pointsTitle} inline />
        </h2>
        <ul className="cards">
          {servicePoints.map((point) => (
            <PointCard key={point.id} point={point} queue={queue} />
          ))}
        </ul>
      </section>
    </main>
  );
}

function ServiceCard({ service, queue }: { service: Service; queue: QueueSnapshot }) {
  const line = queue.services.find((s) => s.serviceId === service.id);
  const next = (line?.waiting ?? []).slice(0, NEXT_SHOWN).map((t) => t.displayCode);
  return (
    <li className="card" style={{ borderLeftColor: service.color }}>
      <div className="card__title">
        <span className="prefix" style={{ backgroundColor: service.color }}>
          {service.prefix}
        </span>
        <Bilingual text={{ vi: service.nameVi, en: service.nameEn }} />
      </div>
      <p className="count">
        <strong>{line?.waitingCount ?? 0}</strong> <Bilingual text={messages.waitingUnit} inline />
      </p>
      {next.length > 0 && (
        <p className="next">
          <Bilingual text={messages.nextNumbers} inline />: {next.join(', ')}
        </p>
      )}
    </li>
  );
}

function PointCard({ point, queue }: { point: ServicePoint; queue: QueueSnapshot }) {
  const state = queue.servicePoints.find((p) => p.servicePointId === point.id);
  const current = state?.current ?? null;
  return (
    <li className={state?.paused ? 'card card--paused' : 'card'}>
      <div className="card__title">
        <Bilingual text={{ vi: point.nameVi, en: point.nameEn }} />
        {point.kind === 'help_desk' && (
          <span className="badge">
            <Bilingual text={messages.kindHelp} inline />
          </span>
        )}
      </div>
      {current ? (
        <p className="current">
          <strong className="ticket-code">{current.displayCode}</strong>
          <Bilingual text={current.status === 'serving' ? messages.statusServing : messages.statusCalled} inline />
        </p>
      ) : (
        <p className="current current--idle">
          <Bilingual text={messages.pointIdle} inline />
        </p>
      )}
      {state?.paused && (
        <p className="badge badge--warning">
          <Bilingual text={messages.pointPaused} inline />
          {state.pauseReason ? `: ${state.pauseReason}` : ''}
        </p>
      )}
    </li>
  );
}
