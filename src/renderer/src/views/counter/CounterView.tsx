/**
 * `/counter/:id` — a counter or help desk. The current citizen, the actions (each with its key), the waiting
 * list to call a chosen ticket from, and today's figures. Live; reconnects by itself.
 */
import { useCallback, useState } from 'react';
import { waitingFor } from '../../../../shared/queue-view';
import { api, errorText } from '../../api/client';
import type { Ticket } from '../../api/types';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { ActionBar, type Dialog } from './ActionBar';
import { CurrentTicket } from './CurrentTicket';
import { DifficultyNote } from './DifficultyNote';
import { PauseDialog } from './PauseDialog';
import { ResolveDialog } from './ResolveDialog';
import { StaffSignIn } from './StaffSignIn';
import { TodayFigures } from './TodayFigures';
import { TransferDialog } from './TransferDialog';
import { WaitingList } from './WaitingList';

export default function CounterView({ servicePointId }: { servicePointId: number }) {
  const { t } = useTranslation('counter');
  const localized = useLocalized();
  const center = useCenter();
  const point = center.servicePoints.find((p) => p.id === servicePointId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [refusal, setRefusal] = useState<LocalizedText | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs one action; its refusal is shown in words, and the live events update the screen. */
  const act = useCallback(async (path: string, body: unknown = {}) => {
    setBusy(true);
    setRefusal(null);
    try {
      await api.act(path, body);
      return true;
    } catch (error) {
      setRefusal(errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  if (!point) return <main className="page page--centered">{t('unknownPoint')}</main>;
  const pointName = localized({ vi: point.nameVi, en: point.nameEn });
  const { device } = center.session;
  if (device.role === 'counter' && device.servicePointId !== point.id) {
    const own = center.servicePoints.find((p) => p.id === device.servicePointId);
    const ownName = own ? localized({ vi: own.nameVi, en: own.nameEn }) : '';
    return (
      <main className="page page--centered">
        <h1>{t('otherPoint', { point: ownName })}</h1>
        <a className="button" href={`/counter/${device.servicePointId}`}>
          {t('openOwnPoint', { point: ownName })}
        </a>
      </main>
    );
  }
  const current: Ticket | null = center.queue.servicePoints.find((p) => p.servicePointId === point.id)?.current ?? null;
  const waiting = waitingFor(center.queue, point);

  return (
    <div className="screen counter">
      <ScreenHeader title={pointName} connected={center.connected}>
        <StaffSignIn point={point} />
        <DifficultyNote point={point} />
      </ScreenHeader>
      {point.paused && (
        <p className="banner banner--warning" role="status">
          {t('paused', { reason: point.pauseReason ?? '' })}
        </p>
      )}
      <main className="counter__main">
        <section className="counter__work">
          <CurrentTicket ticket={current} />
          <ActionBar point={point} current={current} busy={busy} act={act} open={setDialog} />
          {refusal && (
            <p className="notice notice--error" role="alert">
              {localized(refusal)}
            </p>
          )}
        </section>
        <aside className="counter__side">
          <WaitingList
            tickets={waiting}
            canCall={!current && !point.paused && !busy}
            onCall={(ticket) => void act(`/api/tickets/${ticket.id}/call`, { servicePointId: point.id })}
          />
          <TodayFigures servicePointId={point.id} version={`${current?.id ?? ''}:${current?.status ?? ''}`} />
        </aside>
      </main>
      {dialog === 'resolve' && current && (
        <ResolveDialog ticket={current} point={point} act={act} close={() => setDialog(null)} />
      )}
      {dialog === 'transfer' && current && (
        <TransferDialog ticket={current} point={point} act={act} close={() => setDialog(null)} />
      )}
      {dialog === 'pause' && <PauseDialog point={point} act={act} close={() => setDialog(null)} />}
    </div>
  );
}
