/** Signing a device in: the link, the pairing code, and the screens a signed-out or revoked device shows. */
import { catalog } from '../catalog-type';

export const signin = catalog(
  {
    signingIn: 'Đang đăng nhập thiết bị…',
    failed: 'Không đăng nhập được thiết bị này',
    pairTitle: 'Đăng nhập thiết bị bằng mã ghép nối',
    pairHelp:
      'Người quản lý tạo thiết bị ở Quản trị → Thiết bị; màn hình đó hiện một mã 10 chữ số. Nhập mã ấy vào đây. Mỗi mã dùng một lần, trong 10 phút; chỉ mã mới nhất còn dùng được.',
    codeLabel: 'Mã ghép nối (10 chữ số)',
    codeHint: 'Ví dụ: 4829 153 706',
    pair: 'Đăng nhập',
    pairing: 'Đang đăng nhập…',
    codeIncomplete: 'Hãy nhập đủ 10 chữ số.',
    orLink: 'Hoặc mở đường dẫn đăng nhập, hay quét mã QR mà người quản lý đưa cho thiết bị này.',
    signedOutTitle: 'Thiết bị này chưa đăng nhập',
    expiredTitle: 'Phiên đăng nhập đã hết hạn',
    revokedTitle: 'Thiết bị này đã bị thu hồi',
  },
  {
    signingIn: 'Signing this device in…',
    failed: 'This device could not sign in',
    pairTitle: 'Sign this device in with a pairing code',
    pairHelp:
      'The manager adds the device under Setup → Devices; that screen shows a 10-digit code. Type that code here. Each code works once, within 10 minutes; only the newest code works.',
    codeLabel: 'Pairing code (10 digits)',
    codeHint: 'For example: 4829 153 706',
    pair: 'Sign in',
    pairing: 'Signing in…',
    codeIncomplete: 'Type all 10 digits.',
    orLink: 'Or open the sign-in link, or scan the QR code, that the manager gave for this device.',
    signedOutTitle: 'This device is not signed in',
    expiredTitle: 'The session has run out',
    revokedTitle: 'This device was revoked',
  },
);
