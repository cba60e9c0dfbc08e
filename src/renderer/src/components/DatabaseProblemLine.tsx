/**
 * Every screen's status line for a damaged database (issue 24, point 7): the host checks its database once it
 * listens (the check takes about a second on a year's data) and, when it is damaged, serves it for reading only;
 * `GET /api/health` then says what to do (restore the newest backup), in both languages. Asked when a screen
 * opens, again a few seconds later (a screen opened with the host's start), then every minute; and shown at once
 * when a change is refused for it. Nothing shows while all is well.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LocalizedText } from '../../../shared/errors';
import { api, DATABASE_DAMAGED } from '../api/client';
import { useLocalized } from '../i18n';
import './database-problem.css';

const EVERY_MS = 60_000;
const AGAIN_AFTER_MS = 5_000;

export function DatabaseProblemLine() {
  const localized = useLocalized();
  const [problem, setProblem] = useState<LocalizedText | null>(null);

  useEffect(() => {
    let live = true;
    const read = () =>
      api.call('health').then(
        (health) => live && setProblem(health.databaseProblem ?? null),
        // An unreachable host is the connection badge's to show.
        () => undefined,
      );
    void read();
    const again = window.setTimeout(() => void read(), AGAIN_AFTER_MS);
    const timer = window.setInterval(() => void read(), EVERY_MS);
    const refused = (event: Event) => live && setProblem((event as CustomEvent<LocalizedText>).detail);
    window.addEventListener(DATABASE_DAMAGED, refused);
    return () => {
      live = false;
      window.clearTimeout(again);
      window.clearInterval(timer);
      window.removeEventListener(DATABASE_DAMAGED, refused);
    };
  }, []);

  // The line sits above the screen; the screen moves down by its height, so nothing is hidden under it.
  const line = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const shown = line.current;
    if (!shown) return;
    const room = new ResizeObserver(() => document.body.style.setProperty('padding-top', `${shown.offsetHeight}px`));
    room.observe(shown);
    return () => {
      room.disconnect();
      document.body.style.removeProperty('padding-top');
    };
  }, [problem]);

  if (!problem) return null;
  return (
    <p ref={line} className="database-problem" role="alert" data-testid="database-problem">
      {localized(problem)}
    </p>
  );
}
