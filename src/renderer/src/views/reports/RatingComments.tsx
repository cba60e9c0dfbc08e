/**
 * What citizens wrote with their rating, newest first: the words, and the visit they are about (day and time,
 * number, point, how satisfied, why). No staff name here — the figures by staff member are in the table above.
 */
import { RATING_LEVEL_TEXT, RATING_REASON_TEXT, type RatingFigures } from '../../../../shared/rating';
import { formatDateTime } from '../../../../shared/time';
import { useLocalized, useTranslation } from '../../i18n';
import { LEVEL_COLOURS } from './rating-charts';

export function RatingComments({ figures }: { figures: RatingFigures }) {
  const { t } = useTranslation('reportRatings');
  const localized = useLocalized();
  const { comments, total } = figures;
  return (
    <section className="report-section" aria-labelledby="rating-comments">
      <div className="report-section__head">
        <h2 id="rating-comments">{t('comments.title')}</h2>
      </div>
      <p className="report-footnote">{t('comments.privacy')}</p>
      {comments.length === 0 ? (
        <p className="report-empty">{t('comments.none')}</p>
      ) : (
        <>
          {comments.length < total.comments && (
            <p className="report-footnote">{t('comments.count', { shown: comments.length, total: total.comments })}</p>
          )}
          <ul className="rating-comments">
            {comments.map((c) => (
              <li key={c.ticketId} className="rating-comment">
                <p className="rating-comment__text">“{c.text}”</p>
                <p className="rating-comment__about">
                  <span
                    className="rating-comment__level"
                    style={{ borderColor: c.level ? LEVEL_COLOURS[c.level] : undefined }}
                  >
                    {c.level ? localized(RATING_LEVEL_TEXT[c.level]) : '—'}
                  </span>
                  {c.reasons.length > 0 && (
                    <span>{c.reasons.map((r) => localized(RATING_REASON_TEXT[r])).join(', ')}</span>
                  )}
                  <span>{t('comments.ticket', { code: c.displayCode })}</span>
                  <span>{localized(c.point)}</span>
                  <span>{formatDateTime(c.at)}</span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
