/**
 * When the search's best hit is a guess (a slip read as another word, or a runner-up close behind), the greeter
 * does not preview one procedure's papers as if it were the answer: it shows the two or three closest, so the
 * volunteer asks the citizen which one. ↓ (or a tap) goes on to a procedure's papers.
 */
import type { ProcedureMatch } from '../../../../shared/procedure-search';
import type { Procedure } from '../../../../shared/procedures';
import { nameOf } from '../../../../shared/names';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';

export function WeakMatches(props: {
  query: string;
  matches: ProcedureMatch<Procedure>[];
  onChoose: (procedure: Procedure) => void;
}) {
  const { t } = useTranslation('greeter');
  const localized = useLocalized();
  const { services } = useCenter();
  return (
    <article className="weak-matches" aria-labelledby="weak-matches-title">
      <h2 id="weak-matches-title" className="weak-matches__title">
        {t('search.weakTitle')}
      </h2>
      <p className="weak-matches__lead">{t('search.weakLead', { query: props.query.trim() })}</p>
      <ol className="weak-matches__list">
        {props.matches.slice(0, 3).map(({ procedure }) => {
          const service = services.find((s) => s.id === procedure.serviceId);
          return (
            <li key={procedure.id} style={{ '--service-color': service?.color ?? '#888' } as React.CSSProperties}>
              <button
                type="button"
                className="weak-matches__choice"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => props.onChoose(procedure)}
              >
                <span className="weak-matches__name">{localized(nameOf(procedure))}</span>
                <span className="weak-matches__service">
                  <span className="weak-matches__prefix">{service?.prefix}</span>{' '}
                  {service ? localized(nameOf(service)) : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="weak-matches__hint">{t('search.weakHint')}</p>
    </article>
  );
}
