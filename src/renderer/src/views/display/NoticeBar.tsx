import { useEffect, useState } from 'react';

/** Sentence by sentence, each for this long: enough to read twice at an elderly reader's pace. */
const SHOW_MS = 9_000;

/** The center's sentences, one stretch at a time (at most two lines each). */
export function noticeStretches(notice: string): string[] {
  return notice
    .split(/(?<=[.!?])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The center's notice along the bottom. It does not scroll: a moving line is hard to read for the people who
 * most need it, and it kept a TV box's processor busy all day. Long notices show one sentence after another.
 */
export function NoticeBar({ notice }: { notice: string }) {
  const stretches = noticeStretches(notice);
  const [index, setIndex] = useState(0);
  const shown = stretches.length > 0 ? index % stretches.length : 0;

  useEffect(() => {
    if (stretches.length <= 1) return;
    const timer = setTimeout(() => setIndex(shown + 1), SHOW_MS);
    return () => clearTimeout(timer);
  }, [shown, stretches.length]);

  if (stretches.length === 0) return null;
  return <p className="display__notice">{stretches[shown]}</p>;
}
