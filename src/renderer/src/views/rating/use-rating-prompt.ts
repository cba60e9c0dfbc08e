/**
 * What the rating device should ask now: the ticket its point just resolved, asked of the server when the
 * device starts, whenever its point resolves a ticket, and after a reconnect (the server keeps the time left,
 * so a reload in the middle of a question picks it up again). `onWithdrawn` hears of a ticket that is no longer
 * resolved (the official undid the resolve: the case is being served again), so the question stops.
 */
import { useCallback, useEffect, useRef } from 'react';
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
  // Each question to the server is numbered. A ticket withdrawn while answers are on their way is noted with the
  // number of the last question asked before: an answer to that question or an earlier one was read before the
  // undo, and is no longer true when it arrives after the undo's event (it asked the citizen again, and the time
  // running out recorded "không đánh giá" for a case still being served).
  const asked = useRef(0);
  const onTheirWay = useRef(0);
  const withdrawn = useRef(new Map<number, number>());

  const ask = useCallback(() => {
    const question = ++asked.current;
    onTheirWay.current++;
    api
      .call('ratingPrompt')
      .then(
        (answer) => {
          if (answer && (withdrawn.current.get(answer.ticketId) ?? 0) < question) onPrompt(answer);
        },
        () => undefined, // Offline: the next event or reconnect asks again.
      )
      .finally(() => {
        if (--onTheirWay.current === 0) withdrawn.current.clear();
      });
  }, [onPrompt]);

  useEffect(() => {
    if (connected) ask();
  }, [connected, ask]);

  useEffect(
    () =>
      store.onEvent((event) => {
        if (event.kind !== 'ticket') return;
        if (event.type === 'resolved' && event.ticket.servicePointId === servicePointId) ask();
        else if (event.ticket.status !== 'resolved') {
          if (onTheirWay.current > 0) withdrawn.current.set(event.ticket.id, asked.current);
          onWithdrawn(event.ticket.id);
        }
      }),
    [store, servicePointId, ask, onWithdrawn],
  );
}
