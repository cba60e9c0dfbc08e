/** Whether a service issues numbers at a given instant (its days, hours and daily cap), and why not. Pure. */
import { heldNow, type AppointmentHold } from './appointments';
import type { Service } from './domain';
import { conflict, type LuotError } from './errors';
import { localParts, minutesOf } from './time';

const DAY_VI = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
const DAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** What a service card shows before the tap; the engine refuses on the same rules. */
export type IssuingState =
  | { kind: 'open' }
  | { kind: 'inactive' }
  | { kind: 'notToday'; issuingDays: number[] }
  /** `opensAt`: the start of its next window today (`HH:mm`), or null when today's windows are over. */
  | { kind: 'outsideHours'; opensAt: string | null }
  | { kind: 'capReached'; dailyCap: number }
  /** The numbers left are held for today's appointments until `heldUntil` (issue 22). */
  | { kind: 'heldForAppointments'; held: number; heldUntil: string };

/**
 * The state at `epochMs`, with `issuedToday` numbers already issued (null: not known, the cap is not judged) and
 * what the service holds for appointments.
 */
export function issuingStateOf(
  service: Service,
  epochMs: number,
  issuedToday: number | null = null,
  hold: AppointmentHold | null = null,
): IssuingState {
  if (!service.active) return { kind: 'inactive' };
  const { minuteOfDay, isoWeekday } = localParts(epochMs);
  if (service.issuingDays.length > 0 && !service.issuingDays.includes(isoWeekday))
    return { kind: 'notToday', issuingDays: [...service.issuingDays].sort() };
  const windows = service.issuingHours;
  if (windows.length > 0 && !windows.some((w) => minuteOfDay >= minutesOf(w.from) && minuteOfDay < minutesOf(w.to))) {
    const next = windows
      .filter((w) => minutesOf(w.from) > minuteOfDay)
      .sort((a, b) => minutesOf(a.from) - minutesOf(b.from))[0];
    return { kind: 'outsideHours', opensAt: next?.from ?? null };
  }
  if (service.dailyCap !== null && issuedToday !== null && issuedToday >= service.dailyCap)
    return { kind: 'capReached', dailyCap: service.dailyCap };
  const held = heldNow(hold, epochMs);
  if (service.dailyCap !== null && issuedToday !== null && held > 0 && issuedToday + held >= service.dailyCap)
    return { kind: 'heldForAppointments', held, heldUntil: hold!.heldUntil };
  return { kind: 'open' };
}

/** Why a service cannot issue now by its days and hours (the cap is checked when the number is taken). */
export function issuingRefusal(service: Service, epochMs: number): LuotError | null {
  const state = issuingStateOf(service, epochMs);
  switch (state.kind) {
    case 'open':
    case 'capReached':
    case 'heldForAppointments':
      return null;
    case 'inactive':
      return conflict('SERVICE_INACTIVE', {
        vi: `Dịch vụ "${service.nameVi}" đang tạm ngừng cấp số.`,
        en: `"${service.nameEn}" is not issuing numbers at the moment.`,
      });
    case 'notToday': {
      const days = state.issuingDays;
      return conflict(
        'OUTSIDE_ISSUING_DAYS',
        {
          vi: `Hôm nay "${service.nameVi}" không cấp số. Ngày cấp số: ${days.map((d) => DAY_VI[d]).join(', ')}.`,
          en: `"${service.nameEn}" does not issue numbers today. Issuing days: ${days.map((d) => DAY_EN[d]).join(', ')}.`,
        },
        { issuingDays: days },
      );
    }
    case 'outsideHours': {
      const windows = service.issuingHours;
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
  }
}

/**
 * Numbers a capped service has left today, said on its card before it is full ("còn 5 số") so the greeter can
 * tell the last citizens: from 5 left, or from 20 % of the cap when that is more. Null when not worth saying.
 */
export function numbersLeftToSay(service: Service, issuedToday: number): number | null {
  if (service.dailyCap === null) return null;
  const left = service.dailyCap - issuedToday;
  if (left <= 0) return null;
  return left <= Math.max(5, Math.floor(service.dailyCap * 0.2)) ? left : null;
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
