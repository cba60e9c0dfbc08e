/**
 * Why a print failed, as sentences a volunteer at the entrance can act on: what is wrong and what to do, then
 * "bấm In lại". Never a raw ECONNREFUSED. Every transport and the status reader speak only these.
 */
import type { PrintProblem } from '../../shared/domain';

const problem = (code: string, vi: string, en: string): PrintProblem => ({ code, vi, en });

export const printProblems = {
  unreachable: (printer: string) =>
    problem(
      'PRINTER_UNREACHABLE',
      `Không kết nối được máy in (${printer}) — kiểm tra máy in đã bật và dây mạng, rồi bấm In lại.`,
      `Cannot reach the printer (${printer}) — check that it is on and its network cable is in, then press Print again.`,
    ),
  noAnswer: (printer: string) =>
    problem(
      'PRINTER_NOT_RESPONDING',
      `Máy in không phản hồi (${printer}) — tắt rồi bật lại máy in, chờ đèn sáng ổn định, rồi bấm In lại.`,
      `The printer does not respond (${printer}) — switch it off and on, wait for a steady light, then press Print again.`,
    ),
  disconnected: (printer: string) =>
    problem(
      'PRINTER_DISCONNECTED',
      `Máy in ngắt kết nối giữa chừng (${printer}) — phiếu có thể bị in thiếu. Kiểm tra dây nối rồi bấm In lại.`,
      `The printer dropped the connection mid-ticket (${printer}) — the ticket may be incomplete. Check the cable, then press Print again.`,
    ),
  paperOut: () =>
    problem(
      'PRINTER_PAPER_OUT',
      'Máy in hết giấy — thay cuộn giấy rồi bấm In lại.',
      'The printer is out of paper — load a new roll, then press Print again.',
    ),
  coverOpen: () =>
    problem(
      'PRINTER_COVER_OPEN',
      'Nắp máy in đang mở — đóng chặt nắp rồi bấm In lại.',
      "The printer's cover is open — close it firmly, then press Print again.",
    ),
  offline: () =>
    problem(
      'PRINTER_OFFLINE',
      'Máy in đang tạm dừng (offline) — kiểm tra giấy, nắp và đèn báo lỗi rồi bấm In lại.',
      'The printer is offline — check the paper, the cover and its error light, then press Print again.',
    ),
  printerError: () =>
    problem(
      'PRINTER_ERROR',
      'Máy in báo lỗi (dao cắt hoặc đầu in) — tắt rồi bật lại máy in, rồi bấm In lại.',
      'The printer reports an error (cutter or print head) — switch it off and on, then press Print again.',
    ),
  windowsPrinterMissing: (name: string) =>
    problem(
      'WINDOWS_PRINTER_NOT_FOUND',
      `Windows không có máy in tên "${name}" — mở Cài đặt > Máy in để xem đúng tên, sửa trong phần Máy in của Lượt.`,
      `Windows has no printer named "${name}" — check its exact name under Settings > Printers and fix it in Lượt's printer setup.`,
    ),
  windowsSpoolerFailed: (name: string, detail: string) =>
    problem(
      'WINDOWS_SPOOLER_FAILED',
      `Windows không gửi được phiếu tới máy in "${name}" (${detail}) — kiểm tra máy in trong Cài đặt > Máy in rồi bấm In lại.`,
      `Windows could not send the ticket to "${name}" (${detail}) — check the printer under Settings > Printers, then press Print again.`,
    ),
  serialPortMissing: (path: string) =>
    problem(
      'SERIAL_PORT_UNAVAILABLE',
      `Không mở được cổng ${path} — kiểm tra dây nối máy in và đúng tên cổng (COM…), rồi bấm In lại.`,
      `Cannot open port ${path} — check the printer cable and the port name (COM…), then press Print again.`,
    ),
  cupsFailed: (queue: string, detail: string) =>
    problem(
      'CUPS_FAILED',
      `Hệ thống in (CUPS) không nhận phiếu cho hàng in "${queue}" (${detail}) — kiểm tra tên hàng in rồi bấm In lại.`,
      `The print system (CUPS) refused the ticket for queue "${queue}" (${detail}) — check the queue name, then press Print again.`,
    ),
  tooSlow: (printer: string) =>
    problem(
      'PRINTER_TIMEOUT',
      `Máy in nhận dữ liệu quá lâu (${printer}) — kiểm tra dây nối và tốc độ cổng (baud), rồi bấm In lại.`,
      `The printer took too long to take the ticket (${printer}) — check the cable and the port speed (baud), then press Print again.`,
    ),
  notConfirmed: (printer: string) =>
    problem(
      'PRINT_NOT_CONFIRMED',
      `Máy in chưa xác nhận đã in (${printer}) — nhìn xem phiếu đã ra chưa; nếu chưa, bấm In lại (có thể ra 2 phiếu).`,
      `The printer did not confirm the ticket (${printer}) — look whether it came out; if not, press Print again (a second copy may come out).`,
    ),
  notTaken: (printer: string) =>
    problem(
      'PRINTER_NOT_TAKING',
      `Máy in chưa nhận hết phiếu (${printer}) — có thể hết giấy, mở nắp hoặc bị treo. Nhìn xem phiếu có ra không; nếu không, sửa máy in rồi bấm In lại.`,
      `The printer has not taken the whole ticket (${printer}) — it may be out of paper, open or stuck. Look whether the ticket came out; if not, fix the printer, then press Print again.`,
    ),
  notConfigured: () =>
    problem(
      'PRINTER_NOT_CONFIGURED',
      'Chưa chọn máy in — vào Quản trị > Máy in để chọn máy in. Số thứ tự vẫn được cấp.',
      'No printer is set up — choose one under Admin > Printer. Numbers are still issued.',
    ),
  renderFailed: () =>
    problem(
      'TICKET_RENDER_FAILED',
      'Không tạo được hình phiếu để in — báo quản trị; số thứ tự vẫn được cấp, hãy đọc số cho công dân.',
      'Could not draw the ticket for printing — tell the administrator; the number was issued, read it out to the citizen.',
    ),
} as const;

/** A transport's failure carrying its problem, so the print queue can tell it from a bug. */
export class PrintFailure extends Error {
  constructor(readonly problem: PrintProblem) {
    super(problem.en);
    this.name = 'PrintFailure';
  }
}
