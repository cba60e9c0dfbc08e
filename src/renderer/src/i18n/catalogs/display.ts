import { catalog } from '../catalog-type';

export const display = catalog(
  {
    nowCalling: 'Xin mời số',
    toPoint: 'đến {{point}}',
    noCallYet: 'Chưa gọi số nào',
    boardTitle: 'Quầy đang phục vụ',
    idle: '—',
    paused: 'Tạm dừng',
    nextTitle: 'Số tiếp theo',
    waiting_one: '{{count}} người chờ',
    waiting_other: '{{count}} người chờ',
    nobodyWaiting: 'Không có người chờ',
    enableSound: 'Bấm vào đây để bật âm thanh gọi số',
    serving: 'đang phục vụ',
    called: 'đang mời',
  },
  {
    nowCalling: 'Now calling',
    toPoint: 'to {{point}}',
    noCallYet: 'No number called yet',
    boardTitle: 'Service points',
    idle: '—',
    paused: 'Paused',
    nextTitle: 'Next numbers',
    waiting_one: '{{count}} waiting',
    waiting_other: '{{count}} waiting',
    nobodyWaiting: 'Nobody waiting',
    enableSound: 'Tap here to turn on the call sound',
    serving: 'being served',
    called: 'called',
  },
);
