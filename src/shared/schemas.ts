/**
 * The fields the API's inputs are made of, parsed at the edge with zod and trusted inside, and the wording of the
 * rules users read when one is refused. Each area's request bodies are built from these beside its endpoint rows
 * (src/shared/contract/bodies/). Pure.
 */
import { z } from 'zod';

/**
 * Rules whose own wording users read, by key; the edge (src/server/http/parse.ts) answers them in Vietnamese and
 * English from RULE_TEXT instead of zod's generic text.
 */
export const RULE = {
  time: 'rule.time',
  windowOrder: 'rule.windowOrder',
  transferTarget: 'rule.transferTarget',
  prefix: 'rule.prefix',
  colour: 'rule.colour',
  counterPoint: 'rule.counterPoint',
  day: 'rule.day',
  rangeOrder: 'rule.rangeOrder',
  rangeLength: 'rule.rangeLength',
  pin: 'rule.pin',
  printerConnection: 'rule.printerConnection',
  printerHost: 'rule.printerHost',
  printerPort: 'rule.printerPort',
  windowsPrinterName: 'rule.windowsPrinterName',
  serialPath: 'rule.serialPath',
  baudRate: 'rule.baudRate',
  cupsQueue: 'rule.cupsQueue',
  helpKindCode: 'rule.helpKindCode',
  pairingCode: 'rule.pairingCode',
  signInSecret: 'rule.signInSecret',
  backupFolder: 'rule.backupFolder',
  statusOrigin: 'rule.statusOrigin',
  appointmentCode: 'rule.appointmentCode',
  phoneLast4: 'rule.phoneLast4',
  pathId: 'rule.pathId',
  boardConnection: 'rule.boardConnection',
  boardHost: 'rule.boardHost',
  boardPort: 'rule.boardPort',
  boardBaudRate: 'rule.boardBaudRate',
  unitId: 'rule.unitId',
  boardDigits: 'rule.boardDigits',
  volunteerHours: 'rule.volunteerHours',
} as const;

export const RULE_TEXT: Record<(typeof RULE)[keyof typeof RULE], { vi: string; en: string }> = {
  'rule.volunteerHours': {
    vi: 'Số giờ của mỗi tình nguyện viên không dài hơn chuyến đi cơ sở.',
    en: "Each volunteer's hours are no longer than the visit itself.",
  },
  'rule.pathId': {
    vi: 'Mã số trong địa chỉ chỉ gồm chữ số thập phân, ví dụ /api/tickets/42.',
    en: 'An id in the address is decimal digits only, e.g. /api/tickets/42.',
  },
  'rule.boardConnection': {
    vi: 'Hãy chọn cách nối bảng LED: cổng COM (bộ chuyển USB–RS-485) hoặc bộ chuyển Modbus TCP qua mạng.',
    en: 'Choose how the LED board is connected: a serial port (USB–RS-485 adapter) or a Modbus TCP gateway.',
  },
  'rule.boardHost': {
    vi: 'Địa chỉ IP hoặc tên mạng của bộ chuyển Modbus TCP, ví dụ 192.168.1.60 — không có khoảng trắng, không có http://.',
    en: "The Modbus TCP gateway's IP address or network name, e.g. 192.168.1.60 — no spaces, no http://.",
  },
  'rule.boardPort': {
    vi: 'Cổng là số từ 1 đến 65535; Modbus TCP thường dùng 502.',
    en: 'The port is a number from 1 to 65535; Modbus TCP usually uses 502.',
  },
  'rule.boardBaudRate': {
    vi: 'Tốc độ cổng (baud) của bảng LED là 2400, 4800, 9600, 19200, 38400, 57600 hoặc 115200 — thường là 9600.',
    en: "The LED board's port speed (baud) is 2400, 4800, 9600, 19200, 38400, 57600 or 115200 — usually 9600.",
  },
  'rule.unitId': {
    vi: 'Số đơn vị (unit id) của bảng là số từ 1 đến 247, đúng như đặt trên bảng; mỗi bảng trên cùng dây một số khác.',
    en: "The board's unit id is a number from 1 to 247, as set on the board; each board on one line has its own.",
  },
  'rule.boardDigits': {
    vi: 'Bảng LED có 4, 5 hoặc 6 chữ số.',
    en: 'An LED board has 4, 5 or 6 digits.',
  },
  'rule.helpKindCode': {
    vi: 'Mã loại hỗ trợ gồm 2–40 chữ thường không dấu, số hoặc dấu _, bắt đầu bằng chữ, ví dụ dien_to_khai.',
    en: 'A kind-of-help code is 2–40 lower-case letters, digits or _, starting with a letter, e.g. form_filling.',
  },
  'rule.statusOrigin': {
    vi: 'Địa chỉ cho điện thoại dạng http://địa-chỉ:cổng, ví dụ http://192.168.1.20:8080 (để trống: tự nhận).',
    en: 'The address for phones as http://address:port, e.g. http://192.168.1.20:8080 (empty: found by itself).',
  },
  'rule.appointmentCode': {
    vi: 'Mã lịch hẹn gồm 6 ký tự (chữ in hoa và số, không có 0, O, 1, I), ví dụ K7M2QX.',
    en: 'An appointment code is 6 characters (capitals and digits, no 0, O, 1 or I), e.g. K7M2QX.',
  },
  'rule.phoneLast4': {
    vi: 'Bốn số cuối của điện thoại, ví dụ 4821.',
    en: 'The last four digits of a phone, e.g. 4821.',
  },
  'rule.time': { vi: 'Giờ theo dạng 24 giờ HH:mm, ví dụ 07:30.', en: 'A 24-hour time as HH:mm, e.g. 07:30.' },
  'rule.windowOrder': { vi: 'Giờ kết thúc phải sau giờ bắt đầu.', en: 'The end time must be after the start time.' },
  'rule.transferTarget': {
    vi: 'Hãy chọn lĩnh vực hoặc quầy/bàn để chuyển đến.',
    en: 'Choose a service or a service point to transfer to.',
  },
  'rule.prefix': {
    vi: 'Một hoặc hai chữ cái in hoa không dấu (A–Z), ví dụ A hoặc HT.',
    en: 'One or two capital letters without accents (A–Z), e.g. A or HT.',
  },
  'rule.colour': { vi: 'Mã màu dạng #RRGGBB, ví dụ #1565c0.', en: 'A colour as #RRGGBB, e.g. #1565c0.' },
  'rule.counterPoint': {
    vi: 'Thiết bị quầy và thiết bị đánh giá phải gắn với đúng một quầy/bàn; vai trò khác thì không.',
    en: 'A counter or rating device belongs to exactly one service point; other roles to none.',
  },
  'rule.day': { vi: 'Ngày theo dạng yyyy-MM-dd.', en: 'A date as yyyy-MM-dd.' },
  'rule.rangeOrder': {
    vi: 'Ngày kết thúc không được trước ngày bắt đầu.',
    en: 'The end date cannot be before the start date.',
  },
  'rule.rangeLength': {
    vi: 'Một báo cáo dài nhất 3 năm; hãy chọn khoảng ngày ngắn hơn.',
    en: 'A report covers at most 3 years; choose a shorter range.',
  },
  'rule.pin': { vi: 'Mã PIN gồm 4 đến 6 chữ số.', en: 'A PIN is 4 to 6 digits.' },
  'rule.printerConnection': {
    vi: 'Hãy chọn cách nối máy in: không in, máy in mạng, máy in đã cài trong Windows, cổng COM hoặc hàng in CUPS.',
    en: 'Choose how the printer is connected: no printing, network, installed in Windows, serial port or CUPS queue.',
  },
  'rule.printerHost': {
    vi: 'Địa chỉ IP hoặc tên mạng của máy in, ví dụ 192.168.1.50 — không có khoảng trắng, không có http://.',
    en: "The printer's IP address or network name, e.g. 192.168.1.50 — no spaces, no http://.",
  },
  'rule.printerPort': {
    vi: 'Cổng là số từ 1 đến 65535; máy in mạng hầu hết dùng 9100.',
    en: 'The port is a number from 1 to 65535; most network printers use 9100.',
  },
  'rule.windowsPrinterName': {
    vi: 'Nhập tên máy in đúng như Windows ghi trong Cài đặt > Máy in (tối đa 200 ký tự).',
    en: 'Enter the printer name exactly as Windows shows it under Settings > Printers (at most 200 characters).',
  },
  'rule.serialPath': {
    vi: 'Tên cổng dạng COM3 (Windows) hoặc /dev/ttyUSB0 (Linux) — xem trong Trình quản lý thiết bị.',
    en: 'A port name such as COM3 (Windows) or /dev/ttyUSB0 (Linux) — see Device Manager.',
  },
  'rule.baudRate': {
    vi: 'Tốc độ cổng (baud) là 9600, 19200, 38400, 57600 hoặc 115200 — đúng như trang tự kiểm tra của máy in.',
    en: "The port speed (baud) is 9600, 19200, 38400, 57600 or 115200 — as on the printer's self-test page.",
  },
  'rule.cupsQueue': {
    vi: 'Tên hàng in CUPS như lệnh lpstat -p cho thấy, ví dụ xp80: chữ không dấu, số, dấu . _ -, không khoảng trắng.',
    en: 'The CUPS queue name as lpstat -p shows it, e.g. xp80: letters without accents, digits, . _ -, no spaces.',
  },
  'rule.pairingCode': {
    vi: 'Mã ghép nối gồm 10 chữ số, ví dụ 4829 153 706.',
    en: 'A pairing code is 10 digits, e.g. 4829 153 706.',
  },
  'rule.signInSecret': {
    vi: 'Hãy gửi mã của liên kết đăng nhập hoặc mã ghép nối 10 chữ số (một trong hai).',
    en: 'Send either the token of a sign-in link or a 10-digit pairing code (one of the two).',
  },
  'rule.backupFolder': {
    vi: 'Hãy nhập đường dẫn đầy đủ của thư mục trên máy chủ, ví dụ E:\\LuotSaoLuu hoặc /media/usb/luot.',
    en: 'Enter the full path of a folder on the host, e.g. E:\\LuotBackup or /media/usb/luot.',
  },
};

/** The building blocks the bodies share: an id in a body or a query, a kind of help's code, a text, a name, a time. */
export const id = z.coerce.number().int().positive();
export const HELP_KIND_CODE = /^[a-z][a-z0-9_]{1,39}$/;
export const text = (max: number) => z.string().trim().max(max);
export const name = z.string().trim().min(1).max(120);
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: RULE.time });

/**
 * An id in a path: decimal digits only (`0x1`, `1e0`, `+1`, ` 1` are not an id, whatever Number() makes of them),
 * at most 15 of them (a safe integer). A number is taken as it is (a body, or a screen's own call).
 */
const pathId = z
  .union([
    z
      .string()
      .regex(/^[0-9]{1,15}$/, { message: RULE.pathId })
      .transform(Number),
    z.number(),
  ])
  .pipe(z.number().int().positive());

export const idParam = z.object({ id: pathId });

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: RULE.day });
export const reportRangeQuery = z
  .object({ from: day, to: day })
  .refine((r) => r.from <= r.to, { message: RULE.rangeOrder, path: ['to'] });
