/**
 * What the rating device should ask now: the ticket its point just resolved, asked of the server when the
 * device starts, whenever its point resolves a ticket, and after a reconnect (the server keeps the time left,
 * so a reload in the middle of a question picks it up again). `onWithdrawn` hears of a ticket that is no longer
 * resolved (the official undid the resolve: the case is being served again), so the question stops.
 */
import { useCallback, useEffect } from 'react';
import type { RatingPrompt } from '../../../../shared/rating';
import { api } from '../../api/client';
import { useCenter, useCenterStore } from '../../state/use-center';

export function useRatingPrompt(
  servicePointId: number,
  onPrompt: (prompt: RatingPrompt) => void,
  onWithdrawn: (ticketId: number) => void,
): void {
  const store = useCenterStore();
  const { connected } = useCenter();

  const ask = useCallback(() => {
    api.call('ratingPrompt').then(
      (answer) => answer && onPrompt(answer),
      () => undefined, // Offline: the next event or reconnect asks again.
    );
  }, [onPrompt]);

  useEffect(() => {
    if (connected) ask();
  }, [connected, ask]);

  useEffect(
    () =>
      store.onEvent((event) => {
        if (event.kind !== 'ticket') return;
        if (event.type === 'resolved' && event.ticket.servicePointId === servicePointId) ask();
        else if (event.ticket.status !== 'resolved') onWithdrawn(event.ticket.id);
      }),
    [store, servicePointId, ask, onWithdrawn],
  );
}
