/**
 * Every user-facing string, Vietnamese first, with its English. One catalog for now; a proper i18n library
 * replaces it when the real screens arrive.
 */
import type { LocalizedText } from '../../shared/errors';

export type { LocalizedText };

export const messages = {
  appName: { vi: 'Lượt', en: 'Lượt queue system' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  signingIn: { vi: 'Đang đăng nhập thiết bị…', en: 'Signing this device in…' },
  signInFailed: { vi: 'Không đăng nhập được thiết bị này', en: 'This device could not sign in' },
  signInNoToken: {
    vi: 'Đường dẫn đăng nhập thiếu mã thiết bị. Hãy mở đúng đường dẫn do quản trị cấp.',
    en: 'The sign-in link has no device token. Open the exact link the administrator gave you.',
  },
  notSignedInTitle: { vi: 'Thiết bị này chưa đăng nhập', en: 'This device is not signed in' },
  notSignedInHelp: {
    vi: 'Mở đường dẫn đăng nhập do quản trị cấp (dạng http://…/signin#token=…) trên thiết bị này. Quản trị tạo đường dẫn trong mục Thiết bị.',
    en: 'Open the sign-in link from the administrator (like http://…/signin#token=…) on this device. The administrator creates it under Devices.',
  },
  goToStatus: { vi: 'Về trang chính', en: 'Go to the main page' },
  retry: { vi: 'Thử lại', en: 'Try again' },
  reconnecting: { vi: 'Đang kết nối lại…', en: 'Reconnecting…' },
  serverUnreachable: {
    vi: 'Không kết nối được máy chủ Lượt. Kiểm tra máy chủ đã bật và dây mạng.',
    en: 'Cannot reach the Lượt server. Check that the host PC is on and the network cable.',
  },
  unexpectedAnswer: {
    vi: 'Máy chủ trả lời không như mong đợi.',
    en: 'The server gave an unexpected answer.',
  },
  waitingTitle: { vi: 'Đang chờ theo lĩnh vực', en: 'Waiting, by service' },
  waitingUnit: { vi: 'người chờ', en: 'waiting' },
  nextNumbers: { vi: 'Tiếp theo', en: 'Next' },
  pointsTitle: { vi: 'Quầy và bàn hỗ trợ', en: 'Counters and help desks' },
  pointIdle: { vi: 'Chưa gọi số', en: 'No number called' },
  pointPaused: { vi: 'Tạm dừng', en: 'Paused' },
  statusCalled: { vi: 'Đang mời', en: 'Called' },
  statusServing: { vi: 'Đang phục vụ', en: 'Serving' },
  kindHelp: { vi: 'Hỗ trợ', en: 'Help' },
  device: { vi: 'Thiết bị', en: 'Device' },
  serviceDay: { vi: 'Ngày làm việc', en: 'Service day' },
  notFound: { vi: 'Không có trang này', en: 'This page does not exist' },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof messages;
