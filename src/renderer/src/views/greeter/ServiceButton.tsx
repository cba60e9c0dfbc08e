import type { IssuingState } from '../../../../shared/issuing';
import type { Service } from '../../api/types';
import { useLocalized, useTranslation } from '../../i18n';
import { newcomerWait } from '../../../../shared/queue-view';
import { useCenter } from '../../state/use-center';
import { useNumbersLeft, useStateText } from './service-state';
import { nameOf } from '../../../../shared/names';

/**
 * A large service button: colour band, prefix, name, how many wait and about how long; one tap issues. A service
 * that cannot issue now says why on the card ("Đã đủ số hôm nay", "Ngoài giờ cấp số") and cannot be tapped.
 */
export function ServiceButton(props: {
  service: Service;
  hotkey: string | null;
  selected: boolean;
  disabled: boolean;
  state: IssuingState | undefined;
  onIssue: () => void;
}) {
  const { service } = props;
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const localized = useLocalized();
  const center = useCenter();
  const stateText = useStateText();
  const queue = center.queue.services.find((s) => s.serviceId === service.id);
  // The one wait (src/shared/estimate.ts): a newcomer has everyone waiting ahead.
  const { ahead: waiting, minutes } = newcomerWait(center.queue, service, center.servicePoints);
  const closed = stateText(props.state, queue?.issuedToday ?? 0);
  const left = useNumbersLeft()(service);
  return (
    <button
      type="button"
      className={`service-button ${props.selected ? 'service-button--selected' : ''} ${closed ? 'service-button--closed' : ''}`}
      style={{ '--service-color': service.color } as React.CSSProperties}
      disabled={props.disabled || closed !== null}
      onClick={props.onIssue}
    >
      <span className="service-button__prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="service-button__body">
        <span className="service-button__name">{localized(nameOf(service))}</span>
        {closed ? (
          <span className="service-button__closed">{closed}</span>
        ) : (
          <span className="service-button__meta">
            {tc('waitingCount', { count: waiting })} ·{' '}
            {minutes === null ? t('noPointOpen') : waiting === 0 ? t('noWait') : t('waitEstimate', { count: minutes })}
            {left && <span className="service-button__left"> · {left}</span>}
          </span>
        )}
      </span>
      {props.hotkey && <kbd className="service-button__key">{props.hotkey}</kbd>}
    </button>
  );
}
