/**
 * What a new center starts with: the services, zones and desks of a typical commune center after the
 * 2025 merger. Everything here is editable through the API.
 */
import type { PrinterSettings, Settings } from '../../shared/domain';

export const DEFAULT_SETTINGS: Settings = {
  centerNameVi: 'Trung tâm Phục vụ hành chính công xã',
  centerNameEn: 'Commune Public Administration Service Center',
  priorityPolicy: { kind: 'ratio', regularPerPriority: 2 },
  noticeVi: 'Vui lòng giữ phiếu và chờ gọi số. Người cao tuổi, người khuyết tật, phụ nữ mang thai được ưu tiên.',
  noticeEn:
    'Please keep your ticket and wait for your number. Elderly, disabled and pregnant visitors are served first.',
  ticketFooterVi: 'Vui lòng giữ phiếu và chờ gọi số',
  ticketFooterEn: 'Please keep your ticket and wait for your number',
};

/** No printer until setup names one, so a fresh center still issues numbers (the greeter reads them out). */
export const DEFAULT_PRINTER_SETTINGS: PrinterSettings = {
  profileId: 'generic-80',
  connection: { kind: 'none' },
  mode: 'raster',
  qr: true,
};

export const DEFAULT_ZONES = [
  {
    key: 'hall',
    nameVi: 'Khu tiếp nhận hồ sơ',
    nameEn: 'Application counters',
    directionsVi: 'Tầng 1, sảnh chính',
    directionsEn: 'Ground floor, main hall',
  },
  {
    key: 'elderly',
    nameVi: 'Khu hỗ trợ người cao tuổi',
    nameEn: 'Elderly assistance area',
    directionsVi: 'Tầng 1, bên trái lối vào',
    directionsEn: 'Ground floor, left of the entrance',
  },
  {
    key: 'digital',
    nameVi: 'Khu hỗ trợ VNeID & dịch vụ công trực tuyến',
    nameEn: 'VNeID & online public services desk',
    directionsVi: 'Tầng 1, bên phải lối vào',
    directionsEn: 'Ground floor, right of the entrance',
  },
] as const;

type ZoneKey = (typeof DEFAULT_ZONES)[number]['key'];

export const DEFAULT_SERVICES: {
  prefix: string;
  nameVi: string;
  nameEn: string;
  kind: 'counter' | 'help';
  zone: ZoneKey;
  color: string;
  targetWaitMinutes: number;
}[] = [
  {
    prefix: 'A',
    nameVi: 'Hộ tịch – Chứng thực',
    nameEn: 'Civil status – Certification',
    kind: 'counter',
    zone: 'hall',
    color: '#1565c0',
    targetWaitMinutes: 20,
  },
  {
    prefix: 'B',
    nameVi: 'Đất đai – Xây dựng',
    nameEn: 'Land – Construction',
    kind: 'counter',
    zone: 'hall',
    color: '#2e7d32',
    targetWaitMinutes: 30,
  },
  {
    prefix: 'C',
    nameVi: 'Lao động – Chính sách xã hội',
    nameEn: 'Labour – Social policy',
    kind: 'counter',
    zone: 'hall',
    color: '#c62828',
    targetWaitMinutes: 20,
  },
  {
    prefix: 'D',
    nameVi: 'Kinh doanh – Đầu tư',
    nameEn: 'Business – Investment',
    kind: 'counter',
    zone: 'hall',
    color: '#6a1b9a',
    targetWaitMinutes: 25,
  },
  {
    prefix: 'V',
    nameVi: 'Hỗ trợ VNeID & dịch vụ công trực tuyến',
    nameEn: 'VNeID & online public services help',
    kind: 'help',
    zone: 'digital',
    color: '#00838f',
    targetWaitMinutes: 15,
  },
  {
    prefix: 'H',
    nameVi: 'Hỗ trợ người cao tuổi',
    nameEn: 'Elderly assistance',
    kind: 'help',
    zone: 'elderly',
    color: '#ef6c00',
    targetWaitMinutes: 10,
  },
];

/** Quầy 1–5 and two help desks, by the prefixes they serve. */
export const DEFAULT_POINTS: {
  number: number;
  nameVi: string;
  nameEn: string;
  kind: 'counter' | 'help_desk';
  zone: ZoneKey;
  prefixes: string[];
}[] = [
  { number: 1, nameVi: 'Quầy 1', nameEn: 'Counter 1', kind: 'counter', zone: 'hall', prefixes: ['A'] },
  { number: 2, nameVi: 'Quầy 2', nameEn: 'Counter 2', kind: 'counter', zone: 'hall', prefixes: ['A', 'C'] },
  { number: 3, nameVi: 'Quầy 3', nameEn: 'Counter 3', kind: 'counter', zone: 'hall', prefixes: ['B'] },
  { number: 4, nameVi: 'Quầy 4', nameEn: 'Counter 4', kind: 'counter', zone: 'hall', prefixes: ['B', 'D'] },
  { number: 5, nameVi: 'Quầy 5', nameEn: 'Counter 5', kind: 'counter', zone: 'hall', prefixes: ['C', 'D', 'A'] },
  {
    number: 1,
    nameVi: 'Bàn hỗ trợ VNeID',
    nameEn: 'VNeID help desk',
    kind: 'help_desk',
    zone: 'digital',
    prefixes: ['V'],
  },
  {
    number: 2,
    nameVi: 'Bàn hỗ trợ người cao tuổi',
    nameEn: 'Elderly help desk',
    kind: 'help_desk',
    zone: 'elderly',
    prefixes: ['H'],
  },
];
