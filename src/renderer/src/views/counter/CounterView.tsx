/**
 * `/counter/:id` — a counter or help desk. The current citizen, the actions (each with its key), the waiting
 * list (in the order "Gọi tiếp" will call them) to call a chosen ticket from, today's absent citizens to call
 * back, and today's figures. Live; reconnects by itself.
 */
import { useCallback, useState } from 'react';
import { stepBlock } from '../../../../shared/contract/steps';
import { nextFor } from '../../../../shared/queue-view';
import { api, ApiError, errorText } from '../../api/client';
import type { Ticket } from '../../api/types';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { AbsentList } from './AbsentList';
import type { Act } from './act';
import { ActionBar, type Dialog } from './ActionBar';
import { CurrentTicket } from './CurrentTicket';
import { DifficultyNote } from './DifficultyNote';
import { NoShowUndo } from './NoShowUndo';
import { PauseDialog } from './PauseDialog';
import { PriorityRule } from './PriorityRule';
import { BoardFault } from './BoardFault';
import { RatingDeviceStatus } from './RatingDeviceStatus';
import { ResolveDialog } from './ResolveDialog';
import { StaffSignIn } from './StaffSignIn';
import { TodayFigures } from './TodayFigures';
import { TransferDialog } from './TransferDialog';
import { UndoStep, type UndoableStep } from './UndoStep';
import { WaitingList } from './WaitingList';
import { nameOf } from '../../../../shared/names';
import './counter.css';

/** The endpoints whose step the counter offers to undo, and which step it is. */
const UNDOABLE: Partial<Record<string, UndoableStep['step']>> = {
  callNext: 'call',
  callTicket: 'call',
  resolve: 'resolve',
  transfer: 'transfer',
};

interface Refusal {
  text: LocalizedText;
  /** The server could not be reached: the message goes away when the connection is back. */
  unreachable: boolean;
}

export default function CounterView({ servicePointId }: { servicePointId: number }) {
  const { t } = useTranslation('counter');
  const localized = useLocalized();
  const center = useCenter();
  const point = center.servicePoints.find((p) => p.id === servicePointId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const [absentJustNow, setAbsentJustNow] = useState<{ ticket: Ticket; at: number } | null>(null);
  const [wasConnected, setWasConnected] = useState(center.connected);

  const [lastStep, setLastStep] = useState<UndoableStep | null>(null);

  /** Takes one step; its refusal is shown in words, and the live events update the screen. */
  const act: Act = useCallback(async (name, ...args) => {
    setBusy(true);
    setRefusal(null);
    try {
      const answer = (await api.call(name, ...args)) as { ticket?: Ticket; from?: Ticket } | null;
      // A step a tired hand gets wrong may be taken back for a minute (UndoStep); any other step ends that.
      const step = UNDOABLE[name];
      const ticket = name === 'transfer' ? answer?.from : answer?.ticket;
      if (name === 'undo' || (step && ticket)) setLastStep(step && ticket ? { step, ticket, at: Date.now() } : null);
      return true;
    } catch (error) {
      setRefusal({ text: errorText(error), unreachable: error instanceof ApiError && error.status === 0 });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  // A "cannot reach the server" message is about the connection: when it is back, the message goes.
  if (wasConnected !== center.connected) {
    setWasConnected(center.connected);
    if (center.connected && refusal?.unreachable) setRefusal(null);
  }

  if (!point) return <main className="page page--centered">{t('unknownPoint')}</main>;
  const pointName = localized(nameOf(point));
  const { device } = center.session;
  if (device.role === 'counter' && device.servicePointId !== point.id) {
    const own = center.servicePoints.find((p) => p.id === device.servicePointId);
    const ownName = own ? localized(nameOf(own)) : '';
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
  const waiting = nextFor(center.queue, point, center.settings.priorityPolicy);
  const canCall = stepBlock('call', { role: 'counter', point }, null, current) !== 'busy' && !point.paused && !busy;
  const callBack = (ticket: Ticket) => act('callTicket', { id: ticket.id, servicePointId: point.id });
  const version = `${current?.id ?? ''}:${current?.status ?? ''}`;
  const error = refusal ? localized(refusal.text) : null;

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
          <CurrentTicket ticket={current} pausedReason={point.paused ? (point.pauseReason ?? '') : null} />
          <ActionBar
            point={point}
            current={current}
            // Read-only while the host is away: the picture stays, nothing is pretended done.
            busy={busy || !center.connected}
            act={act}
            open={setDialog}
            onNoShow={(ticket) => setAbsentJustNow({ ticket, at: Date.now() })}
          />
          {lastStep && undoStillMeant(lastStep, current) && (
            <UndoStep
              last={lastStep}
              busy={busy || !center.connected}
              onUndo={() => void act('undo', { id: lastStep.ticket.id, servicePointId: point.id })}
            />
          )}
          {absentJustNow && !current && (
            <NoShowUndo
              ticket={absentJustNow.ticket}
              markedAt={absentJustNow.at}
              busy={busy}
              onUndo={() => void callBack(absentJustNow.ticket).then(() => setAbsentJustNow(null))}
            />
          )}
          {error && !dialog && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
          <RatingDeviceStatus servicePointId={point.id} />
          <BoardFault servicePointId={point.id} />
        </section>
        <aside className="counter__side">
          <PriorityRule />
          <WaitingList
            tickets={waiting}
            canCall={canCall}
            onCall={(ticket) => void act('callTicket', { id: ticket.id, servicePointId: point.id })}
          />
          <AbsentList
            servicePointId={point.id}
            version={version}
            canCall={canCall}
            onCall={(ticket) => void callBack(ticket)}
          />
          <TodayFigures servicePointId={point.id} version={version} />
        </aside>
      </main>
      {dialog === 'resolve' && current && (
        <ResolveDialog ticket={current} point={point} act={act} error={error} close={() => setDialog(null)} />
      )}
      {dialog === 'transfer' && current && (
        <TransferDialog ticket={current} point={point} act={act} error={error} close={() => setDialog(null)} />
      )}
      {dialog === 'pause' && <PauseDialog point={point} act={act} error={error} close={() => setDialog(null)} />}
    </div>
  );
}

/** A call may be undone while that citizen is still only called here; a resolve or a transfer while the point is free. */
function undoStillMeant(last: UndoableStep, current: Ticket | null): boolean {
  if (last.step !== 'call') return current === null;
  return (
    current?.id === last.ticket.id && current.status === 'called' && current.recallCount === last.ticket.recallCount
  );
}
