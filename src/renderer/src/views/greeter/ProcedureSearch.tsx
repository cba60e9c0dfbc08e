/**
 * The search box that opens the greeter: the volunteer types what the citizen says and the matching procedures
 * appear as they type (searched on this screen, no round trip). ↑ ↓ move, Enter or a tap chooses, Esc clears.
 */
import { useId, type KeyboardEvent, type Ref } from 'react';
import type { ProcedureMatch } from '../../../../shared/procedure-search';
import type { Procedure } from '../../../../shared/procedures';
import { useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { nameOf } from '../../../../shared/names';

export const SEARCH_LIMIT = 6;

export function ProcedureSearchBox({
  inputRef,
  query,
  matches,
  highlight,
  onHighlight,
  onQuery,
  onChoose,
  onLeave,
}: {
  inputRef: Ref<HTMLInputElement>;
  query: string;
  matches: ProcedureMatch<Procedure>[];
  /** The result ↑ ↓ point at (the screen previews it). */
  highlight: number;
  onHighlight: (index: number) => void;
  onQuery: (query: string) => void;
  onChoose: (procedure: Procedure) => void;
  /** Esc on an empty box: leave it. */
  onLeave: () => void;
}) {
  const { t } = useTranslation('greeter');
  const id = useId();
  const current = Math.min(highlight, Math.max(0, matches.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const handled = () => {
      event.preventDefault();
      // The screen's own keys (Enter issues, Esc clears everything) must not act on the same press.
      event.stopPropagation();
    };
    if (event.key === 'ArrowDown' && matches.length > 0) {
      onHighlight((current + 1) % matches.length);
      handled();
    } else if (event.key === 'ArrowUp' && matches.length > 0) {
      onHighlight((current - 1 + matches.length) % matches.length);
      handled();
    } else if (event.key === 'Enter' && matches[current]) {
      onChoose(matches[current].procedure);
      handled();
    } else if (event.key === 'Escape') {
      if (query) onQuery('');
      else onLeave();
      handled();
    }
  };

  return (
    <div className="procedure-search" role="search">
      <label className="procedure-search__label" htmlFor={`${id}-input`}>
        {t('search.label')} <kbd>/</kbd>
      </label>
      <div className="procedure-search__box">
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="procedure-search__input"
          type="search"
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls={`${id}-results`}
          aria-activedescendant={matches.length > 0 ? `${id}-result-${current}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={query}
          maxLength={120}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {query.trim() !== '' && (
        <ProcedureResults id={id} query={query} matches={matches} highlight={current} onChoose={onChoose} />
      )}
    </div>
  );
}

function ProcedureResults(props: {
  id: string;
  query: string;
  matches: ProcedureMatch<Procedure>[];
  highlight: number;
  onChoose: (procedure: Procedure) => void;
}) {
  const { t } = useTranslation('greeter');
  const localized = useLocalized();
  const { services } = useCenter();
  if (props.matches.length === 0)
    return (
      <p className="procedure-search__none" role="status">
        {t('search.none', { query: props.query.trim() })}
      </p>
    );
  return (
    <>
      <p className="procedure-search__count" role="status">
        {t('search.results', { count: props.matches.length })}
      </p>
      <ul className="procedure-results" id={`${props.id}-results`} role="listbox" aria-label={t('search.label')}>
        {props.matches.map(({ procedure }, index) => {
          const service = services.find((s) => s.id === procedure.serviceId);
          return (
            <li
              key={procedure.id}
              id={`${props.id}-result-${index}`}
              role="option"
              aria-selected={index === props.highlight}
              className={`procedure-result ${index === props.highlight ? 'procedure-result--highlight' : ''}`}
              style={{ '--service-color': service?.color ?? '#888' } as React.CSSProperties}
              // A tap on a touch screen: choose without moving the focus out of the box first.
              onMouseDown={(e) => e.preventDefault()}
              // No highlight on hover: Enter acts on the row the arrows chose, never on one under a resting pointer.
              onClick={() => props.onChoose(procedure)}
            >
              <span className="procedure-result__prefix" aria-hidden="true">
                {service?.prefix}
              </span>
              <span className="procedure-result__body">
                <span className="procedure-result__name">{localized(nameOf(procedure))}</span>
                <span className="procedure-result__meta">
                  {service ? localized(nameOf(service)) : ''}
                  {procedure.onlineFiling && <span className="tag tag--online">{t('guide.online')}</span>}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
