import { PRIORITY_CLASSES, type PriorityClass } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';

const PRIORITY_CHOICES = PRIORITY_CLASSES.filter((p) => p !== 'none');

/** Who is served first (U toggles the last one chosen). */
export function PriorityPicker(props: { priority: PriorityClass; onChoose: (priority: PriorityClass) => void }) {
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const { priority } = props;
  return (
    <fieldset className="priority-picker">
      <legend>
        {t('priorityTitle')} <kbd>U</kbd>
      </legend>
      <button
        type="button"
        className={`chip ${priority === 'none' ? 'chip--on' : ''}`}
        aria-pressed={priority === 'none'}
        onClick={() => props.onChoose('none')}
      >
        {tc('priority.none')}
      </button>
      {PRIORITY_CHOICES.map((p) => (
        <button
          key={p}
          type="button"
          className={`chip chip--priority ${priority === p ? 'chip--on' : ''}`}
          aria-pressed={priority === p}
          onClick={() => props.onChoose(p)}
        >
          {tc(`priority.${p}`)}
        </button>
      ))}
    </fieldset>
  );
}
