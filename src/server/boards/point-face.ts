/**
 * What one point's board should show, kept from the queue's events after each commit: the ticket called there,
 * "----" while the point is paused, and after a case ends the last number or nothing (setup). Pure.
 */
import type { Ticket } from '../../shared/domain';
import type { LuotEvent } from '../../shared/events';
import type { BoardFace } from './board-protocols';

export interface PointFace {
  paused: boolean;
  /** The ticket called or being served at the point. */
  current: Ticket | null;
  /** The ticket whose case ended last at the point (shown when the board keeps it). */
  last: Ticket | null;
}

const atPoint = (ticket: Ticket, pointId: number) =>
  ticket.servicePointId === pointId && (ticket.status === 'called' || ticket.status === 'serving');

export interface FaceChange {
  state: PointFace;
  /** The ticket was called again: write the board again even if its text is the same ("Gọi lại"). */
  again: boolean;
}

/** The point's state after one event (unchanged when the event is about something else). */
export function applyToPoint(state: PointFace, pointId: number, event: LuotEvent): FaceChange {
  if (event.kind === 'servicePoint' && event.servicePoint.id === pointId)
    return { state: { ...state, paused: event.servicePoint.paused }, again: false };
  if (event.kind === 'day') return { state: { ...state, current: null, last: null }, again: false };
  if (event.kind !== 'ticket') return { state, again: false };
  const { ticket } = event;
  if (atPoint(ticket, pointId))
    return { state: { ...state, current: ticket }, again: event.type === 'called' || event.type === 'recalled' };
  const ended = [ticket, ...(event.from ? [event.from] : [])].find((t) => t.id === state.current?.id);
  if (ended && !atPoint(ended, pointId))
    return { state: { ...state, current: null, last: state.current }, again: false };
  return { state, again: false };
}

export function faceOf(state: PointFace, afterResolve: 'keep' | 'clear'): BoardFace {
  if (state.paused) return { kind: 'paused' };
  const shown = state.current ?? (afterResolve === 'keep' ? state.last : null);
  return shown ? { kind: 'ticket', displayCode: shown.displayCode, number: shown.number } : { kind: 'dark' };
}
