import { catalog } from '../catalog-type';

/** `/board/<point>`: the small screen above one counter. */
export const board = catalog(
  {
    number: 'Số',
    recall: 'Mời lại',
    paused: 'Tạm dừng',
    idle: 'Chưa gọi số',
    unknownPoint: 'Không có quầy / bàn số {{id}} — kiểm tra địa chỉ trong Quản trị → Thiết bị.',
  },
  {
    number: 'Number',
    recall: 'Called again',
    paused: 'Paused',
    idle: 'No number called yet',
    unknownPoint: 'There is no service point {{id}} — check the address in Setup → Devices.',
  },
);
