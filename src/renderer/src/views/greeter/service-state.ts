/**
 * Whether a service card can issue right now, before anyone taps it: the shared rules of src/shared/issuing.ts
 * (days, hours, daily cap) applied to the live count of numbers issued today.
 */
import { useMemo } from 'react';
import { heldNow, heldRefusal } from '../../../../shared/appointments';
import { foldText } from '../../../../shared/procedure-search';
import type { Service } from '../../../../shared/domain';
import {
  numbersLeftToSay,
  dailyCapRefusal,
  issuingRefusal,
  issuingStateOf,
  type IssuingState,
} from '../../../../shared/issuing';
import { useNow } from '../../hooks/use-now';
import { useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import type { Refusal } from './use-issuing';

/** Each active service's state, refreshed every 20 s (an issuing window opens or closes on the minute). */
export function useIssuingStates(services: Service[]): Map<number, IssuingState> {
  const now = useNow(20_000);
  const { queue } = useCenter();
  return useMemo(() => {
    const byService = new Map(queue.services.map((s) => [s.serviceId, s]));
    return new Map(
      services.map((s) => {
        const q = byService.get(s.id);
        return [s.id, issuingStateOf(s, now, q?.issuedToday ?? 0, q?.appointmentHold ?? null)];
      }),
    );
  }, [services, queue, now]);
}

/** The card's line for a service that cannot issue; null when it can. */
export function useStateText(): (state: IssuingState | undefined, issuedToday: number) => string | null {
  const { t } = useTranslation('greeter');
  return (state, issuedToday) => {
    switch (state?.kind) {
      case undefined:
      case 'open':
        return null;
      case 'capReached':
        return t('state.capReached', { issued: issuedToday, cap: state.dailyCap });
      case 'heldForAppointments':
        return t('state.held', { held: state.held, time: state.heldUntil });
      case 'outsideHours':
        return state.opensAt ? t('state.outsideHoursUntil', { time: state.opensAt }) : t('state.outsideHoursOver');
      case 'notToday':
        return t('state.notToday');
      case 'inactive':
        return t('state.inactive');
    }
  };
}

/**
 * "còn N số (giữ M cho lịch hẹn)": the numbers a service with a daily cap has left today, and how many of them are
 * held for appointments; null without a cap.
 */
export function useNumbersLeft(): (service: Service) => string | null {
  const { t } = useTranslation('greeter');
  const { queue } = useCenter();
  const now = useNow(20_000);
  return (service) => {
    if (service.dailyCap === null) return null;
    const q = queue.services.find((s) => s.serviceId === service.id);
    const left = Math.max(0, service.dailyCap - (q?.issuedToday ?? 0));
    const held = Math.min(left, heldNow(q?.appointmentHold, now));
    // Said from 5 left (or 20 % of the cap), so the greeter can tell the last citizens; earlier it is noise.
    if (held === 0 && numbersLeftToSay(service, q?.issuedToday ?? 0) === null) return null;
    return held > 0 ? t('numbersLeftHeld', { count: left, held }) : t('numbersLeft', { count: left });
  };
}

/** What the server would answer, said before asking it (the same wording). */
export function refusalFor(service: Service, state: IssuingState, at: number): Refusal | null {
  if (state.kind === 'open') return null;
  const error =
    state.kind === 'capReached'
      ? dailyCapRefusal(service)
      : state.kind === 'heldForAppointments'
        ? heldRefusal(service, state.held, state.heldUntil)
        : issuingRefusal(service, at);
  return error ? { text: error.text, code: error.code } : null;
}

const ONLINE_WORDS = ['vneid', foldText('trực tuyến'), 'online'];

/** The help desk that helps file online: the help service named for VNeID / online filing, else the first. */
export function onlineHelpService(services: Service[]): Service | null {
  const help = services.filter((s) => s.kind === 'help');
  const online = help.find((s) => {
    const name = foldText(`${s.nameVi} ${s.nameEn}`);
    return ONLINE_WORDS.some((word) => name.includes(word));
  });
  return online ?? help[0] ?? null;
}
