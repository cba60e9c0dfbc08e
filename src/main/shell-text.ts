/** Everything the shell itself says — menus, dialogs, the tray — in Vietnamese first, then English. */
import type { Bilingual } from '../preload/bridge';

/** One line for a menu or a title: "Thoát Lượt / Quit Lượt". */
export const both = (text: Bilingual) => `${text.vi} / ${text.en}`;

/** A dialog's body: Vietnamese, a blank line, English. */
export const paragraphs = (text: Bilingual) => `${text.vi}\n\n${text.en}`;

export const MENU = {
  luot: { vi: 'Lượt', en: 'Lượt' },
  administration: { vi: 'Quản trị trung tâm…', en: 'Center administration…' },
  reopenScreens: { vi: 'Mở lại các màn hình của máy này', en: "Reopen this PC's screens" },
  displayMonitor: { vi: 'Màn hình cho bảng gọi số', en: 'Monitor for the wall display' },
  setUpPc: { vi: 'Cài đặt máy này…', en: 'Set up this PC…' },
  leaveKiosk: { vi: 'Thoát chế độ kiosk…', en: 'Leave kiosk mode…' },
  fixNetwork: { vi: 'Sửa loại mạng (đang là Công cộng)…', en: 'Fix the network profile (now Public)…' },
  quit: { vi: 'Thoát Lượt', en: 'Quit Lượt' },
  view: { vi: 'Xem', en: 'View' },
  reload: { vi: 'Tải lại', en: 'Reload' },
  fullScreen: { vi: 'Toàn màn hình', en: 'Full screen' },
  zoomIn: { vi: 'Phóng to', en: 'Zoom in' },
  zoomOut: { vi: 'Thu nhỏ', en: 'Zoom out' },
  actualSize: { vi: 'Cỡ mặc định', en: 'Actual size' },
} satisfies Record<string, Bilingual>;

export const PIN_REASON = {
  leaveKiosk: {
    vi: 'Nhập mã PIN của quản lý để thoát chế độ kiosk.',
    en: "Enter the manager's PIN to leave kiosk mode.",
  },
  administration: {
    vi: 'Nhập mã PIN của quản lý để mở phần quản trị trung tâm.',
    en: "Enter the manager's PIN to open the center's administration.",
  },
  quit: { vi: 'Nhập mã PIN của quản lý để tắt Lượt.', en: "Enter the manager's PIN to quit Lượt." },
} satisfies Record<string, Bilingual>;

/** One line for the tray while the host is on a Public network. */
export const PUBLIC_NETWORK_LINE: Bilingual = {
  vi: 'Mạng đang là Công cộng: máy trạm không kết nối được',
  en: 'The network is Public: stations cannot connect',
};

export const DIALOG = {
  quitHost: {
    vi: 'Tắt Lượt trên máy chủ? Các quầy và màn hình ở máy khác sẽ mất kết nối cho đến khi Lượt chạy lại.',
    en: 'Quit Lượt on the host? Counters and screens on other PCs lose their connection until Lượt runs again.',
  },
  quitButton: { vi: 'Tắt', en: 'Quit' },
  cancelButton: { vi: 'Không', en: 'Cancel' },
  openLog: { vi: 'Mở nhật ký', en: 'Open the log' },
  closeButton: { vi: 'Đóng', en: 'Close' },
  unreadableConfig: {
    vi: 'Không đọc được cài đặt cũ của máy này (tệp đã được giữ lại bên cạnh). Hãy cài đặt lại.',
    en: "This PC's old settings could not be read (the file was kept beside). Please set it up again.",
  },
} satisfies Record<string, Bilingual>;

export function sqliteMissing(path: string): Bilingual {
  return {
    vi:
      `Thiếu thư viện cơ sở dữ liệu dành cho Electron (${path}). ` +
      'Hãy chạy lại `npm start` — lệnh này tự chuẩn bị thư viện khi máy có Internet. Xem docs/desktop.md.',
    en:
      `The database library built for Electron is missing (${path}). ` +
      'Run `npm start` again — it prepares the library when the PC is online. See docs/desktop.md.',
  };
}

/** A start-up problem the user can act on: `startFailure` shows its text rather than the error's. */
export class ShellProblem extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

/** The host's port is taken (EADDRINUSE), or Windows keeps it for itself (EACCES: a reserved range). */
export function portRefused(error: unknown): boolean {
  return errorCode(error) === 'EADDRINUSE' || errorCode(error) === 'EACCES';
}

const errorCode = (error: unknown) =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;

export function portTaken(port: number, free: number | null): Bilingual {
  const taken = {
    vi: `Cổng ${port} đang được một chương trình khác trên máy này dùng, nên Lượt chưa mở được máy chủ.`,
    en: `Port ${port} is used by another program on this PC, so Lượt could not open the host.`,
  };
  if (free === null)
    return {
      vi: `${taken.vi} Hãy đóng chương trình đó rồi mở lại Lượt.`,
      en: `${taken.en} Close that program, then start Lượt again.`,
    };
  return {
    vi:
      `${taken.vi} Cổng ${free} đang trống: bấm «Dùng cổng ${free}». Máy trạm tìm máy chủ trong mạng sẽ tự thấy cổng ` +
      `mới; máy trạm đã nhập địa chỉ bằng tay cũng tự tìm lại khi cùng mạng (nếu không, nhập lại địa chỉ có :${free}).`,
    en:
      `${taken.en} Port ${free} is free: click "Use port ${free}". Stations that look for the host on the network ` +
      `find the new port by themselves, as do stations given the address by hand when on the same network ` +
      `(otherwise type the address again, ending in :${free}).`,
  };
}

/** The same on the setup page, where the free port is a button beside it. */
export const portTakenHere = (port: number, free: number | null): Bilingual =>
  free === null
    ? portTaken(port, null)
    : {
        vi: `Cổng ${port} đang được một chương trình khác trên máy này dùng. Cổng ${free} đang trống.`,
        en: `Port ${port} is used by another program on this PC. Port ${free} is free.`,
      };

export const usePort = (port: number): Bilingual => ({ vi: `Dùng cổng ${port}`, en: `Use port ${port}` });

export const logIsAt = (file: string): Bilingual => ({
  vi: `Nhật ký ghi tại: ${file}`,
  en: `The log is at: ${file}`,
});

/** What the user reads when Lượt cannot start. */
export function startFailure(error: unknown, port: number): Bilingual {
  if (error instanceof ShellProblem) return error.text;
  if (portRefused(error)) return portTaken(port, null);
  const code = errorCode(error);
  const path = error && typeof error === 'object' && 'path' in error ? String(error.path) : null;
  if (path && (code === 'EACCES' || code === 'EPERM' || code === 'EROFS'))
    return {
      vi:
        `Lượt không được phép ghi vào ${path}. Hãy chạy lại bộ cài Lượt (nhấp phải → Run as administrator): ` +
        'bộ cài cho mọi tài khoản của máy quyền ghi vào thư mục dữ liệu của Lượt.',
      en:
        `Lượt may not write to ${path}. Run the Lượt installer again (right-click → Run as administrator): it ` +
        "gives every account of this PC the right to write to Lượt's data folder.",
    };
  const detail = error instanceof Error ? error.message : String(error);
  return { vi: `Không khởi động được Lượt.\n${detail}`, en: `Lượt could not start.\n${detail}` };
}

/** A settings file that cannot be read: permissions are explained by `startFailure`, anything else here. */
export function unreadableSettings(file: string, error: unknown): unknown {
  if (['EACCES', 'EPERM'].includes(errorCode(error) ?? '')) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ShellProblem({
    vi: `Không đọc được tệp cài đặt của máy này (${file}): ${detail}`,
    en: `This PC's settings file could not be read (${file}): ${detail}`,
  });
}
