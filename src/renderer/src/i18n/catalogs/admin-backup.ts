/** The admin screen's backup tab: copies of the data, restoring one, and how long notes are kept. */
import type { Catalog } from '../catalog-type';

export const backupVi = {
  title: 'Sao lưu dữ liệu',
  intro:
    'Lượt tự sao lưu toàn bộ dữ liệu mỗi ngày. Hãy chọn thư mục trên một ổ đĩa khác hoặc USB: nếu ổ đĩa của máy chủ hỏng, bản sao lưu vẫn còn.',
  statusTitle: 'Tình trạng',
  lastOk: 'Lần sao lưu gần nhất: {{time}}',
  lastFailed: 'Lần sao lưu lúc {{time}} không thành công:',
  never: 'Chưa sao lưu lần nào.',
  nextDue: 'Lần tự động tiếp theo: {{time}}',
  folder: 'Thư mục: {{folder}}',
  free: 'Còn trống: {{free}}',
  sameDisk:
    'Thư mục sao lưu đang nằm trên cùng ổ đĩa với dữ liệu. Nếu ổ đĩa này hỏng sẽ mất cả hai — hãy cắm USB hoặc chọn ổ đĩa khác ở ô “Thư mục sao lưu”.',
  backUpNow: 'Sao lưu ngay',
  backingUp: 'Đang sao lưu…',
  backedUp: 'Đã sao lưu vào {{name}}.',
  settingsTitle: 'Nơi lưu và lịch sao lưu',
  folderLabel: 'Thư mục sao lưu trên máy chủ',
  folderHint:
    'Đường dẫn đầy đủ, ví dụ E:\\LuotSaoLuu (USB trên Windows) hoặc /media/usb/luot. Để trống: thư mục “backups” cạnh dữ liệu.',
  keepLabel: 'Giữ bao nhiêu bản',
  keepHint: 'Bản cũ hơn được xoá khi có bản mới. 14 bản là khoảng hai tuần.',
  hourLabel: 'Sao lưu tự động sau',
  hourHint: 'Mỗi ngày một lần, sau giờ này (giờ trưa thường vắng). Máy chủ tắt lúc đó thì sao lưu khi bật lại.',
  hourOption: '{{hour}}:00',
  saved: 'Đã lưu cài đặt sao lưu.',
  listTitle: 'Các bản sao lưu',
  listEmpty: 'Chưa có bản sao lưu nào trong thư mục này.',
  columns: { name: 'Tệp', madeAt: 'Lúc', size: 'Dung lượng', action: 'Thao tác' },
  restore: 'Khôi phục',
  restoreQuestion: 'Khôi phục dữ liệu về bản {{name}} ({{time}})?',
  restoreExplain:
    'Mọi màn hình sẽ hiện số thứ tự, phiếu và lịch sử như lúc sao lưu. Dữ liệu hiện tại không bị xoá: nó được cất vào một thư mục riêng cạnh dữ liệu. Các màn hình mất kết nối vài giây rồi tự nối lại.',
  restoreAck: 'Tôi hiểu, khôi phục bản này',
  restoreYes: 'Khôi phục',
  restoring: 'Đang khôi phục… Trang sẽ tự tải lại khi xong.',
  restoredKeptAside: 'Dữ liệu trước khi khôi phục được cất ở: {{folder}}',
  commandLine:
    'Khi máy chủ không khởi động được (ổ đĩa hỏng, máy mới): cài Lượt, cắm USB có bản sao lưu, rồi chạy lệnh khôi phục — xem hướng dẫn trong docs/security.md.',
  retentionTitle: 'Thời gian giữ ghi chú',
  retentionIntro:
    'Ghi chú tự do trên phiếu và góp ý công dân gõ ở màn hình đánh giá có thể lỡ chứa thông tin cá nhân, nên được tự xoá sau một thời gian. Chỉ xoá nội dung chữ; phiếu, lượt đánh giá và lịch sử vẫn còn nguyên.',
  retentionLabel: 'Xoá ghi chú sau (ngày)',
  retentionHint: 'Mặc định 30 ngày.',
  retentionSaved: 'Đã lưu: ghi chú và góp ý được xoá sau {{days}} ngày.',
};

export const backupEn: Catalog<typeof backupVi> = {
  title: 'Data backup',
  intro:
    'Lượt backs up all its data by itself every day. Choose a folder on another disk or a USB stick: if the host’s disk fails, the backups survive.',
  statusTitle: 'Status',
  lastOk: 'Last backup: {{time}}',
  lastFailed: 'The backup at {{time}} failed:',
  never: 'No backup yet.',
  nextDue: 'Next automatic backup: {{time}}',
  folder: 'Folder: {{folder}}',
  free: 'Free space: {{free}}',
  sameDisk:
    'The backup folder is on the same disk as the data. If that disk fails, both are lost — plug in a USB stick or choose another disk in “Backup folder”.',
  backUpNow: 'Back up now',
  backingUp: 'Backing up…',
  backedUp: 'Backed up to {{name}}.',
  settingsTitle: 'Where and when',
  folderLabel: 'Backup folder on the host',
  folderHint:
    'The full path, e.g. E:\\LuotBackup (a USB stick on Windows) or /media/usb/luot. Empty: a “backups” folder beside the data.',
  keepLabel: 'Copies to keep',
  keepHint: 'Older copies are removed when a new one is made. 14 copies is about two weeks.',
  hourLabel: 'Automatic backup after',
  hourHint:
    'Once a day, after this hour (midday is usually quiet). If the host is off then, it backs up when it is back.',
  hourOption: '{{hour}}:00',
  saved: 'Backup settings saved.',
  listTitle: 'Backups',
  listEmpty: 'No backups in this folder yet.',
  columns: { name: 'File', madeAt: 'Made', size: 'Size', action: 'Action' },
  restore: 'Restore',
  restoreQuestion: 'Restore the data to {{name}} ({{time}})?',
  restoreExplain:
    'Every screen will show the numbers, tickets and history as they were at that backup. The current data is not deleted: it is kept in a folder of its own beside the data. Screens lose their connection for a few seconds and reconnect by themselves.',
  restoreAck: 'I understand, restore this backup',
  restoreYes: 'Restore',
  restoring: 'Restoring… This page reloads by itself when done.',
  restoredKeptAside: 'The data from before the restore is kept in: {{folder}}',
  commandLine:
    'When the host cannot start (a dead disk, a new PC): install Lượt, plug in the USB stick with the backups, then run the restore command — see docs/security.md.',
  retentionTitle: 'How long notes are kept',
  retentionIntro:
    'Free-text notes on tickets and the comments citizens type on the rating screen may by mistake hold personal details, so they are removed after a while. Only the text goes; tickets, ratings and history stay.',
  retentionLabel: 'Remove notes after (days)',
  retentionHint: '30 days by default.',
  retentionSaved: 'Saved: notes and comments are removed after {{days}} days.',
};
