/**
 * One setup list: the items on the left, the form for the chosen one (or a new one) on the right. Nothing is
 * deleted here — items are retired with their "active" box — so the list only adds and edits.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n';

/** What a form reports when it is done: the message to show, or null when it was cancelled. */
export type FormDone = (message: string | null) => void;

export function SetupSection<T extends { id: number }>(props: {
  title: string;
  intro: string;
  addLabel: string;
  emptyText: string;
  items: T[];
  /** A grey "retired" mark for items not in use. */
  isRetired?: (item: T) => boolean;
  itemLabel: (item: T) => string;
  renderSummary: (item: T) => ReactNode;
  renderForm: (item: T | null, done: FormDone) => ReactNode;
  footnote?: string;
  /** Above the list, e.g. a filter for a long list. */
  toolbar?: ReactNode;
}) {
  const { t } = useTranslation('admin');
  const [selected, setSelected] = useState<'new' | number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const formArea = useRef<HTMLDivElement>(null);
  // An opened form takes the focus (its title), so the keyboard and the eye both land on it.
  useEffect(() => {
    if (selected !== null) formArea.current?.querySelector<HTMLElement>('.admin-form__title')?.focus();
  }, [selected]);
  const editing = typeof selected === 'number' ? (props.items.find((i) => i.id === selected) ?? null) : null;

  const choose = (next: 'new' | number | null) => {
    setSelected(next);
    setMessage(null);
  };
  const done: FormDone = (doneMessage) => {
    setSelected(null);
    setMessage(doneMessage);
  };

  return (
    <section className="admin-section" aria-labelledby="admin-section-title">
      <div className="admin-section__head">
        <div>
          <h2 id="admin-section-title">{props.title}</h2>
          <p className="admin-intro">{props.intro}</p>
        </div>
        <button type="button" className="admin-button admin-button--primary" onClick={() => choose('new')}>
          + {props.addLabel}
        </button>
      </div>
      <div className="admin-split">
        <div className="admin-split__list">
          {props.toolbar}
          {message && (
            <p className="admin-message admin-message--ok" role="status">
              {message}
            </p>
          )}
          {props.items.length === 0 ? (
            <p className="admin-empty">{props.emptyText}</p>
          ) : (
            <ul className="admin-list">
              {props.items.map((item) => {
                const retired = props.isRetired?.(item) ?? false;
                return (
                  <li key={item.id}>
                    <button
                      type="button"
                      className={`admin-list__item${retired ? ' admin-list__item--retired' : ''}`}
                      aria-current={selected === item.id ? 'true' : undefined}
                      aria-label={`${t('form.edit')}: ${props.itemLabel(item)}`}
                      onClick={() => choose(item.id)}
                    >
                      <span className="admin-list__summary">{props.renderSummary(item)}</span>
                      {retired && <span className="admin-badge admin-badge--muted">{t('form.inactive')}</span>}
                      <span className="admin-list__edit" aria-hidden="true">
                        {t('form.edit')}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {props.footnote && <p className="admin-footnote">{props.footnote}</p>}
        </div>
        <div className="admin-split__form" ref={formArea}>
          {selected === null || (selected !== 'new' && !editing) ? (
            <p className="admin-placeholder">{t('form.chooseOrAdd', { add: props.addLabel })}</p>
          ) : (
            <div className="admin-card" key={String(selected)}>
              {props.renderForm(editing, done)}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

/** The title line of a form: "Dịch vụ mới" or "Sửa: Tư pháp – Hộ tịch". */
export function FormTitle({ text }: { text: string }) {
  return (
    <h3 className="admin-form__title" tabIndex={-1}>
      {text}
    </h3>
  );
}
