/**
 * A day typed as Vietnamese readers write it, dd/MM/yyyy, whatever language the browser itself was installed
 * in (a native date box follows the browser's own locale and may show mm/dd/yyyy). Holds an ISO day.
 */
import { useState } from 'react';
import { formatServiceDay } from '../../../../shared/time';

/** `d/m/yyyy` (also with - or .) → `yyyy-MM-dd`, or null when it is not a real day. */
export function parseDay(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, d, m, y] = match;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

export function DayInput({
  value,
  onChange,
  label,
  max,
}: {
  value: string;
  onChange: (day: string) => void;
  label: string;
  max?: string;
}) {
  const [text, setText] = useState(() => formatServiceDay(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The day was changed from outside (another week, a visit to edit): show it.
    setShown(value);
    setText(formatServiceDay(value));
  }
  const parsed = parseDay(text);
  const invalid = parsed === null || (max !== undefined && parsed > max);
  return (
    <label>
      {label}
      <input
        value={text}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        aria-invalid={invalid}
        size={11}
        onChange={(event) => {
          setText(event.target.value);
          const day = parseDay(event.target.value);
          if (day && (max === undefined || day <= max)) {
            setShown(day);
            onChange(day);
          }
        }}
      />
    </label>
  );
}
