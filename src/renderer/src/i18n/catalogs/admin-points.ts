/** The admin screen's counters & help desks tab: each one's number, kind, services and person in charge. */
import type { Catalog } from '../catalog-type';

export const pointsVi = {
  title: 'Quầy & bàn hỗ trợ',
  intro:
    'Quầy của cán bộ và bàn hỗ trợ của tình nguyện viên. Mỗi nơi chỉ gọi số của những dịch vụ được đánh dấu cho nó.',
  add: 'Thêm quầy / bàn',
  newTitle: 'Quầy / bàn mới',
  empty: 'Chưa có quầy hay bàn hỗ trợ nào.',
  number: 'Số',
  numberHint: 'Số được đọc khi gọi: “Xin mời số A012 đến quầy số 3”.',
  kind: 'Loại',
  kinds: { counter: 'Quầy (cán bộ)', help_desk: 'Bàn hỗ trợ (tình nguyện viên)' },
  autoName: { counter: 'Quầy {{number}}', help_desk: 'Bàn hỗ trợ {{number}}' },
  services: 'Dịch vụ được gọi ở đây',
  servicesHint: 'Đánh dấu những dịch vụ mà nơi này gọi số.',
  noServicesYet: 'Chưa có dịch vụ; thêm ở mục Dịch vụ trước.',
  staff: 'Người phụ trách',
  noStaff: '— Chưa chọn —',
  staffHint: 'Tên được ghi vào lịch sử các số phục vụ tại đây.',
  serves: 'Gọi: {{list}}',
  servesNothing: 'Chưa chọn dịch vụ nào — nơi này chưa gọi được số.',
};

export const pointsEn: Catalog<typeof pointsVi> = {
  title: 'Counters & help desks',
  intro:
    "Officials' counters and volunteers' help desks. Each one calls only the numbers of the services ticked for it.",
  add: 'Add a counter / desk',
  newTitle: 'New counter / desk',
  empty: 'No counters or help desks yet.',
  number: 'Number',
  numberHint: 'The number read out when calling: “Number A012, please go to counter 3”.',
  kind: 'Kind',
  kinds: { counter: 'Counter (officials)', help_desk: 'Help desk (volunteers)' },
  autoName: { counter: 'Counter {{number}}', help_desk: 'Help desk {{number}}' },
  services: 'Services called here',
  servicesHint: 'Tick the services whose numbers this place calls.',
  noServicesYet: 'No services yet; add them under Services first.',
  staff: 'Person in charge',
  noStaff: '— Not chosen —',
  staffHint: 'Their name is recorded in the history of the numbers served here.',
  serves: 'Calls: {{list}}',
  servesNothing: 'No service ticked — this place cannot call numbers yet.',
};
