/**
 * `/greeter` — the entrance. One tap on a service issues the number; a trained volunteer uses the keyboard:
 * a digit picks the service, U toggles priority, Enter issues. The number is then shown huge with where to go.
 */
import { useState } from 'react';
import { PRIORITY_CLASSES, type PrintAnswer, type PriorityClass } from '../../../../shared/domain';
import { api, errorText } from '../../api/client';
import type { Service, Ticket } from '../../api/types';
import { ScreenHeader } from '../../components/ScreenHeader';
import { isTyping, useHotkeys } from '../../hooks/use-hotkeys';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { IssuedTicketCard } from './IssuedTicketCard';
import { PrintLine } from './PrintLine';
import { ServiceButton } from './ServiceButton';
import { usePrintStatus, type PrintStatus } from './use-print-status';

export interface IssueAnswer {
  ticket: Ticket;
  print?: PrintAnswer;
}

const PRIORITY_CHOICES = PRIORITY_CLASSES.filter((p) => p !== 'none');

export default function GreeterView() {
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const localized = useLocalized();
  const center = useCenter();
  const services = center.services.filter((s) => s.active);
  const [selected, setSelected] = useState<number | null>(null);
  const [priority, setPriority] = useState<PriorityClass>('none');
  const [lastPriority, setLastPriority] = useState<PriorityClass>('elderly');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<LocalizedText | null>(null);
  const [issued, setIssued] = useState<IssueAnswer[]>([]);
  const prints = usePrintStatus();

  const choosePriority = (p: PriorityClass) => {
    setPriority(p);
    if (p !== 'none') setLastPriority(p);
  };

  const issue = async (service: Service) => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    setSelected(service.id);
    try {
      const answer = await api.act<IssueAnswer>('/api/tickets', {
        serviceId: service.id,
        priority,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setIssued((list) => [answer, ...list].slice(0, 8));
      prints.track(answer.ticket.id, answer.print);
      setPriority('none');
      setNote('');
      setSelected(null);
    } catch (error) {
      setRefusal(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  useHotkeys((event) => {
    if (event.key === 'Enter') {
      const service = services.find((s) => s.id === selected);
      if (service) void issue(service);
      return !!service;
    }
    if (event.key === 'Escape') {
      setSelected(null);
      setPriority('none');
      setRefusal(null);
      return true;
    }
    if (isTyping(event)) return false;
    if (/^[1-9]$/.test(event.key)) {
      const service = services[Number(event.key) - 1];
      if (service) setSelected(service.id);
      return !!service;
    }
    if (event.key === 'u' || event.key === 'U') {
      choosePriority(priority === 'none' ? lastPriority : 'none');
      return true;
    }
    return false;
  });

  const latest = issued[0];
  return (
    <div className="screen greeter">
      <ScreenHeader title={t('title')} connected={center.connected} />
      <main className="greeter__main">
        <section className="greeter__choose" aria-labelledby="choose-title">
          <h2 id="choose-title" className="section-title">
            {t('chooseService')}
          </h2>
          <div className="service-grid">
            {services.map((service, index) => (
              <ServiceButton
                key={service.id}
                service={service}
                hotkey={index < 9 ? String(index + 1) : null}
                selected={selected === service.id}
                disabled={busy}
                onIssue={() => void issue(service)}
              />
            ))}
          </div>
          <fieldset className="priority-picker">
            <legend>
              {t('priorityTitle')} <kbd>U</kbd>
            </legend>
            <button
              type="button"
              className={`chip ${priority === 'none' ? 'chip--on' : ''}`}
              aria-pressed={priority === 'none'}
              onClick={() => choosePriority('none')}
            >
              {tc('priority.none')}
            </button>
            {PRIORITY_CHOICES.map((p) => (
              <button
                key={p}
                type="button"
                className={`chip chip--priority ${priority === p ? 'chip--on' : ''}`}
                aria-pressed={priority === p}
                onClick={() => choosePriority(p)}
              >
                {tc(`priority.${p}`)}
              </button>
            ))}
          </fieldset>
          <label className="field greeter__note">
            <span className="field__label">{t('noteLabel')}</span>
            <input
              value={note}
              maxLength={200}
              placeholder={t('notePlaceholder')}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <p className="key-hint">{t('keyHint')}</p>
        </section>
        <section className="greeter__result" aria-live="polite">
          {refusal && (
            <div className="notice notice--error" role="alert">
              <h2>{t('refusedTitle')}</h2>
              <p>{localized(refusal)}</p>
            </div>
          )}
          {latest && (
            <IssuedTicketCard answer={latest}>
              <PrintLine
                status={prints.statusOf(latest.ticket.id)}
                onReprint={() => void prints.reprint(latest.ticket.id)}
              />
            </IssuedTicketCard>
          )}
          <RecentTickets issued={issued.slice(1)} statusOf={prints.statusOf} onReprint={prints.reprint} />
        </section>
      </main>
    </div>
  );
}

function RecentTickets(props: {
  issued: IssueAnswer[];
  statusOf: (ticketId: number) => PrintStatus | null;
  onReprint: (ticketId: number) => Promise<void>;
}) {
  const { issued } = props;
  const { t } = useTranslation('greeter');
  const tc = useTranslation('common').t;
  const center = useCenter();
  const localized = useLocalized();
  if (issued.length === 0) return null;
  return (
    <div className="recent">
      <h3 className="section-title">{t('recentTitle')}</h3>
      <ul className="recent__list">
        {issued.map(({ ticket }) => {
          const service = center.services.find((s) => s.id === ticket.serviceId);
          return (
            <li key={ticket.id} className="recent__item">
              <strong className="recent__code">{ticket.displayCode}</strong>
              <span>{service ? localized({ vi: service.nameVi, en: service.nameEn }) : ''}</span>
              {ticket.priority !== 'none' && <span className="badge badge--priority">{tc('priorityShort')}</span>}
              <PrintLine compact status={props.statusOf(ticket.id)} onReprint={() => void props.onReprint(ticket.id)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
