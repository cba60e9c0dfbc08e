import { useEffect, useState } from 'react';
import { TIME_ZONE } from '../../../../shared/time';
import { useLanguage } from '../../i18n';

/** The current time, refreshed when the minute changes (the clock shows no seconds: nothing to redraw between). */
function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), 60_000 - (now % 60_000) + 50);
    return () => clearTimeout(timer);
  }, [now]);
  return now;
}

/** Large clock and the date written out, e.g. "Thứ Hai, 23/11/2026" — in the center's time zone. */
export function DisplayClock() {
  const now = useMinute();
  const language = useLanguage();
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, weekday: 'long' }).format(now);
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(now);
  return (
    <div className="display__clock">
      <time className="display__time">{time}</time>
      <span className="display__date">
        {weekday.charAt(0).toUpperCase() + weekday.slice(1)}, {date}
      </span>
    </div>
  );
}
