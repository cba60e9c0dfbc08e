/** An unhappy citizen may say why: four large choices and an optional comment; sending without any is fine. */
import { useState } from 'react';
import {
  COMMENT_MAX,
  RATING_LEVEL_TEXT,
  RATING_REASON_TEXT,
  RATING_REASONS,
  type RatingLevel,
  type RatingReason,
} from '../../../../shared/rating';
import { useLocalized, useTranslation } from '../../i18n';
import { Face } from './Face';

export function ReasonsStep({
  level,
  onSend,
}: {
  level: RatingLevel;
  onSend: (reasons: RatingReason[], comment: string) => void;
}) {
  const { t } = useTranslation('rating');
  const localized = useLocalized();
  const [chosen, setChosen] = useState<RatingReason[]>([]);
  const [comment, setComment] = useState('');
  const toggle = (reason: RatingReason) =>
    setChosen((now) => (now.includes(reason) ? now.filter((r) => r !== reason) : [...now, reason]));

  return (
    <section className="rating__why">
      <div className="rating__chosen">
        <Face level={level} size={72} />
        <span>{localized(RATING_LEVEL_TEXT[level])}</span>
      </div>
      <h1>{t('whyTitle')}</h1>
      {/* Optional, and says so: the skip button is always there. */}
      <div className="rating__reasons">
        {RATING_REASONS.map((reason) => (
          <button
            key={reason}
            type="button"
            className="rating__reason"
            aria-pressed={chosen.includes(reason)}
            onClick={() => toggle(reason)}
          >
            {localized(RATING_REASON_TEXT[reason])}
          </button>
        ))}
      </div>
      <label className="rating__comment">
        <span>{t('commentLabel')}</span>
        <textarea value={comment} maxLength={COMMENT_MAX} rows={2} onChange={(e) => setComment(e.target.value)} />
      </label>
      <div className="rating__actions">
        <button type="button" className="rating__skip" onClick={() => onSend([], '')}>
          {t('skip')}
        </button>
        <button type="button" className="rating__send" onClick={() => onSend(chosen, comment.trim())}>
          {t('send')}
        </button>
      </div>
    </section>
  );
}
