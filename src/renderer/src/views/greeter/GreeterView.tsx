/**
 * `/greeter` — the entrance. The volunteer types what the citizen says ("khai sinh cho con"), chooses the
 * procedure, reads out where to go and the papers to bring, and issues the number (Enter) — or, when papers are
 * missing, sends the citizen home with the list or to a help desk. A citizen who cannot name the procedure is
 * served by service, as before: one tap on a service card, or its digit and Enter.
 */
import { useMemo, useRef, useState } from 'react';
import type { PriorityClass } from '../../../../shared/domain';
import type { Procedure } from '../../../../shared/procedures';
import { errorText } from '../../api/client';
import type { Service } from '../../api/types';
import { NoteField } from '../../components/NoteField';
import { ScreenHeader } from '../../components/ScreenHeader';
import { isTyping, useHotkeys } from '../../hooks/use-hotkeys';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { useProcedures } from '../../state/use-procedures';
import { AppointmentCheckIn } from './AppointmentCheckIn';
import { CancelTicketDialog } from './CancelTicketDialog';
import { IssueResults, type SentHome } from './IssueResults';
import { KioskTickets } from './KioskTickets';
import { MissingPapersDialog, type MissingPapersChoice } from './MissingPapersDialog';
import { logHelpDesk, missingPapersNote, sendHome } from './missing-papers';
import { PriorityPicker, priorityForKey } from './PriorityPicker';
import { ProcedureGuide } from './ProcedureGuide';
import { ProcedureSearchBox, SEARCH_LIMIT } from './ProcedureSearch';
import { ServiceButton } from './ServiceButton';
import { WeakMatches } from './WeakMatches';
import { onlineHelpService, refusalFor, useIssuingStates } from './service-state';
import { useIssuing, type IssuedEntry } from './use-issuing';
import './issuing.css';
import './greeter.css';

type Dialog = { kind: 'missingPapers' } | { kind: 'cancel'; entry: IssuedEntry };

/** Out of any text field: the next digit picks a service again, the next Enter issues. */
function leaveTextField() {
  const active = document.activeElement as HTMLElement | null;
  if (active && active !== document.body) active.blur();
}

export default function GreeterView() {
  const { t } = useTranslation('greeter');
  const localized = useLocalized();
  const center = useCenter();
  const services = useMemo(() => center.services.filter((s) => s.active), [center.services]);
  const states = useIssuingStates(services);
  const procedures = useProcedures();
  const issuing = useIssuing(center.connected);
  const searchInput = useRef<HTMLInputElement>(null);

  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [priority, setPriority] = useState<PriorityClass>('none');
  const [note, setNote] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [sentHome, setSentHome] = useState<SentHome | null>(null);
  const [problem, setProblem] = useState<LocalizedText | null>(null);

  const found = useMemo(() => procedures.search.lookup(query, SEARCH_LIMIT), [procedures.search, query]);
  const matches = found.matches;
  // A weak best hit shows the two or three closest until the arrows go through the list.
  const [browsing, setBrowsing] = useState(false);
  const selectedService = services.find((s) => s.id === selected) ?? null;
  const onlineService = onlineHelpService(services);
  const helpServices = services.filter((s) => s.kind === 'help');
  const lastPrint = issuing.issued[0]?.print;

  const startOver = () => {
    setProcedure(null);
    setSelected(null);
    setPriority('none');
    setNote('');
    setQuery('');
    setSentHome(null);
    setProblem(null);
    leaveTextField();
  };

  const chooseProcedure = (chosen: Procedure) => {
    setProcedure(chosen);
    setSelected(chosen.serviceId);
    setQuery('');
    setSentHome(null);
    issuing.clearRefusal();
    leaveTextField();
  };

  /** Picks a service by card or digit; one that cannot issue now says why instead. */
  const pickService = (service: Service) => {
    const refusal = refusalFor(service, states.get(service.id) ?? { kind: 'open' }, Date.now());
    if (refusal) return issuing.refuse(refusal);
    issuing.clearRefusal();
    setSelected(service.id);
  };

  const issue = async (service: Service, extraNote?: string) => {
    const refusal = refusalFor(service, states.get(service.id) ?? { kind: 'open' }, Date.now());
    if (refusal) {
      issuing.refuse(refusal);
      return { ok: false as const, refusal };
    }
    const text = [note.trim(), extraNote].filter(Boolean).join(' · ').slice(0, 200);
    const outcome = await issuing.issue({
      serviceId: service.id,
      priority,
      ...(text ? { note: text } : {}),
      ...(procedure ? { procedureId: procedure.id } : {}),
    });
    if (outcome?.ok) startOver();
    return outcome;
  };

  /** An appointment's code (issue 22): its number, with the priority chosen here; the choice starts over. */
  const checkIn = async (code: string) => {
    const outcome = await issuing.checkIn({ code, priority });
    if (outcome?.ok) startOver();
    return !!outcome?.ok;
  };

  const sendAway = async (choice: MissingPapersChoice): Promise<LocalizedText | null> => {
    if (!procedure) return null;
    if (choice.action === 'home') {
      try {
        const answer = await sendHome(procedure.id, choice.missing);
        issuing.prints.track(-answer.id, answer.print ?? undefined);
        setDialog(null);
        startOver();
        setSentHome({ procedure, missing: choice.missing, printKey: -answer.id });
        return null;
      } catch (error) {
        return errorText(error);
      }
    }
    const help = services.find((s) => s.id === choice.helpServiceId);
    if (!help) return null;
    const outcome = await issue(help, missingPapersNote(choice.missing));
    if (!outcome) return null;
    if (!outcome.ok) return outcome.refusal.text;
    setDialog(null);
    setProblem(await logHelpDesk(procedure.id, outcome.answer.ticket.id, choice.missing));
    return null;
  };

  useHotkeys((event) => {
    // An open dialog has the keyboard: its Enter confirms it, its Esc closes it.
    if (dialog) return false;
    if (event.key === 'Enter') {
      // A focused button answers Enter itself; so does the appointment code's form.
      const target = event.target as HTMLElement | null;
      if (target?.tagName === 'BUTTON' || target?.closest('.check-in')) return false;
      if (selectedService) void issue(selectedService);
      return !!selectedService;
    }
    if (event.key === 'Escape') {
      startOver();
      issuing.clearRefusal();
      return true;
    }
    if (isTyping(event)) return false;
    if (event.key === '/') {
      searchInput.current?.focus();
      return true;
    }
    if (/^[1-9]$/.test(event.key)) {
      const service = services[Number(event.key) - 1];
      if (service) pickService(service);
      return !!service;
    }
    // Each class has its own key (U: người cao tuổi, whatever a mouse chose before); again: back to Thường.
    const keyed = priorityForKey(event.key);
    if (keyed) {
      setPriority(priority === keyed ? 'none' : keyed);
      return true;
    }
    if ((event.key === 't' || event.key === 'T') && procedure) {
      setDialog({ kind: 'missingPapers' });
      return true;
    }
    return false;
  });

  const searching = query.trim() !== '';
  const preview = matches[Math.min(highlight, matches.length - 1)]?.procedure ?? null;
  const previewService = preview ? (services.find((s) => s.id === preview.serviceId) ?? null) : null;
  return (
    <div className="screen greeter">
      <ScreenHeader title={t('title')} connected={center.connected} />
      <main className="greeter__main">
        <section className="greeter__choose" aria-label={t('search.label')}>
          <ProcedureSearchBox
            inputRef={searchInput}
            query={query}
            matches={matches}
            highlight={highlight}
            onHighlight={(index) => {
              setHighlight(index);
              setBrowsing(true);
            }}
            onQuery={(next) => {
              setQuery(next);
              setBrowsing(false);
              // A new query starts at its best match.
              setHighlight(0);
            }}
            onChoose={chooseProcedure}
            onLeave={leaveTextField}
          />
          {procedures.failure && <p className="notice notice--warning">{t('search.catalogueFailed')}</p>}
          {!searching && (
            <>
              <h2 className="section-title">{procedure ? t('orChooseService') : t('chooseService')}</h2>
              <div className="service-grid">
                {services.map((service, index) => (
                  <ServiceButton
                    key={service.id}
                    service={service}
                    hotkey={index < 9 ? String(index + 1) : null}
                    selected={selected === service.id}
                    disabled={issuing.busy}
                    state={states.get(service.id)}
                    onIssue={() => void issue(service)}
                  />
                ))}
              </div>
            </>
          )}
          <PriorityPicker priority={priority} onChoose={setPriority} />
          <NoteField
            className="greeter__note"
            label={t('noteLabel')}
            value={note}
            maxLength={200}
            placeholder={t('notePlaceholder')}
            onChange={setNote}
          />
          <p className="key-hint">{t('keyHint')}</p>
          <KioskTickets />
        </section>
        <section className="greeter__result" aria-live="polite">
          <AppointmentCheckIn busy={issuing.busy || !center.connected} onCheckIn={checkIn} />
          {!center.connected && (
            <p className="notice notice--error" role="alert">
              {t('connectionLost')}
            </p>
          )}
          {issuing.refusal && (
            <div className="notice notice--error" role="alert">
              <h2>{t('refusedTitle')}</h2>
              <p>{localized(issuing.refusal.text)}</p>
            </div>
          )}
          {problem && (
            <p className="notice notice--warning" role="alert">
              {localized(problem)}
            </p>
          )}
          {!procedure && searching && found.weak && !browsing ? (
            <WeakMatches query={query} matches={matches} onChoose={chooseProcedure} />
          ) : !procedure && searching && preview && previewService ? (
            <ProcedureGuide
              preview
              procedure={preview}
              service={previewService}
              state={states.get(previewService.id)}
              onlineService={onlineService}
              onlineState={undefined}
              busy
              onIssue={() => undefined}
              onMissingPapers={() => undefined}
              onClear={() => undefined}
            />
          ) : procedure && selectedService ? (
            <ProcedureGuide
              procedure={procedure}
              service={selectedService}
              state={states.get(selectedService.id)}
              onlineService={onlineService}
              onlineState={onlineService ? states.get(onlineService.id) : undefined}
              busy={issuing.busy}
              onIssue={(service) => void issue(service)}
              onMissingPapers={() => setDialog({ kind: 'missingPapers' })}
              onClear={startOver}
            />
          ) : (
            <IssueResults
              issuing={issuing}
              sentHome={sentHome}
              onCancel={(entry) => setDialog({ kind: 'cancel', entry })}
            />
          )}
        </section>
      </main>
      {dialog?.kind === 'missingPapers' && procedure && (
        <MissingPapersDialog
          procedure={procedure}
          helpServices={helpServices}
          preferredHelpServiceId={procedure.onlineFiling ? (onlineService?.id ?? null) : null}
          printerReady={lastPrint?.status !== 'disabled'}
          connected={center.connected}
          onConfirm={sendAway}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelTicketDialog
          ticket={dialog.entry.ticket}
          connected={center.connected}
          onCancelled={(reason) => {
            issuing.markCancelled(dialog.entry.ticket.id, reason);
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
