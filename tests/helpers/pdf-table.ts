/**
 * A PDF table's header row read back from the page (poppler's `pdftotext -tsv`: each word with its box): the
 * words between a heading and the table's first row, put in the columns their left edge falls in, each column's
 * words in reading order. Headers that wrap onto two lines are read whole.
 */
import { execFileSync } from 'node:child_process';

interface Word {
  page: number;
  left: number;
  top: number;
  bottom: number;
  text: string;
}

export function pdfWords(file: string): Word[] {
  const tsv = execFileSync('pdftotext', ['-tsv', file, '-']).toString();
  return tsv
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cells) => cells[0] === '5' && cells[11] && cells[11] !== '###FLOW###')
    .map((c) => ({
      page: Number(c[1]),
      left: Number(c[6]),
      top: Number(c[7]),
      bottom: Number(c[7]) + Number(c[9]),
      text: c[11]!,
    }));
}

/**
 * The header cells of the table under `heading` whose first row starts with `firstCell`; the columns are the
 * content width (`left` to `right`, in points) cut in the given shares.
 */
export function pdfTableHeader(
  words: Word[],
  options: { heading: string; firstCell: string; left: number; right: number; shares: readonly number[] },
): string[] {
  const at = (text: string, after = -Infinity) => {
    const wanted = text.split(/\s+/);
    const i = words.findIndex(
      (w, i) => w.top > after && wanted.every((part, k) => words[i + k]?.text === part && words[i + k]?.top === w.top),
    );
    if (i < 0) throw new Error(`"${text}" is not in the PDF's text`);
    return words[i]!;
  };
  const heading = at(options.heading);
  const firstRow = at(options.firstCell, heading.bottom);
  const edges = options.shares.reduce<number[]>(
    (acc, share) => [...acc, acc.at(-1)! + share * (options.right - options.left)],
    [options.left],
  );
  const cells = options.shares.map(() => [] as Word[]);
  for (const w of words) {
    if (w.page !== heading.page || w.top <= heading.bottom || w.top >= firstRow.top - 1) continue;
    const column = edges.findIndex((edge, i) => i < cells.length && w.left >= edge - 0.5 && w.left < edges[i + 1]!);
    if (column >= 0) cells[column]!.push(w);
  }
  return cells.map((c) =>
    c
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map((w) => w.text)
      .join(' '),
  );
}
