import type { Procedure } from '../../../../shared/procedures';
import { useLocalized, useTranslation } from '../../i18n';
import { PrintLine } from './PrintLine';
import type { PrintStatus } from './use-print-status';
import { nameOf } from '../../../../shared/names';
import { ReturnVisitButton } from '../../components/ReturnVisitButton';

/**
 * After "Thiếu giấy tờ → về chuẩn bị": what was recorded and how the take-home list printed. Without a printer (or
 * when it failed) the list stays on screen, large, for the citizen to photograph or copy.
 */
export function SentHomeCard(props: { procedure: Procedure; missing: string[]; print: PrintStatus | null }) {
  const { procedure, print } = props;
  const { t } = useTranslation('greeter');
  const localized = useLocalized();
  const name = localized(nameOf(procedure));
  const showList = !print || print.state === 'disabled' || print.state === 'failed';
  return (
    <article className="sent-home" aria-live="polite">
      <p className="sent-home__done">{t('missing.doneHome', { name })}</p>
      {print && print.state !== 'disabled' && <PrintLine status={print} onReprint={null} />}
      <ReturnVisitButton
        label={t('missing.returnVisit')}
        request={() => ({ procedureId: procedure.id, missingPapers: props.missing })}
      />
      {showList && (
        <>
          <p className="sent-home__photo">{t('missing.photoList')}</p>
          <h3 className="sent-home__name">{name}</h3>
          <ol className="sent-home__list">
            {procedure.documents.map((document) => (
              <li key={document} className={props.missing.includes(document) ? 'sent-home__missing' : ''}>
                {document}
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
