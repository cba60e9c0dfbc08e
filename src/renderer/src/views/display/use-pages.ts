/**
 * Fitting a list into a box without clipping: as many rows as fit at a readable height; when more are
 * needed, pages of equal size that turn by themselves. Measured with a ResizeObserver (it fires on a resize,
 * not every frame) and turned by one timer — nothing runs while the list fits.
 */
import { useEffect, useState } from 'react';

export function usePages<T>(items: readonly T[], minRowPx: number, gapPx: number, turnMs: number) {
  const [box, setBox] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState(0);
  const [page, setPage] = useState(0);

  useEffect(() => {
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => setHeight(entry?.contentRect.height ?? 0));
    observer.observe(box);
    return () => observer.disconnect();
  }, [box]);

  const fit = Math.max(1, Math.floor((height + gapPx) / (minRowPx + gapPx)));
  const pages = height === 0 ? 1 : Math.ceil(items.length / fit);
  // Equal pages (6 + 6, not 10 + 2), so no page looks emptier than the others.
  const perPage = Math.ceil(items.length / pages) || 1;
  const shown = Math.min(page, pages - 1);

  useEffect(() => {
    if (pages <= 1) return;
    const timer = setTimeout(() => setPage((shown + 1) % pages), turnMs);
    return () => clearTimeout(timer);
  }, [shown, pages, turnMs]);

  return {
    /** Give to the list element as its `ref`. */
    box: setBox,
    rows: items.slice(shown * perPage, shown * perPage + perPage),
    rowsPerPage: Math.max(perPage, 1),
    page: shown,
    pages,
  };
}
