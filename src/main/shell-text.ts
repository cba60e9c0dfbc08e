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

export const DIALOG = {
  quitHost: {
    vi: 'Tắt Lượt trên máy chủ? Các quầy và màn hình ở máy khác sẽ mất kết nối cho đến khi Lượt chạy lại.',
    en: 'Quit Lượt on the host? Counters and screens on other PCs lose their connection until Lượt runs again.',
  },
  quitButton: { vi: 'Tắt', en: 'Quit' },
  cancelButton: { vi: 'Không', en: 'Cancel' },
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

/** What the user reads when the core cannot start. */
export function startFailure(error: unknown, port: number): Bilingual {
  if (error && typeof error === 'object' && 'text' in error) return (error as { text: Bilingual }).text;
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE')
    return {
      vi: `Cổng ${port} đang được chương trình khác dùng. Hãy đóng chương trình đó, hoặc đặt biến LUOT_PORT sang cổng khác.`,
      en: `Port ${port} is used by another program. Close it, or set LUOT_PORT to another port.`,
    };
  return { vi: `Không khởi động được Lượt.\n${String(error)}`, en: `Lượt could not start.\n${String(error)}` };
}
