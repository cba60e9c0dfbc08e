import { useEffect, useRef, useState } from 'react';
import type { Ticket } from '../../api/types';
import { ReturnVisitButton } from '../../components/ReturnVisitButton';
import { useTranslation } from '../../i18n';
import { useProcedures } from '../../state/use-procedures';

/**
 * "Hẹn bổ sung" (issue 22): the case's papers are incomplete, so the counter ticks what is still missing (from the
 * procedure's list, when the citizen said which procedure) and one tap books the return with its slip — the same
 * booking as the greeter's "thiếu giấy tờ".
 */
export function ReturnVisitOffer({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('counter');
  const procedure = useProcedures().byId(ticket.procedureId);
  const [missing, setMissing] = useState<string[]>([]);
  const offer = useRef<HTMLDivElement>(null);
  // Chosen "hồ sơ chưa đủ" on a short screen: the papers and the booking button come into sight.
  useEffect(() => {
    offer.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const toggle = (paper: string, on: boolean) =>
    setMissing((list) => (on ? [...list, paper] : list.filter((p) => p !== paper)));
  return (
    <div className="return-visit" ref={offer}>
      {procedure && procedure.documents.length > 0 && (
        <fieldset className="choice-list">
          <legend>{t('returnVisit.missing')}</legend>
          {procedure.documents.map((paper) => (
            <label key={paper} className="choice">
              <input
                type="checkbox"
                checked={missing.includes(paper)}
                onChange={(e) => toggle(paper, e.target.checked)}
              />
              {paper}
            </label>
          ))}
        </fieldset>
      )}
      <ReturnVisitButton
        label={t('returnVisit.button')}
        request={() => ({
          ticketId: ticket.id,
          missingPapers: procedure ? procedure.documents.filter((p) => missing.includes(p)) : [],
        })}
      />
    </div>
  );
}
