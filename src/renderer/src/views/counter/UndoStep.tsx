import type { Ticket } from '../../api/types';
import { isTyping, useHotkeys } from '../../hooks/use-hotkeys';
import { useNow } from '../../hooks/use-now';
import { useTranslation } from '../../i18n';

/** The server takes a step back for 60 s (src/server/queue/undo.ts); the button leaves a little earlier. */
const SHOW_MS = 58_000;

/** A step this point just took that it may take back: a call, a resolve, a transfer. */
export interface UndoableStep {
  step: 'call' | 'resolve' | 'transfer';
  ticket: Ticket;
  at: number;
}

/**
 * "Vừa gọi số A012. [Hoàn tác Z] còn 48 giây" — for a minute after a call, a resolve or a transfer, the slip of a
 * tired hand is one key away. The server says no in words when it is too late or someone moved on.
 */
export function UndoStep(props: { last: UndoableStep; busy: boolean; onUndo: () => void }) {
  const { t } = useTranslation('counter');
  const now = useNow(1000);
  const left = SHOW_MS - (now - props.last.at);
  const shown = left > 0;
  useHotkeys((event) => {
    if (!shown || props.busy || isTyping(event) || document.querySelector('dialog[open]')) return false;
    if (event.key.toUpperCase() !== 'Z') return false;
    props.onUndo();
    return true;
  });
  if (!shown) return null;
  return (
    <p className="notice notice--undo" role="status" data-undo={props.last.step}>
      {t(`undo.${props.last.step}`, { code: props.last.ticket.displayCode })}{' '}
      <button
        type="button"
        className="button button--small"
        disabled={props.busy}
        onClick={props.onUndo}
        aria-keyshortcuts="Z"
      >
        {t('undo.button')} <kbd>Z</kbd>
      </button>{' '}
      <span className="notice__aside">{t('undo.left', { seconds: Math.ceil(left / 1000) })}</span>
    </p>
  );
}
