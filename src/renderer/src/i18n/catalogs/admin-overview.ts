/** The admin screen's overview tab: who waits, what each counter is doing, the wall displays' sound, PIN alerts. */
import type { Catalog } from '../catalog-type';

export const overviewVi = {
  pinAlertTitle: 'Mã PIN đang bị dò',
  pinAlert_one: 'Mã PIN của {{name}} bị nhập sai {{count}} lần liên tiếp trên {{devices}} máy, lần cuối lúc {{time}}.',
  pinAlert_other:
    'Mã PIN của {{name}} bị nhập sai {{count}} lần liên tiếp trên {{devices}} máy, lần cuối lúc {{time}}.',
  pinAlertWait: 'Ở quầy khác quầy quen của người này, lần thử tiếp theo phải chờ đến {{time}}.',
  pinAlertAdvice:
    'Nếu không phải người đó nhập nhầm: hỏi xem ai đang thử ở các quầy, đặt mã PIN mới 6 chữ số ở mục Nhân sự; quản trị luôn đăng nhập giúp được.',
  soundTitle: 'Loa ở các màn hình chờ',
  sound: {
    on: 'Loa: đang bật',
    blocked: 'Loa: bị chặn — cần chạm vào màn hình',
    muted: 'Loa: đã tắt (mục Giọng đọc)',
    unknown: 'Loa: chưa rõ — màn hình chưa kết nối',
  },
  soundHint: {
    blocked:
      'Trình duyệt của màn hình này chưa cho phát tiếng sau khi mở lại. Chạm vào màn hình hoặc bấm OK trên điều khiển TV một lần.',
    unknown: 'Màn hình tắt, mất điện hoặc mất mạng: kiểm tra TV và dây mạng / Wi-Fi.',
  },
  screensTitle: 'Mở các màn hình',
  screensHint:
    'Mỗi liên kết mở một thẻ mới trên máy này. Để dùng trên máy khác (máy quầy, TV), tạo thiết bị ở mục Thiết bị.',
  greeter: 'Màn hình tiếp đón',
  displayAll: 'Màn hình chờ — mọi khu vực',
  displayZone: 'Màn hình chờ — {{zone}}',
  waitingTitle: 'Người đang chờ theo dịch vụ',
  totalWaiting_one: 'Tổng cộng {{count}} người đang chờ',
  totalWaiting_other: 'Tổng cộng {{count}} người đang chờ',
  next: 'Số tiếp theo: {{list}}',
  selfIssuedCode: '{{code}} (tự lấy ở máy)',
  selfIssuedToday: 'Hôm nay tự lấy ở máy: {{count}} số',
  issuedToday: 'Hôm nay đã cấp {{total}} số: {{staff}} số do nhân viên cấp, {{self}} số công dân tự lấy ở máy.',
  nobodyWaiting: 'Không có ai chờ',
  pointsTitle: 'Quầy và bàn hỗ trợ lúc này',
  idle: 'Đang trống',
  paused: 'Tạm dừng',
  pausedBecause: 'Tạm dừng: {{reason}}',
  reason: 'Lý do: {{reason}}',
  openPoint: 'Mở màn hình',
  noServices: 'Chưa có dịch vụ nào. Thêm ở mục Dịch vụ.',
  noPoints: 'Chưa có quầy nào. Thêm ở mục Quầy & bàn hỗ trợ.',
  inactiveHidden: 'Dịch vụ và quầy đã ngừng sử dụng không hiện ở đây.',
};

export const overviewEn: Catalog<typeof overviewVi> = {
  pinAlertTitle: 'A PIN is being guessed',
  pinAlert_one: "{{name}}'s PIN was typed wrong {{count}} time in a row on {{devices}} machine(s), last at {{time}}.",
  pinAlert_other:
    "{{name}}'s PIN was typed wrong {{count}} times in a row on {{devices}} machine(s), last at {{time}}.",
  pinAlertWait: "Away from this person's usual counter, the next try waits until {{time}}.",
  pinAlertAdvice:
    'If it was not that person mistyping: ask who is trying at the counters, and set a new 6-digit PIN under People; an administrator can always sign them in.',
  soundTitle: 'Sound at the wall displays',
  sound: {
    on: 'Sound: on',
    blocked: 'Sound: blocked — tap the screen',
    muted: 'Sound: off (under Voice)',
    unknown: 'Sound: unknown — the screen is not connected',
  },
  soundHint: {
    blocked:
      "This screen's browser has not allowed sound since it was opened again. Tap the screen or press OK on the TV remote once.",
    unknown: 'The screen is off, lost power or lost the network: check the TV and its cable / Wi-Fi.',
  },
  screensTitle: 'Open the screens',
  screensHint:
    'Each link opens a new tab on this computer. To use a screen on another computer or TV, create a device under Devices.',
  greeter: 'Greeter screen',
  displayAll: 'Wall display — all zones',
  displayZone: 'Wall display — {{zone}}',
  waitingTitle: 'People waiting per service',
  totalWaiting_one: '{{count}} person waiting in all',
  totalWaiting_other: '{{count}} people waiting in all',
  next: 'Next numbers: {{list}}',
  selfIssuedCode: '{{code}} (self-issued)',
  selfIssuedToday: 'Taken at the kiosk today: {{count}}',
  issuedToday: 'Issued today: {{total}} numbers — {{staff}} by staff, {{self}} taken by citizens at the kiosk.',
  nobodyWaiting: 'Nobody waiting',
  pointsTitle: 'Counters and help desks now',
  idle: 'Free',
  paused: 'Paused',
  pausedBecause: 'Paused: {{reason}}',
  reason: 'Reason: {{reason}}',
  openPoint: 'Open screen',
  noServices: 'No services yet. Add them under Services.',
  noPoints: 'No counters yet. Add them under Counters & help desks.',
  inactiveHidden: 'Retired services and counters are not shown here.',
};
