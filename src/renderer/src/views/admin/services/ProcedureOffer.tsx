/**
 * After a service is added or renamed (issue 19 §4): the catalogue's procedures its name calls for that still
 * issue to another service, ticked, with one button that moves them — so "sao y" stops issuing to Hộ tịch the
 * moment a "Chứng thực" service exists.
 */
import { useEffect, useRef, useState } from 'react';
import type { ProcedureOffer as Offer } from '../../../../../shared/procedures';
import { api, errorText } from '../../../api/client';
import type { Service } from '../../../api/types';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { useProcedures } from '../../../state/use-procedures';
import { nameText } from '../kit/form-kit';
import './procedure-offer.css';

export function ProcedureOffer({ service, onClose }: { service: Service; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { services } = useCenter();
  const procedures = useProcedures();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const name = localized(nameText(service));
  const box = useRef<HTMLElement>(null);
  // Saved from a form far down a long list: the offer comes into view, or a manager would never see it.
  useEffect(() => box.current?.scrollIntoView({ block: 'nearest' }), [offer]);

  useEffect(() => {
    let current = true;
    api.call('procedureOffer', { id: service.id }).then(
      (answer) => {
        if (!current) return;
        setOffer(answer);
        setChosen(new Set(answer.procedures.map((p) => p.id)));
      },
      () => current && onClose(),
    );
    return () => {
      current = false;
    };
  }, [service.id, onClose]);

  if (outcome?.ok)
    return (
      <p className="admin-message admin-message--ok" role="status">
        {outcome.text}{' '}
        <button type="button" className="admin-button admin-button--link" onClick={onClose}>
          {t('services.offer.close')}
        </button>
      </p>
    );
  if (!offer || offer.procedures.length === 0) return null;

  const move = async () => {
    setBusy(true);
    try {
      const { moved } = await api.submit('moveProcedures', { id: service.id, procedureIds: [...chosen] });
      procedures.reload();
      setOutcome({ ok: true, text: t('services.offer.moved', { count: moved, name }) });
    } catch (error) {
      setOutcome({ ok: false, text: localized(errorText(error)) });
    } finally {
      setBusy(false);
    }
  };
  const serviceName = (id: number) => {
    const found = services.find((s) => s.id === id);
    return found ? `${found.prefix} · ${localized(nameText(found))}` : '';
  };
  return (
    <section ref={box} className="procedure-offer" aria-labelledby="procedure-offer-title">
      <h3 id="procedure-offer-title">{t('services.offer.title', { count: offer.procedures.length, name })}</h3>
      <p className="admin-intro">{t('services.offer.intro')}</p>
      <ul className="procedure-offer__list">
        {offer.procedures.map((p) => (
          <li key={p.id}>
            <label className="procedure-offer__item">
              <input
                type="checkbox"
                checked={chosen.has(p.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(p.id);
                  else next.delete(p.id);
                  setChosen(next);
                }}
              />
              <span>
                {localized(nameText(p))}
                <span className="procedure-offer__now">
                  {t('services.offer.now', { service: serviceName(p.serviceId) })}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {outcome && !outcome.ok && (
        <p className="admin-message admin-message--error" role="alert">
          {outcome.text}
        </p>
      )}
      <div className="procedure-offer__actions">
        <button
          type="button"
          className="admin-button admin-button--primary"
          disabled={busy || chosen.size === 0}
          onClick={() => void move()}
        >
          {t('services.offer.move', { count: chosen.size, name })}
        </button>
        <button type="button" className="admin-button" onClick={onClose}>
          {t('services.offer.later')}
        </button>
      </div>
    </section>
  );
}
