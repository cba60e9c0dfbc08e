/** Why a device is not let in, in words the person in front of it can act on (Vietnamese and English). */
import { LuotError } from '../../shared/errors';
import { PAIRING_CODE_DIGITS, PAIRING_CODE_MINUTES } from '../../shared/sign-in';

export const deviceRevoked = (name: string) =>
  new LuotError(401, 'DEVICE_REVOKED', {
    vi: `Quản trị đã thu hồi quyền truy cập của thiết bị “${name}”, nên thiết bị này không dùng được nữa. Nếu cần dùng lại, nhờ quản trị tạo thiết bị mới (Quản trị → Thiết bị) rồi nhập mã ghép nối hoặc mở liên kết đăng nhập mới trên máy này.`,
    en: `An administrator revoked the access of device “${name}”, so this device can no longer be used. To use it again, ask the administrator to add a new device (Setup → Devices), then enter its pairing code or open its new sign-in link here.`,
  });

export const sessionExpired = () =>
  new LuotError(401, 'SESSION_EXPIRED', {
    vi: 'Phiên đăng nhập của thiết bị này đã hết hạn vì lâu không dùng. Nhờ quản trị cấp liên kết hoặc mã ghép nối mới (Quản trị → Thiết bị → Cấp mã đăng nhập).',
    en: "This device's session ran out after a long time unused. Ask the administrator for a new sign-in link or pairing code (Setup → Devices → New sign-in code).",
  });

export const signInLinkUsed = () =>
  new LuotError(401, 'SIGN_IN_LINK_USED', {
    vi: 'Liên kết đăng nhập này đã được dùng rồi — mỗi liên kết chỉ dùng được một lần. Nhờ quản trị cấp liên kết mới (Quản trị → Thiết bị → Cấp mã đăng nhập).',
    en: 'This sign-in link was already used — each link works once. Ask the administrator for a new one (Setup → Devices → New sign-in code).',
  });

export const signInLinkExpired = (minutes: number) =>
  new LuotError(401, 'SIGN_IN_LINK_EXPIRED', {
    vi: `Liên kết đăng nhập này đã hết hạn (chỉ dùng được trong ${minutes} phút sau khi cấp). Nhờ quản trị cấp liên kết mới (Quản trị → Thiết bị → Cấp mã đăng nhập).`,
    en: `This sign-in link has expired (it works for ${minutes} minutes after it is made). Ask the administrator for a new one (Setup → Devices → New sign-in code).`,
  });

export const pairingCodeWrong = () =>
  new LuotError(401, 'PAIRING_CODE_WRONG', {
    vi: `Mã ghép nối không đúng hoặc đã hết hạn. Xem lại ${PAIRING_CODE_DIGITS} chữ số trên màn hình quản trị; mỗi mã chỉ dùng được một lần, trong ${PAIRING_CODE_MINUTES} phút, và chỉ mã mới nhất còn dùng được.`,
    en: `The pairing code is wrong or has expired. Check the ${PAIRING_CODE_DIGITS} digits on the administration screen; each code works once, within ${PAIRING_CODE_MINUTES} minutes, and only the newest code works.`,
  });

export const tooManyAttempts = (seconds: number) =>
  new LuotError(
    429,
    'TOO_MANY_ATTEMPTS',
    {
      vi: `Đã thử sai quá nhiều lần từ máy này. Hãy đợi ${seconds} giây rồi thử lại.`,
      en: `Too many wrong attempts from this machine. Wait ${seconds} seconds, then try again.`,
    },
    { retryAfterSeconds: seconds },
  );

export const unknownHost = (host: string | undefined) =>
  new LuotError(
    421,
    'UNKNOWN_HOST',
    host
      ? {
          vi: `Máy chủ Lượt không mang tên “${host}”, nên không trả lời. Hãy mở Lượt bằng địa chỉ IP hoặc tên của máy chủ, ví dụ http://192.168.1.20:8080.`,
          en: `This Lượt host is not called “${host}”, so it does not answer. Open Lượt by the host's IP address or name, e.g. http://192.168.1.20:8080.`,
        }
      : {
          vi: 'Yêu cầu không ghi tên máy chủ (Host), nên máy chủ Lượt không trả lời. Hãy mở Lượt bằng trình duyệt, ví dụ http://192.168.1.20:8080.',
          en: 'The request does not name the host (Host), so Lượt does not answer. Open Lượt in a browser, e.g. http://192.168.1.20:8080.',
        },
  );

export const foreignOrigin = () =>
  new LuotError(403, 'FOREIGN_ORIGIN', {
    vi: 'Yêu cầu này không đến từ màn hình Lượt (mà từ một trang web khác), nên bị từ chối. Hãy thao tác trên màn hình Lượt.',
    en: 'This request did not come from a Lượt screen (but from another web page), so it was refused. Use the Lượt screen.',
  });
