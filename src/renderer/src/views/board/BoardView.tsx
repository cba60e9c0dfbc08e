/**
 * `/board/<point>` — a small HDMI screen or an Android TV stick above one counter where there is no LED board:
 * the number called there and the counter's name, as large as the screen allows, readable from across the hall.
 * A recall blinks for a few seconds ("Mời lại"); a paused counter says "Tạm dừng". Like the wall display it keeps
 * its last picture when the host is away and recovers by itself; nothing moves between calls.
 */
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { useLatestCall } from '../display/use-latest-call';
import './board.css';

export default function BoardView({ servicePointId }: { servicePointId: number }) {
  const { t } = useTranslation('board');
  const localized = useLocalized();
  const center = useCenter();
  const point = center.servicePoints.find((p) => p.id === servicePointId);
  const latest = useLatestCall([servicePointId]);
  const state = center.queue.servicePoints.find((p) => p.servicePointId === servicePointId);

  if (!point)
    return (
      <main className="counter-board counter-board--unknown">
        <p>{t('unknownPoint', { id: servicePointId })}</p>
      </main>
    );
  const current = state?.current ?? null;
  const paused = state?.paused ?? point.paused;
  const recall = latest?.recall && latest.fresh && latest.ticket.id === current?.id;
  const fresh = latest?.fresh && latest.ticket.id === current?.id;
  const look = paused ? 'paused' : recall ? 'recall' : fresh ? 'fresh' : current ? 'called' : 'idle';
  return (
    <main className={`counter-board counter-board--${look}`} data-testid="counter-board" data-look={look}>
      <h1 className="counter-board__point">{localized({ vi: point.nameVi, en: point.nameEn })}</h1>
      {paused ? (
        <p className="counter-board__word">{t('paused')}</p>
      ) : current ? (
        <p className="counter-board__number" aria-label={`${t('number')} ${current.displayCode}`}>
          {current.displayCode}
        </p>
      ) : (
        <p className="counter-board__word counter-board__word--idle">{t('idle')}</p>
      )}
      <p className="counter-board__note" aria-live="polite">
        {recall && !paused ? t('recall') : ''}
      </p>
      <ConnectionBadge connected={center.connected} />
    </main>
  );
}
