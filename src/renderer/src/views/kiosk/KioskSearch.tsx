/**
 * "Tôi cần làm thủ tục…": the procedure guide's own search (the greeter's, accents optional) typed on the on-screen
 * keyboard, and the services as categories for a citizen who cannot name the procedure.
 */
import { useMemo, useState } from 'react';
import { nameOf } from '../../../../shared/names';
import type { Procedure } from '../../../../shared/procedures';
import type { Service } from '../../api/types';
import { useLocalized, useTranslation } from '../../i18n';
import { useProcedures } from '../../state/use-procedures';
import { KioskKeyboard } from './KioskKeyboard';

const LIMIT = 6;

export function KioskSearch({ services, onChoose }: { services: Service[]; onChoose: (p: Procedure) => void }) {
  const { t } = useTranslation('kiosk');
  const localized = useLocalized();
  const procedures = useProcedures();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<number | null>(null);
  const matches = useMemo(
    () => (query.trim() ? procedures.search.search(query, LIMIT).map((m) => m.procedure) : []),
    [procedures.search, query],
  );
  const listed = category === null ? matches : procedures.active.filter((p) => p.serviceId === category).slice(0, 12);
  return (
    <section className="kiosk-search" aria-label={t('searchTitle')}>
      <h2 className="kiosk__lead">{t('searchTitle')}</h2>
      <output className="kiosk-search__box" aria-live="polite" data-testid="kiosk-query">
        {query || <span className="kiosk-search__placeholder">{t('searchPlaceholder')}</span>}
      </output>
      <p className="kiosk__note">{t('searchAccentFree')}</p>
      {query.trim() !== '' && matches.length === 0 && category === null && (
        <p className="kiosk__note" role="status">
          {t('noMatch', { query: query.trim() })}
        </p>
      )}
      <ul className="kiosk-results">
        {listed.map((p) => (
          <li key={p.id}>
            <button type="button" className="kiosk-result" onClick={() => onChoose(p)}>
              {localized(nameOf(p))}
            </button>
          </li>
        ))}
      </ul>
      <KioskKeyboard
        value={query}
        onChange={(q) => {
          setCategory(null);
          setQuery(q);
        }}
      />
      <h3 className="kiosk__note">{t('categories')}</h3>
      <div className="kiosk-categories">
        {services.map((s) => (
          <button
            key={s.id}
            type="button"
            className={`kiosk-category ${category === s.id ? 'kiosk-category--chosen' : ''}`}
            aria-pressed={category === s.id}
            style={{ '--service-color': s.color } as React.CSSProperties}
            onClick={() => setCategory(category === s.id ? null : s.id)}
          >
            {localized(nameOf(s))}
          </button>
        ))}
      </div>
    </section>
  );
}
