import { PRIORITY_CLASSES, type PriorityClass } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';

const PRIORITY_CHOICES = PRIORITY_CLASSES.filter((p) => p !== 'none');

/**
 * One key per class, printed on its chip, always the same class: U is người cao tuổi (the most common), the others
 * by their Vietnamese word — Khuyết tật, Mang thai, trẻ Nhỏ, có Công. Pressing a class's key again is back to Thường.
 */
export const PRIORITY_KEYS: Record<Exclude<PriorityClass, 'none'>, string> = {
  elderly: 'U',
  disability: 'K',
  pregnant: 'M',
  small_child: 'N',
  merit: 'C',
};

/** The class a key press means, or null when the key is not a priority key. */
export function priorityForKey(key: string): Exclude<PriorityClass, 'none'> | null {
  const upper = key.toUpperCase();
  return PRIORITY_CHOICES.find((p) => PRIORITY_KEYS[p as Exclude<PriorityClass, 'none'>] === upper) as Exclude<
    PriorityClass,
    'none'
  > | null;
}

/** Who is served first. A chip chosen by mouse or key lasts one ticket; after issuing the greeter is at Thường. */
export function PriorityPicker(props: { priority: PriorityClass; onChoose: (priority: PriorityClass) => void }) {
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const { priority } = props;
  return (
    <fieldset className="priority-picker">
      <legend>{t('priorityTitle')}</legend>
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
          title={tc(`priority.${p}`)}
          aria-label={`${tc(`priority.${p}`)} (${PRIORITY_KEYS[p as Exclude<PriorityClass, 'none'>]})`}
          onClick={() => props.onChoose(p)}
        >
          {t(`priorityChip.${p as Exclude<PriorityClass, 'none'>}`)}{' '}
          <kbd className="chip__key">{PRIORITY_KEYS[p as Exclude<PriorityClass, 'none'>]}</kbd>
        </button>
      ))}
    </fieldset>
  );
}
