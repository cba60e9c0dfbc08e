import { stepBlock, type StepName } from '../../../../shared/contract/steps';
import type { ServicePoint, Ticket } from '../../api/types';
import { isTyping, useHotkeys } from '../../hooks/use-hotkeys';
import { useTranslation } from '../../i18n';
import type { Act } from './act';

export type Dialog = 'resolve' | 'transfer' | 'pause';

interface Action {
  step: StepName;
  key: string;
  label: string;
  primary?: boolean;
  run: () => void;
}

/**
 * The counter's actions, each with a visible key. Which are enabled right now is asked of the steps table
 * (src/shared/contract/steps.ts) — the same table the engine applies — so the buttons and the engine agree.
 */
export function ActionBar(props: {
  point: ServicePoint;
  current: Ticket | null;
  busy: boolean;
  act: Act;
  open: (dialog: Dialog) => void;
  onNoShow: (ticket: Ticket) => void;
}) {
  const { t } = useTranslation('counter');
  const { point, current, busy, act, open } = props;
  const actor = { role: 'counter' as const, point };
  const allowed = (step: StepName) => stepBlock(step, actor, step === 'callNext' ? null : current, current) === null;
  const id = current?.id ?? 0;
  const actions: Action[] = [
    {
      step: 'callNext',
      key: 'G',
      label: t('actions.next'),
      // Paused, the main action is "Tiếp tục": "Gọi tiếp" must not look like the thing to press.
      primary: !current && !point.paused,
      run: () => void act('callNext', { id: point.id }),
    },
    { step: 'recall', key: 'L', label: t('actions.recall'), run: () => void act('recall', { id }) },
    {
      step: 'noShow',
      key: 'V',
      label: t('actions.noShow'),
      run: () => {
        const ticket = current!;
        void act('noShow', { id }).then((done) => done && props.onNoShow(ticket));
      },
    },
    {
      step: 'start',
      key: 'B',
      label: t('actions.start'),
      primary: current?.status === 'called',
      run: () => void act('start', { id }),
    },
    {
      step: 'resolve',
      key: 'H',
      label: t('actions.resolve'),
      primary: current?.status === 'serving',
      run: () => open('resolve'),
    },
    { step: 'transfer', key: 'C', label: t('actions.transfer'), run: () => open('transfer') },
    point.paused
      ? {
          step: 'resume',
          key: 'T',
          label: t('actions.resume'),
          primary: !current,
          run: () => void act('resume', { id: point.id }),
        }
      : { step: 'pause', key: 'T', label: t('actions.pause'), run: () => open('pause') },
  ];

  useHotkeys((event) => {
    if (isTyping(event) || busy || document.querySelector('dialog[open]')) return false;
    const action = actions.find((a) => a.key === event.key.toUpperCase());
    if (!action || !allowed(action.step)) return false;
    action.run();
    return true;
  });

  return (
    <div className="action-bar" role="toolbar" aria-label={t('keyHint')}>
      {actions.map((action) => (
        <button
          key={action.step}
          type="button"
          data-action={action.step === 'callNext' ? 'next' : action.step}
          className={`action ${action.primary ? 'action--primary' : ''}`}
          disabled={!allowed(action.step) || busy}
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
