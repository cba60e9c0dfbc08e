/** The admin screen's zones tab: the places in the building and the directions to them. */
import type { Catalog } from '../catalog-type';

export const zonesVi = {
  title: 'Khu vực',
  intro:
    'Những nơi trong toà nhà. Lời chỉ đường hiện ở màn hình tiếp đón và trên phiếu. Mỗi khu vực có thể có màn hình chờ riêng.',
  add: 'Thêm khu vực',
  newTitle: 'Khu vực mới',
  empty: 'Chưa có khu vực nào.',
  directionsVi: 'Chỉ đường (tiếng Việt)',
  directionsEn: 'Chỉ đường (tiếng Anh)',
  directionsHint: 'Ví dụ: Tầng 1, bên trái cửa vào.',
  noDelete:
    'Khu vực không xoá được vì lịch sử vẫn cần đến; muốn đổi thì sửa tên và lời chỉ đường, không dùng nữa thì bỏ chọn “Đang sử dụng”.',
  noDirections: 'Chưa có lời chỉ đường',
};

export const zonesEn: Catalog<typeof zonesVi> = {
  title: 'Zones',
  intro:
    'Places in the building. The directions are shown on the greeter screen and on the ticket. Each zone can have its own wall display.',
  add: 'Add a zone',
  newTitle: 'New zone',
  empty: 'No zones yet.',
  directionsVi: 'Directions (Vietnamese)',
  directionsEn: 'Directions (English)',
  directionsHint: 'E.g. Ground floor, left of the entrance.',
  noDelete:
    'Zones cannot be deleted because the history still refers to them; rename them and edit the directions, or untick “In use” once nothing is in them.',
  noDirections: 'No directions yet',
};
