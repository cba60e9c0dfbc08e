/**
 * `/display` (or `/display?zone=<id>`) — the TV in the waiting hall, read from 10 m. The newest call large and
 * highlighted, a board of the points with their numbers, the next numbers and waiting counts, the date and a
 * scrolling notice. On a lost connection it keeps the last picture with a small badge and recovers by itself.
 */
import { useEffect, useState } from 'react';
import type { Ticket } from '../../api/types';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter, useCenterStore } from '../../state/use-center';
import { enableSound, playChime, soundReady } from './chime';
import { DisplayClock } from './DisplayClock';
import { NextNumbers } from './NextNumbers';
import { PointBoard } from './PointBoard';

/** How long the newest call stays highlighted. */
const HIGHLIGHT_MS = 8_000;

function zoneFromUrl(): number | null {
  const zone = Number(new URLSearchParams(window.location.search).get('zone'));
  return Number.isInteger(zone) && zone > 0 ? zone : null;
}

export default function DisplayView() {
  const { t } = useTranslation('display');
  const localized = useLocalized();
  const center = useCenter();
  const store = useCenterStore();
  const [zoneId] = useState(zoneFromUrl);
  const [highlighted, setHighlighted] = useState(false);
  const [soundOn, setSoundOn] = useState(soundReady);

  const points = center.servicePoints.filter((p) => p.active && (zoneId === null || p.zoneId === zoneId));
  const pointIds = new Set(points.map((p) => p.id));
  const services = center.services.filter((s) => s.active && (zoneId === null || s.zoneId === zoneId));

  // The newest call is the current ticket called most recently at one of this display's points.
  const calls = center.queue.servicePoints
    .filter((p) => pointIds.has(p.servicePointId) && p.current?.calledAt)
    .map((p) => p.current!)
    .sort((a, b) => b.calledAt! - a.calledAt!);
  const latest: Ticket | undefined = calls[0];

  const pointKey = points.map((p) => p.id).join(',');
  useEffect(() => {
    const shown = new Set(pointKey.split(',').map(Number));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = store.onEvent((event) => {
      if (event.kind !== 'ticket' || (event.type !== 'called' && event.type !== 'recalled')) return;
      if (event.ticket.servicePointId === null || !shown.has(event.ticket.servicePointId)) return;
      setHighlighted(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHighlighted(false), HIGHLIGHT_MS);
      playChime();
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [store, pointKey]);

  const latestPoint = latest && center.servicePoints.find((p) => p.id === latest.servicePointId);
  const zone = zoneId === null ? null : center.zones.find((z) => z.id === zoneId);
  const notice = localized({ vi: center.settings.noticeVi, en: center.settings.noticeEn });

  return (
    <div className="display">
      <header className="display__header">
        <div>
          <h1 className="display__center">
            {localized({ vi: center.settings.centerNameVi, en: center.settings.centerNameEn })}
          </h1>
          {zone && <p className="display__zone">{localized({ vi: zone.nameVi, en: zone.nameEn })}</p>}
        </div>
        <DisplayClock />
      </header>
      <main className="display__main">
        <section
          className={`display__call ${highlighted ? 'display__call--new' : ''}`}
          aria-live="assertive"
          data-testid="display-call"
        >
          {latest && latestPoint ? (
            <>
              <p className="display__call-label">{t('nowCalling')}</p>
              <p className="display__call-number">{latest.displayCode}</p>
              <p className="display__call-point">
                {t('toPoint', { point: localized({ vi: latestPoint.nameVi, en: latestPoint.nameEn }) })}
              </p>
            </>
          ) : (
            <p className="display__call-label">{t('noCallYet')}</p>
          )}
          <NextNumbers services={services} />
        </section>
        <PointBoard points={points} latestTicketId={highlighted ? (latest?.id ?? null) : null} />
      </main>
      <footer className="display__footer">
        {notice && (
          <div className="ticker" aria-hidden={false}>
            <p className="ticker__text">{notice}</p>
          </div>
        )}
      </footer>
      <ConnectionBadge connected={center.connected} />
      {!soundOn && (
        <button type="button" className="sound-button" onClick={() => void enableSound().then(setSoundOn)}>
          {t('enableSound')}
        </button>
      )}
    </div>
  );
}
