import { useId } from 'react';
import { NOTE_PRIVACY_HINT } from '../../../shared/privacy';
import { useLocalized } from '../i18n';

/** A free-text note about a case, with the reminder that notes are not for identity data (docs/privacy.md). */
export function NoteField(props: {
  label: string;
  value: string;
  maxLength: number;
  placeholder?: string;
  className?: string;
  onChange: (value: string) => void;
}) {
  const localized = useLocalized();
  const hint = useId();
  return (
    <label className={`field ${props.className ?? ''}`}>
      <span className="field__label">{props.label}</span>
      <input
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        aria-describedby={hint}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <span id={hint} className="field__hint">
        {localized(NOTE_PRIVACY_HINT)}
      </span>
    </label>
  );
}
