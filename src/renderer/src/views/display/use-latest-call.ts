/**
 * The call the display shows large: the newest call or recall at one of its points, and whether it is still
 * new (highlighted for a few seconds). A recall counts as new: the citizen who did not come must see "Mời lại".
 * On load, before any event, it is the ticket called most recently.
 */
import { useEffect, useState } from 'react';
import type { Ticket } from '../../api/types';
import { useCenter, useCenterStore } from '../../state/use-center';

/** How long the newest call stays highlighted. */
const HIGHLIGHT_MS = 8_000;

export interface LatestCall {
  ticket: Ticket;
  recall: boolean;
  fresh: boolean;
}

export function useLatestCall(pointIds: readonly number[]): LatestCall | null {
  const center = useCenter();
  const store = useCenterStore();
  const [announced, setAnnounced] = useState<{ ticketId: number; recall: boolean } | null>(null);
  const [fresh, setFresh] = useState(false);

  const pointKey = pointIds.join(',');
  useEffect(() => {
    const shown = new Set(pointKey.split(',').map(Number));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = store.onEvent((event) => {
      if (event.kind !== 'ticket' || (event.type !== 'called' && event.type !== 'recalled')) return;
      if (event.ticket.servicePointId === null || !shown.has(event.ticket.servicePointId)) return;
      setAnnounced({ ticketId: event.ticket.id, recall: event.type === 'recalled' });
      setFresh(true);
      clearTimeout(timer);
      timer = setTimeout(() => setFresh(false), HIGHLIGHT_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [store, pointKey]);

  const shown = new Set(pointIds);
  const current = center.queue.servicePoints
    .filter((p) => shown.has(p.servicePointId) && p.current?.calledAt)
    .map((p) => p.current!);
  const announcedTicket = announced && current.find((t) => t.id === announced.ticketId);
  if (announcedTicket) return { ticket: announcedTicket, recall: announced.recall, fresh };
  const newest = current.sort((a, b) => b.calledAt! - a.calledAt!)[0];
  return newest ? { ticket: newest, recall: false, fresh: false } : null;
}
