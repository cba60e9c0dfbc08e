/** Whether a service issues numbers at a given instant (its days and hours), and why not. Pure. */
import type { Service } from './domain';
import { conflict, type LuotError } from './errors';
import { localParts, minutesOf } from './time';

const DAY_VI = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
const DAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function issuingRefusal(service: Service, epochMs: number): LuotError | null {
  if (!service.active)
    return conflict('SERVICE_INACTIVE', {
      vi: `Dịch vụ "${service.nameVi}" đang tạm ngừng cấp số.`,
      en: `"${service.nameEn}" is not issuing numbers at the moment.`,
    });
  const { minuteOfDay, isoWeekday } = localParts(epochMs);
  if (service.issuingDays.length > 0 && !service.issuingDays.includes(isoWeekday)) {
    const days = [...service.issuingDays].sort();
    return conflict(
      'OUTSIDE_ISSUING_DAYS',
      {
        vi: `Hôm nay "${service.nameVi}" không cấp số. Ngày cấp số: ${days.map((d) => DAY_VI[d]).join(', ')}.`,
        en: `"${service.nameEn}" does not issue numbers today. Issuing days: ${days.map((d) => DAY_EN[d]).join(', ')}.`,
      },
      { issuingDays: days },
    );
  }
  const windows = service.issuingHours;
  if (windows.length > 0 && !windows.some((w) => minuteOfDay >= minutesOf(w.from) && minuteOfDay < minutesOf(w.to))) {
    const hours = windows.map((w) => `${w.from}–${w.to}`).join(', ');
    return conflict(
      'OUTSIDE_ISSUING_HOURS',
      {
        vi: `Đã ngoài giờ cấp số cho "${service.nameVi}". Giờ cấp số: ${hours}.`,
        en: `"${service.nameEn}" is outside its issuing hours. Issuing hours: ${hours}.`,
      },
      { issuingHours: windows },
    );
  }
  return null;
}

export function dailyCapRefusal(service: Service): LuotError {
  return conflict(
    'DAILY_CAP_REACHED',
    {
      vi: `"${service.nameVi}" đã hết số hôm nay (tối đa ${service.dailyCap} số). Mời công dân quay lại vào ngày làm việc tiếp theo.`,
      en: `"${service.nameEn}" has issued all of today's numbers (at most ${service.dailyCap}). Please come back on the next working day.`,
    },
    { dailyCap: service.dailyCap },
  );
}
