/**
 * Catalogue files as people keep them: CSV (from Excel, in UTF-8, UTF-16 or the Windows Vietnamese code page
 * 1258, with `,` or `;` between cells) or XLSX. Reading gives a table of strings; the columns are found by their
 * Vietnamese (or English) headings, which may sit below a title row, in any order. Writing gives a file that
 * Excel opens with every diacritic right and that imports back unchanged.
 *
 * exceljs is large: it is loaded only when an XLSX file is read or written, so the server starts without it.
 */
import Papa from 'papaparse';
import type { Service } from '../../shared/domain';
import { LuotError } from '../../shared/errors';
import { foldText } from '../../shared/procedure-search';
import type { Procedure } from '../../shared/procedures';
import { csvFile, readInertCell } from '../csv/csv-writer';

export const COLUMNS = [
  'id',
  'code',
  'nameVi',
  'nameEn',
  'aliases',
  'service',
  'documents',
  'onlineFiling',
  'fee',
  'timeLimit',
  'resultAt',
  'checked',
  'active',
] as const;
export type Column = (typeof COLUMNS)[number];

/** The heading written for each column, then other headings that mean it (a province's own list). */
const HEADINGS: Record<Column, string[]> = {
  id: ['Mã trong Lượt', 'id'],
  code: ['Mã thủ tục', 'Mã TTHC', 'Mã số', 'Mã', 'code'],
  nameVi: ['Tên thủ tục', 'Tên thủ tục hành chính', 'Tên TTHC', 'Thủ tục', 'Tên', 'name'],
  nameEn: ['Tên tiếng Anh', 'English name', 'name en'],
  aliases: ['Cách gọi khác', 'Tên gọi khác', 'Từ khóa', 'aliases'],
  service: ['Dịch vụ', 'Lĩnh vực', 'Quầy', 'service'],
  documents: ['Giấy tờ cần mang', 'Thành phần hồ sơ', 'Giấy tờ', 'Hồ sơ', 'documents'],
  onlineFiling: ['Nộp trực tuyến', 'Dịch vụ công trực tuyến', 'Trực tuyến', 'online'],
  fee: ['Lệ phí', 'Phí, lệ phí', 'Phí', 'fee'],
  timeLimit: ['Thời hạn giải quyết', 'Thời gian giải quyết', 'Thời hạn', 'time limit'],
  resultAt: ['Nơi trả kết quả', 'Trả kết quả', 'Kết quả', 'result'],
  checked: ['Đã đối chiếu', 'checked'],
  active: ['Đang sử dụng', 'active'],
};

export const HEADING_OF: Record<Column, string> = Object.fromEntries(
  COLUMNS.map((c) => [c, HEADINGS[c][0]!]),
) as Record<Column, string>;

/** Each heading's folded spelling → its column; made on the first file read, not at start (folding needs a table). */
let headingLookup: Map<string, Column> | null = null;
const headingOf = (cell: string): Column | undefined =>
  (headingLookup ??= new Map(
    COLUMNS.flatMap((column) => HEADINGS[column].map((h) => [foldText(h), column] as const)),
  )).get(foldText(cell));

export interface CatalogueTable {
  /** Where each known column is, by its index in a row. */
  columns: Partial<Record<Column, number>>;
  /** The rows under the heading, with their line number in the file (1-based, as Excel shows it). */
  rows: { line: number; cells: string[] }[];
}

const fileProblem = (vi: string, en: string) => new LuotError(400, 'CATALOGUE_FILE_UNREADABLE', { vi, en });

/** Reads a CSV or XLSX file (told apart by its bytes, not its name). */
export async function readCatalogueFile(bytes: Buffer): Promise<CatalogueTable> {
  return tableOf(await readGrid(bytes, (grid) => headingRow(grid) !== -1));
}

/**
 * A CSV or XLSX file as a grid of strings (told apart by its bytes, not its name); of a workbook, the first sheet
 * `hasHeadings` accepts. Other imports (a day's appointments) read their files with it too.
 */
export async function readGrid(bytes: Buffer, hasHeadings: (grid: string[][]) => boolean): Promise<string[][]> {
  const isZip = bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
  return isZip ? readXlsx(bytes, hasHeadings) : readCsv(decodeText(bytes));
}

/** The bytes of a text file as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).normalize('NFC');
  } catch {
    // Excel's plain "CSV" on a Vietnamese Windows: code page 1258, whose tone marks are combining characters.
    return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  }
}

/**
 * More rows than any catalogue or day of appointments has (a province's whole list is a few thousand): a file
 * with more is refused after reading this many, not read whole (issue 24, point 8: 2.5 million rows held the
 * host for minutes).
 */
export const MAX_FILE_ROWS = 50_000;
const tooManyRows = () =>
  fileProblem(
    'Tệp có hơn 50.000 dòng, nhiều hơn mọi danh mục thủ tục hay lịch hẹn: hãy chỉ giữ các dòng cần nhập rồi thử lại.',
    'The file has more than 50,000 rows, more than any procedure catalogue or list of appointments: keep only the rows to import and retry.',
  );

function readCsv(text: string): string[][] {
  // Parsed no further than one row past the limit.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', preview: MAX_FILE_ROWS + 1 });
  if (parsed.data.length === 0) throw fileProblem('Tệp không có dòng nào.', 'The file has no rows.');
  if (parsed.data.length > MAX_FILE_ROWS) throw tooManyRows();
  // A cell Lượt made inert when it wrote the file (a leading apostrophe before = + - @) reads as it was typed.
  return parsed.data.map((row) => row.map(readInertCell));
}

async function readXlsx(bytes: Buffer, hasHeadings: (grid: string[][]) => boolean): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileProblem(
      'Không đọc được tệp Excel. Hãy lưu lại dưới dạng .xlsx (Excel Workbook) rồi thử lại.',
      'The Excel file could not be read. Save it again as .xlsx (Excel Workbook) and retry.',
    );
  }
  // The first sheet that has the headings (a workbook may open with a cover or instructions sheet).
  for (const sheet of workbook.worksheets) {
    if (sheet.rowCount > MAX_FILE_ROWS) throw tooManyRows();
    const grid: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cell.text ?? ''));
      grid[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    const filled = Array.from(grid, (row) => row ?? []);
    if (hasHeadings(filled)) return filled;
  }
  return [];
}

/** The first of the top rows that names at least the procedure and one more known column. */
function headingRow(grid: string[][]): number {
  for (let i = 0; i < Math.min(grid.length, 15); i++) {
    const known = (grid[i] ?? []).map((cell) => headingOf(cell));
    if (known.includes('nameVi') && known.filter(Boolean).length >= 2) return i;
  }
  return -1;
}

function tableOf(grid: string[][]): CatalogueTable {
  const at = headingRow(grid);
  if (at === -1)
    throw fileProblem(
      `Không tìm thấy dòng tiêu đề. Dòng đầu cần có ít nhất cột "${HEADING_OF.nameVi}" và "${HEADING_OF.service}" (xem tệp xuất mẫu).`,
      `No heading row found. The first row needs at least the columns "${HEADING_OF.nameVi}" and "${HEADING_OF.service}" (see an exported file).`,
    );
  const columns: Partial<Record<Column, number>> = {};
  (grid[at] ?? []).forEach((cell, index) => {
    const column = headingOf(cell);
    if (column && columns[column] === undefined) columns[column] = index;
  });
  const rows = grid
    .slice(at + 1)
    .map((cells, i) => ({ line: at + i + 2, cells: (cells ?? []).map((c) => String(c ?? '').normalize('NFC')) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return { columns, rows };
}

/** The catalogue as rows of a file: lists one item per line in their cell, yes/no as "có"/"không". */
export function catalogueRows(procedures: Procedure[], services: Service[]): Record<Column, string>[] {
  const prefixOf = new Map(services.map((s) => [s.id, s.prefix]));
  const yesNo = (value: boolean) => (value ? 'có' : 'không');
  return procedures.map((p) => ({
    id: String(p.id),
    code: p.code ?? '',
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    aliases: listCell(p.aliases),
    service: prefixOf.get(p.serviceId) ?? '',
    documents: listCell(p.documents),
    onlineFiling: yesNo(p.onlineFiling),
    fee: p.fee,
    timeLimit: p.timeLimit,
    resultAt: p.resultAt,
    checked: yesNo(p.checked),
    active: yesNo(p.active),
  }));
}

/** One item per line; a lone item with a ";" in it gets a line end, so reading it back does not split it there. */
function listCell(items: string[]): string {
  const cell = items.join('\n');
  return items.length === 1 && cell.includes(';') ? `${cell}\n` : cell;
}

/** A catalogue as CSV: UTF-8 with a BOM (so Excel reads the diacritics), lists one item per line in a cell. */
export function writeCsv(rows: Record<Column, string>[]): Buffer {
  return csvFile([COLUMNS.map((c) => HEADING_OF[c]), ...rows.map((row) => COLUMNS.map((c) => row[c]))]);
}

/** A catalogue as an Excel workbook: the list, and the services with their prefixes for the "Dịch vụ" column. */
export async function writeXlsx(
  rows: Record<Column, string>[],
  services: { prefix: string; nameVi: string }[],
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lượt';
  const sheet = workbook.addWorksheet('Danh mục thủ tục', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths: Record<Column, number> = {
    id: 10,
    code: 14,
    nameVi: 48,
    nameEn: 36,
    aliases: 36,
    service: 14,
    documents: 70,
    onlineFiling: 12,
    fee: 30,
    timeLimit: 30,
    resultAt: 36,
    checked: 12,
    active: 12,
  };
  sheet.columns = COLUMNS.map((c) => ({ header: HEADING_OF[c], key: c, width: widths[c] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  const legend = workbook.addWorksheet('Dịch vụ');
  legend.columns = [
    { header: 'Chữ cái (ghi vào cột "Dịch vụ")', key: 'prefix', width: 30 },
    { header: 'Tên dịch vụ', key: 'nameVi', width: 50 },
  ];
  legend.getRow(1).font = { bold: true };
  for (const service of services) legend.addRow(service);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
