/**
 * Under the counter's actions: the LED board above this counter does not answer — "Bảng LED quầy 3 không trả
 * lời — …" with what to do, in the server's words — so the official can tell citizens the number aloud. Shown only
 * while there is a fault; calling goes on regardless. Live: the server says when a board stops or starts answering
 * (a `board` event), and is asked again after a reconnect.
 */
import { useEffect, useRef, useState } from 'react';
import type { BoardStatus } from '../../../../shared/boards';
import { api } from '../../api/client';
import { useLocalized } from '../../i18n';
import { useCenter, useCenterStore } from '../../state/use-center';

export function BoardFault({ servicePointId }: { servicePointId: number }) {
  const localized = useLocalized();
  const store = useCenterStore();
  const { connected } = useCenter();
  const [status, setStatus] = useState<BoardStatus | null>(null);
  // A board event heard while the server was being asked is newer than an answer read before it: that answer is
  // dropped (it put back a fault the board had already recovered from, or hid a new one).
  const heard = useRef(false);

  useEffect(() => {
    if (!connected) return;
    let current = true;
    heard.current = false;
    api.call('boardStatus', { id: servicePointId }).then(
      (answer) => current && !heard.current && setStatus(answer),
      () => undefined, // Offline: asked again when the connection is back.
    );
    return () => {
      current = false;
    };
  }, [servicePointId, connected]);

  useEffect(
    () =>
      store.onEvent((event) => {
        if (event.kind === 'board' && event.servicePointId === servicePointId) {
          heard.current = true;
          setStatus(event.status);
        }
      }),
    [store, servicePointId],
  );

  if (!status || status.ok || !status.error) return null;
  return (
    <p className="board-fault" role="status" data-testid="board-fault">
      {localized(status.error)}
    </p>
  );
}
