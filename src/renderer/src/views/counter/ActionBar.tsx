import type { ServicePoint, Ticket } from '../../api/types';
import { isTyping, useHotkeys } from '../../hooks/use-hotkeys';
import { useTranslation } from '../../i18n';

export type Dialog = 'resolve' | 'transfer' | 'pause';

interface Action {
  id: string;
  key: string;
  label: string;
  enabled: boolean;
  primary?: boolean;
  run: () => void;
}

/** The counter's actions, each with a visible key; only the steps legal right now are enabled. */
export function ActionBar(props: {
  point: ServicePoint;
  current: Ticket | null;
  busy: boolean;
  act: (path: string, body?: unknown) => Promise<boolean>;
  open: (dialog: Dialog) => void;
}) {
  const { t } = useTranslation('counter');
  const { point, current, busy, act, open } = props;
  const ticketPath = current ? `/api/tickets/${current.id}` : '';
  const called = current?.status === 'called';
  const actions: Action[] = [
    {
      id: 'next',
      key: 'G',
      label: t('actions.next'),
      enabled: !current && !point.paused,
      primary: !current,
      run: () => void act(`/api/service-points/${point.id}/call-next`),
    },
    {
      id: 'recall',
      key: 'L',
      label: t('actions.recall'),
      enabled: called,
      run: () => void act(`${ticketPath}/recall`),
    },
    {
      id: 'noShow',
      key: 'V',
      label: t('actions.noShow'),
      enabled: called,
      run: () => void act(`${ticketPath}/no-show`),
    },
    {
      id: 'start',
      key: 'B',
      label: t('actions.start'),
      enabled: called,
      primary: called,
      run: () => void act(`${ticketPath}/start`),
    },
    {
      id: 'resolve',
      key: 'H',
      label: t('actions.resolve'),
      enabled: !!current,
      primary: current?.status === 'serving',
      run: () => open('resolve'),
    },
    { id: 'transfer', key: 'C', label: t('actions.transfer'), enabled: !!current, run: () => open('transfer') },
    point.paused
      ? {
          id: 'resume',
          key: 'T',
          label: t('actions.resume'),
          enabled: true,
          run: () => void act(`/api/service-points/${point.id}/resume`),
        }
      : { id: 'pause', key: 'T', label: t('actions.pause'), enabled: true, run: () => open('pause') },
  ];

  useHotkeys((event) => {
    if (isTyping(event) || busy || document.querySelector('dialog[open]')) return false;
    const action = actions.find((a) => a.key === event.key.toUpperCase());
    if (!action?.enabled) return false;
    action.run();
    return true;
  });

  return (
    <div className="action-bar" role="toolbar" aria-label={t('keyHint')}>
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          data-action={action.id}
          className={`action ${action.primary ? 'action--primary' : ''}`}
          disabled={!action.enabled || busy}
          onClick={action.run}
          aria-keyshortcuts={action.key}
        >
          <span>{action.label}</span>
          <kbd>{action.key}</kbd>
        </button>
      ))}
    </div>
  );
}
