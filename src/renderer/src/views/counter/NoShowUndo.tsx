import type { Ticket } from '../../api/types';
import { useNow } from '../../hooks/use-now';
import { useTranslation } from '../../i18n';

const SHOW_MS = 10_000;

/** After "Vắng mặt" (V, next to B): a few seconds to undo a slip by calling the same number back. */
export function NoShowUndo(props: { ticket: Ticket; markedAt: number; busy: boolean; onUndo: () => void }) {
  const { t } = useTranslation('counter');
  const now = useNow(1000);
  if (now - props.markedAt > SHOW_MS) return null;
  return (
    <p className="notice notice--undo" role="status">
      {t('markedAbsent', { code: props.ticket.displayCode })}{' '}
      <button type="button" className="button button--small" disabled={props.busy} onClick={props.onUndo}>
        {t('undoAbsent')}
      </button>
    </p>
  );
}
