/**
 * Whether a service card can issue right now, before anyone taps it: the shared rules of src/shared/issuing.ts
 * (days, hours, daily cap) applied to the live count of numbers issued today.
 */
import { useMemo } from 'react';
import { foldText } from '../../../../shared/procedure-search';
import type { Service } from '../../../../shared/domain';
import { dailyCapRefusal, issuingRefusal, issuingStateOf, type IssuingState } from '../../../../shared/issuing';
import { useNow } from '../../hooks/use-now';
import { useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import type { Refusal } from './use-issuing';

/** Each active service's state, refreshed every 20 s (an issuing window opens or closes on the minute). */
export function useIssuingStates(services: Service[]): Map<number, IssuingState> {
  const now = useNow(20_000);
  const { queue } = useCenter();
  return useMemo(() => {
    const issuedToday = new Map(queue.services.map((s) => [s.serviceId, s.issuedToday]));
    return new Map(services.map((s) => [s.id, issuingStateOf(s, now, issuedToday.get(s.id) ?? 0)]));
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
      case 'outsideHours':
        return state.opensAt ? t('state.outsideHoursUntil', { time: state.opensAt }) : t('state.outsideHoursOver');
      case 'notToday':
        return t('state.notToday');
      case 'inactive':
        return t('state.inactive');
    }
  };
}

/** What the server would answer, said before asking it (the same wording). */
export function refusalFor(service: Service, state: IssuingState, at: number): Refusal | null {
  if (state.kind === 'open') return null;
  const error = state.kind === 'capReached' ? dailyCapRefusal(service) : issuingRefusal(service, at);
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
