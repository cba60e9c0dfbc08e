import { catalog } from '../catalog-type';

/** Setup of the citizen's side: the rating screen, the status page's address, the Wi-Fi on tickets. */
export const citizenSetup = catalog(
  {
    title: 'Công dân: đánh giá và theo dõi lượt',
    intro:
      'Màn hình đánh giá đặt ở từng quầy (tạo thiết bị “Đánh giá hài lòng” ở mục Thiết bị). Mã QR trên phiếu mở trang theo dõi lượt trên điện thoại của công dân.',
    loadFailed: 'Chưa tải được cài đặt.',
    ratingTitle: 'Đánh giá hài lòng',
    timeout: 'Thời gian chờ công dân đánh giá (giây)',
    timeoutHint: 'Hết thời gian mà công dân chưa chọn, lượt đó được ghi là “không đánh giá”. Từ 10 đến 300 giây.',
    statusTitle: 'Trang theo dõi lượt',
    origin: 'Địa chỉ điện thoại mở (in trong mã QR)',
    originHint: 'Để trống để dùng địa chỉ máy chủ tự nhận: {{detected}}. Chỉ điền khi điện thoại vào mạng Wi-Fi khác.',
    originUnknown: 'chưa có',
    wifiTitle: 'Wi-Fi trên phiếu',
    wifiOnTicket: 'In tên Wi-Fi và mã QR kết nối lên mỗi phiếu',
    wifiOnTicketHint: 'Công dân quét mã để vào Wi-Fi của trung tâm, rồi quét mã thứ hai để theo dõi lượt.',
    wifiName: 'Tên Wi-Fi (SSID)',
    wifiPassword: 'Mật khẩu Wi-Fi',
    wifiPasswordHint: 'Mật khẩu sẽ nằm trong mã QR in trên phiếu: chỉ dùng cho mạng dành cho khách.',
    wifiSecurity: 'Kiểu bảo mật',
    securities: { WPA: 'WPA/WPA2', WEP: 'WEP (cũ)', nopass: 'Không mật khẩu' },
    wifiHidden: 'Mạng ẩn (không phát tên)',
    saved: 'Đã lưu.',
  },
  {
    title: 'Citizens: rating and following one’s turn',
    intro:
      'A rating screen stands at each counter (create a “Satisfaction rating” device under Devices). The QR code on the ticket opens the turn-status page on the citizen’s phone.',
    loadFailed: 'The settings could not be loaded.',
    ratingTitle: 'Satisfaction rating',
    timeout: 'Time a citizen has to rate (seconds)',
    timeoutHint: 'When it runs out with no choice, the visit is recorded as “no rating given”. 10 to 300 seconds.',
    statusTitle: 'Turn-status page',
    origin: 'Address phones open (printed in the QR code)',
    originHint:
      'Leave empty to use the address the host found: {{detected}}. Fill in only if phones join another Wi-Fi.',
    originUnknown: 'none yet',
    wifiTitle: 'Wi-Fi on tickets',
    wifiOnTicket: 'Print the Wi-Fi name and a joining QR code on each ticket',
    wifiOnTicketHint: 'Citizens scan it to join the center’s Wi-Fi, then scan the second code to follow their turn.',
    wifiName: 'Wi-Fi name (SSID)',
    wifiPassword: 'Wi-Fi password',
    wifiPasswordHint: 'The password is inside the QR code printed on tickets: use a guest network only.',
    wifiSecurity: 'Security',
    securities: { WPA: 'WPA/WPA2', WEP: 'WEP (old)', nopass: 'No password' },
    wifiHidden: 'Hidden network (name not broadcast)',
    saved: 'Saved.',
  },
);
