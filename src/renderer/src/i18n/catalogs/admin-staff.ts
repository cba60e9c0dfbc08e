/** The admin screen's staff tab: officials, volunteers and greeters, their roles and PINs. */
import type { Catalog } from '../catalog-type';

export const staffVi = {
  title: 'Nhân sự',
  intro: 'Cán bộ, tình nguyện viên và người đón tiếp. Tên được ghi vào lịch sử phục vụ và báo cáo.',
  add: 'Thêm người',
  newTitle: 'Người mới',
  pin: 'Mã PIN đăng nhập tại quầy (4–6 chữ số)',
  pinHint: 'Để trống nếu không đổi. Không có PIN thì người này đăng nhập bằng cách chạm vào tên.',
  pinHintNew: 'Không bắt buộc. Để trống thì người này đăng nhập ở quầy bằng cách chạm vào tên.',
  pinSaved: 'Đã lưu mã PIN mới.',
  empty: 'Chưa có ai trong danh sách.',
  name: 'Họ và tên',
  role: 'Vai trò',
  roles: {
    staff: 'Cán bộ tiếp nhận',
    volunteer: 'Tình nguyện viên',
    greeter: 'Người đón tiếp',
    manager: 'Quản lý',
  },
};

export const staffEn: Catalog<typeof staffVi> = {
  title: 'Staff',
  intro: 'Officials, volunteers and greeters. Names are recorded in the service history and reports.',
  add: 'Add a person',
  newTitle: 'New person',
  pin: 'PIN to sign in at a counter (4–6 digits)',
  pinHint: 'Leave empty to keep it. Without a PIN this person signs in by tapping their name.',
  pinHintNew: 'Optional. Left empty, this person signs in at a counter by tapping their name.',
  pinSaved: 'New PIN saved.',
  empty: 'Nobody in the list yet.',
  name: 'Full name',
  role: 'Role',
  roles: {
    staff: 'Counter official',
    volunteer: 'Volunteer',
    greeter: 'Greeter',
    manager: 'Manager',
  },
};
