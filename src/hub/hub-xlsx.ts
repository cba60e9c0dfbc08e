/** The province's week as a workbook: the totals, and one row per commune (exceljs). */
import ExcelJS from 'exceljs';
import type { HubWeek } from './hub-weeks';
import { HUB_COLUMNS, HUB_TOTAL_ROWS } from './hub-columns';

export async function weekWorkbook(week: HubWeek, lang: 'vi' | 'en'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lượt';
  const totals = book.addWorksheet(lang === 'vi' ? 'Tổng hợp' : 'Totals');
  totals.columns = [
    { header: lang === 'vi' ? `Tuần từ ${week.week}` : `Week of ${week.week}`, width: 48 },
    { header: lang === 'vi' ? 'Số liệu' : 'Figure', width: 14 },
  ];
  for (const row of HUB_TOTAL_ROWS) totals.addRow([row[lang], row.value(week.totals)]);
  const communes = book.addWorksheet(lang === 'vi' ? 'Các xã' : 'Communes');
  communes.columns = HUB_COLUMNS.map((c) => ({ header: c[lang], width: c.width }));
  for (const center of week.centers) communes.addRow(HUB_COLUMNS.map((c) => c.value(center, lang)));
  communes.getRow(1).font = { bold: true };
  totals.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
