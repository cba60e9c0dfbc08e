/** The people and words of the demo center: officials, volunteers, places and the difficulties they note. */

export const OFFICIALS = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Phạm Thu Hà', 'Lê Quốc Bảo', 'Đỗ Minh Tuấn'];

export const VOLUNTEERS = [
  'Nguyễn Hoàng Nam',
  'Vũ Thị Mai',
  'Bùi Đức Anh',
  'Hoàng Thảo Vy',
  'Đặng Quang Huy',
  'Lý Ngọc Trâm',
  'Phạm Minh Khôi',
];

export const GREETERS = ['Trịnh Thu Trang', 'Ngô Gia Bảo'];

export const FIELD_PLACES = [
  'Tổ dân phố số 3 – nhà văn hoá',
  'Khu tập thể Thành Công',
  'Tổ dân phố số 7, ngõ 12',
  'Chợ Ngọc Hà',
  'Khu dân cư Đội Cấn',
  'Nhà văn hoá tổ 15',
];

export const DIFFICULTIES = [
  'Phần mềm một cửa lỗi, không nhận được hồ sơ khoảng 40 phút',
  'Mất mạng từ 9 giờ, người dân phải chờ kích hoạt VNeID',
  'Thiếu mẫu tờ khai đăng ký thường trú',
  'Máy in phiếu hết giấy giữa giờ cao điểm',
  'Nhiều người cao tuổi chưa có điện thoại thông minh để cài VNeID',
  'Cổng Dịch vụ công chậm, không thanh toán trực tuyến được',
  'Thiếu ghế chờ ở khu hỗ trợ người cao tuổi',
];

export const CANCEL_REASONS = ['Công dân về, hẹn hôm khác', 'Lấy nhầm lĩnh vực', 'Thiếu giấy tờ, về lấy thêm'];
