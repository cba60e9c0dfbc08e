/** The admin screen's general settings tab: the center's name, the priority policy, the notice, the ticket footer. */
import type { Catalog } from '../catalog-type';

export const settingsVi = {
  title: 'Cài đặt chung',
  centerNameVi: 'Tên trung tâm (tiếng Việt)',
  centerNameEn: 'Tên trung tâm (tiếng Anh)',
  centerNameHint: 'Hiện ở đầu mọi màn hình và trên phiếu.',
  policy: 'Cách gọi người ưu tiên',
  policyHint:
    'Người ưu tiên: người cao tuổi (60+), người khuyết tật, phụ nữ mang thai, người đi cùng trẻ nhỏ, người có công.',
  policies: { strict: 'Ưu tiên tuyệt đối', ratio: 'Xen kẽ' },
  policyHelp: {
    strict: 'Còn người ưu tiên đang chờ thì quầy luôn gọi họ trước mọi người khác.',
    ratio: 'Cứ gọi {{n}} người thường thì quầy gọi 1 người ưu tiên (nếu có), để người thường không phải chờ mãi.',
  },
  regularPerPriority: 'Số người thường giữa hai người ưu tiên',
  regularPerPriorityHint: 'Từ 1 đến 20. Không có người ưu tiên chờ thì quầy cứ gọi người thường.',
  noticeTitle: 'Thông báo trên màn hình chờ',
  noticeHint: 'Chạy chữ trên màn hình chờ ở sảnh. Để trống nếu không cần.',
  noticeVi: 'Thông báo (tiếng Việt)',
  noticeEn: 'Thông báo (tiếng Anh)',
  footerTitle: 'Dòng cuối phiếu',
  footerHint: 'In ở cuối mỗi phiếu, ví dụ số điện thoại đường dây nóng.',
  footerVi: 'Dòng cuối phiếu (tiếng Việt)',
  footerEn: 'Dòng cuối phiếu (tiếng Anh)',
  saved: 'Đã lưu cài đặt. Mọi màn hình đã được cập nhật.',
};

export const settingsEn: Catalog<typeof settingsVi> = {
  title: 'General settings',
  centerNameVi: 'Center name (Vietnamese)',
  centerNameEn: 'Center name (English)',
  centerNameHint: 'Shown at the top of every screen and on the ticket.',
  policy: 'How priority citizens are called',
  policyHint:
    'Priority citizens: elderly (60+), people with disabilities, pregnant women, people with a small child, persons of merit.',
  policies: { strict: 'Priority first', ratio: 'Take turns' },
  policyHelp: {
    strict: 'While a priority citizen is waiting, counters always call them before anyone else.',
    ratio:
      'After every {{n}} regular citizens a counter calls 1 priority citizen (if one waits), so regular citizens never wait forever.',
  },
  regularPerPriority: 'Regular citizens between two priority citizens',
  regularPerPriorityHint: 'From 1 to 20. When no priority citizen waits, counters simply call regular citizens.',
  noticeTitle: 'Notice on the wall display',
  noticeHint: 'Scrolls on the wall display in the waiting hall. Leave empty if not needed.',
  noticeVi: 'Notice (Vietnamese)',
  noticeEn: 'Notice (English)',
  footerTitle: 'Ticket footer',
  footerHint: 'Printed at the bottom of every ticket, e.g. the hotline number.',
  footerVi: 'Ticket footer (Vietnamese)',
  footerEn: 'Ticket footer (English)',
  saved: 'Settings saved. Every screen has been updated.',
};
