/**
 * The chosen procedure, as the volunteer reads it out: where to submit it, the papers to bring, the fee, the time
 * limit and where the result comes back; the online help desk when it can be filed online; and what to do next —
 * issue the number (Enter), or "Thiếu giấy tờ" (T) when papers are missing.
 */
import type { IssuingState } from '../../../../shared/issuing';
import type { Procedure } from '../../../../shared/procedures';
import type { Service } from '../../api/types';
import { useLocalized, useTranslation } from '../../i18n';
import { directionsFor } from '../../state/directions';
import { useCenter } from '../../state/use-center';
import { useStateText } from './service-state';
import { nameOf } from '../../../../shared/names';

export function ProcedureGuide(props: {
  procedure: Procedure;
  /** The service the number will be for: the procedure's own, unless the volunteer picked another. */
  service: Service;
  state: IssuingState | undefined;
  /** The help desk for online filing, offered when the procedure can be filed online. */
  onlineService: Service | null;
  onlineState: IssuingState | undefined;
  busy: boolean;
  onIssue: (service: Service) => void;
  onMissingPapers: () => void;
  onClear: () => void;
  /** While the volunteer looks through the search results: the guide without its buttons. */
  preview?: boolean;
}) {
  const { procedure, service } = props;
  const { t } = useTranslation('greeter');
  const localized = useLocalized();
  const center = useCenter();
  const stateText = useStateText();
  const issuedToday = (s: Service) => center.queue.services.find((q) => q.serviceId === s.id)?.issuedToday ?? 0;
  const own = center.services.find((s) => s.id === procedure.serviceId) ?? service;
  const { zone, points } = directionsFor(own, center.zones, center.servicePoints);
  const counters = points.filter((p) => p.kind === 'counter').map((p) => p.number);
  const closed = stateText(props.state, issuedToday(service));
  const name = (s: Service) => localized(nameOf(s));
  const offerOnline = procedure.onlineFiling && props.onlineService && props.onlineService.id !== service.id;
  const onlineClosed = props.onlineService ? stateText(props.onlineState, issuedToday(props.onlineService)) : null;
  return (
    <article
      className={`guide ${props.preview ? 'guide--preview' : ''}`}
      aria-labelledby="guide-name"
      style={{ '--service-color': own.color } as React.CSSProperties}
    >
      <div className="guide__body">
        <div className="guide__top">
          <p className="guide__label">
            {t('guide.label')}
            {!procedure.checked && <span className="tag tag--reference">{t('guide.reference')}</span>}
            {procedure.onlineFiling && <span className="tag tag--online">{t('guide.online')}</span>}
          </p>
          {!props.preview && (
            <button type="button" className="button button--quiet button--small guide__clear" onClick={props.onClear}>
              {t('guide.clear')} <kbd>Esc</kbd>
            </button>
          )}
        </div>
        <h2 className="guide__name" id="guide-name">
          {localized(nameOf(procedure))}
        </h2>
        <p className="guide__where">
          <span className="guide__where-label">{t('guide.submitAt')}</span>{' '}
          <strong className="guide__service">
            <span className="guide__prefix">{own.prefix}</span> {name(own)}
          </strong>
          {zone && ` · ${localized(nameOf(zone))}`}
          {zone && localized({ vi: zone.directionsVi, en: zone.directionsEn }) && (
            <> ({localized({ vi: zone.directionsVi, en: zone.directionsEn })})</>
          )}
          {counters.length > 0 && (
            <>
              {' · '}
              <strong>{t('counters', { list: counters.join(', ') })}</strong>
            </>
          )}
        </p>
        <section className="guide__documents" aria-labelledby="guide-documents">
          <h3 id="guide-documents">{t('guide.documents')}</h3>
          {procedure.documents.length === 0 ? (
            <p className="muted">{t('guide.noDocuments')}</p>
          ) : (
            <ol>
              {procedure.documents.map((document) => (
                <li key={document}>{document}</li>
              ))}
            </ol>
          )}
        </section>
        <dl className="guide__facts">
          {procedure.fee && <Fact term={t('guide.fee')} value={procedure.fee} />}
          {procedure.timeLimit && <Fact term={t('guide.timeLimit')} value={procedure.timeLimit} />}
          {procedure.resultAt && <Fact term={t('guide.resultAt')} value={procedure.resultAt} />}
        </dl>
        {!procedure.checked && <p className="guide__reference">{t('guide.referenceNote')}</p>}
      </div>
      {props.preview ? (
        <footer className="guide__footer guide__footer--preview">
          <p>{t('guide.previewHint')}</p>
        </footer>
      ) : (
        <footer className="guide__footer">
          {offerOnline && (
            <div className="guide__online">
              <p>{t('guide.onlineHint')}</p>
              <button
                type="button"
                className="button button--small"
                disabled={props.busy || onlineClosed !== null}
                onClick={() => props.onIssue(props.onlineService!)}
              >
                {t('guide.issueOnline', { prefix: props.onlineService!.prefix })}
              </button>
            </div>
          )}
          {service.id !== own.id && (
            <p className="guide__as">{t('guide.issuingAs', { prefix: service.prefix, service: name(service) })}</p>
          )}
          {closed && (
            <p className="notice notice--warning guide__closed" role="status">
              {t('guide.serviceClosed', { reason: closed })}
            </p>
          )}
          <div className="guide__actions">
            <button
              type="button"
              className="button button--primary guide__issue"
              disabled={props.busy || closed !== null}
              onClick={() => props.onIssue(service)}
            >
              {t('guide.issueFor', { prefix: service.prefix })} <kbd>Enter</kbd>
            </button>
            <button type="button" className="button" onClick={props.onMissingPapers}>
              {t('guide.missingPapers')} <kbd>T</kbd>
            </button>
          </div>
        </footer>
      )}
    </article>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="guide__fact">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
