/**
 * The kiosk's on-screen keyboard: large keys (≥ 64 px) for a finger. Letters without accents are enough (the
 * search folds them, as at the greeter); a row of Vietnamese letters is there for those who want them. The code
 * keyboard offers only the characters a code can have (no 0/O/1/I).
 */
import { useTranslation } from '../../i18n';

const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'ăâđêôơư'];

export function KioskKeyboard({
  rows = LETTER_ROWS,
  value,
  maxLength = 60,
  onChange,
}: {
  rows?: string[];
  value: string;
  maxLength?: number;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('kiosk');
  const type = (key: string) => value.length < maxLength && onChange(value + key);
  return (
    <div className="kiosk-keyboard" role="group" aria-label={t('keyboard')}>
      {rows.map((row) => (
        <div key={row} className="kiosk-keyboard__row">
          {[...row].map((key) => (
            <button key={key} type="button" className="kiosk-key" onClick={() => type(key)}>
              {key}
            </button>
          ))}
        </div>
      ))}
      <div className="kiosk-keyboard__row">
        <button type="button" className="kiosk-key kiosk-key--wide" onClick={() => type(' ')}>
          {t('space')}
        </button>
        <button type="button" className="kiosk-key kiosk-key--wide" onClick={() => onChange(value.slice(0, -1))}>
          ⌫ {t('erase')}
        </button>
        <button type="button" className="kiosk-key kiosk-key--wide" onClick={() => onChange('')}>
          {t('clear')}
        </button>
      </div>
    </div>
  );
}
