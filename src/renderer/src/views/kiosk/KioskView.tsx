/**
 * `/kiosk` — the touch screen where a citizen serves themself (role `kiosk`, a public screen: it reads no notes,
 * names or staff). Portrait (1080×1920), landscape (1920×1080) or a tablet. A service tile, a procedure found by
 * name or by area, or an appointment's code; then the priority question; then the number, printed like the
 * greeter's — or, with no printer or a failed print, shown big with its QR to photograph. After 30 s without a
 * touch it goes back to the start. Text ≥ 24 px, contrast ≥ 7:1, targets ≥ 64 px (kiosk.css).
 */
import { useCallback, useMemo, useState } from 'react';
import type { IssueAnswer } from '../../../../shared/api';
import { CODE_ALPHABET, CODE_LENGTH } from '../../../../shared/appointments';
import { nameOf } from '../../../../shared/names';
import { PRIORITY_CLASSES, type PriorityClass } from '../../../../shared/domain';
import type { Procedure } from '../../../../shared/procedures';
import { api, ApiError, errorText } from '../../api/client';
import type { Service } from '../../api/types';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useLocalized, useTranslation, type LocalizedText } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { useIssuingStates } from '../greeter/service-state';
import { usePrintStatus } from '../greeter/use-print-status';
import { KioskDone, type Issued } from './KioskDone';
import { KioskKeyboard } from './KioskKeyboard';
import { KioskSearch } from './KioskSearch';
import { KioskStart } from './KioskStart';
import { useIdleReset } from './use-idle-reset';
import './kiosk.css';

const IDLE_MS = 30_000;
const CODE_ROWS = [CODE_ALPHABET.slice(0, 8), CODE_ALPHABET.slice(8, 20), CODE_ALPHABET.slice(20)];

type Step =
  | { kind: 'start' }
  | { kind: 'search' }
  | { kind: 'code' }
  | { kind: 'priority'; service: Service; procedure: Procedure | null }
  /** After 3 numbers in a minute the server asks, in its own words: "Quý vị đã có số A012 — lấy thêm số?" */
  | { kind: 'confirm'; service: Service; procedure: Procedure | null; priority: PriorityClass; question: LocalizedText }
  | { kind: 'done'; issued: Issued };

export default function KioskView() {
  const { t } = useTranslation('kiosk');
  const localized = useLocalized();
  const center = useCenter();
  const services = useMemo(() => center.services.filter((s) => s.active), [center.services]);
  const states = useIssuingStates(services);
  const prints = usePrintStatus();
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<LocalizedText | null>(null);
  const [busy, setBusy] = useState(false);

  const startOver = useCallback(() => {
    setStep({ kind: 'start' });
    setCode('');
    setProblem(null);
  }, []);
  useIdleReset(step.kind !== 'start' || problem !== null, IDLE_MS, startOver);

  const go = (next: Step) => {
    setProblem(null);
    setStep(next);
  };

  const issue = async (service: Service, procedure: Procedure | null, priority: PriorityClass, confirm = false) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const answer: IssueAnswer = await api.call('issueTicket', {
        serviceId: service.id,
        priority,
        ...(procedure ? { procedureId: procedure.id } : {}),
        ...(confirm ? { confirmRepeat: true } : {}),
      });
      prints.track(answer.ticket.id, answer.print);
      setStep({ kind: 'done', issued: { ticket: answer.ticket, onTime: null } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFIRM_ANOTHER_NUMBER')
        setStep({ kind: 'confirm', service, procedure, priority, question: errorText(error) });
      else setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const checkIn = async () => {
    if (busy || code.length !== CODE_LENGTH) return;
    setBusy(true);
    setProblem(null);
    try {
      const answer = await api.call('checkIn', { code });
      prints.track(answer.ticket.id, answer.print);
      setCode('');
      setStep({ kind: 'done', issued: { ticket: answer.ticket, onTime: answer.onTime } });
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  let body;
  switch (step.kind) {
    case 'start':
      body = (
        <KioskStart
          services={services}
          states={states}
          onService={(service) => go({ kind: 'priority', service, procedure: null })}
          onSearch={() => go({ kind: 'search' })}
          onCode={() => go({ kind: 'code' })}
        />
      );
      break;
    case 'search':
      body = (
        <KioskSearch
          services={services}
          onChoose={(procedure) => {
            const service = services.find((s) => s.id === procedure.serviceId);
            if (service) go({ kind: 'priority', service, procedure });
          }}
        />
      );
      break;
    case 'code':
      body = (
        <section className="kiosk-code" aria-label={t('codeTitle')}>
          <h2 className="kiosk__lead">{t('codeTitle')}</h2>
          <p className="kiosk__note">{t('codeHint')}</p>
          <output className="kiosk-code__box" data-testid="kiosk-code">
            {code.padEnd(CODE_LENGTH, '·')}
          </output>
          <KioskKeyboard rows={CODE_ROWS} value={code} maxLength={CODE_LENGTH} onChange={setCode} />
          <button
            type="button"
            className="kiosk-button kiosk-button--go"
            disabled={busy || code.length !== CODE_LENGTH}
            onClick={() => void checkIn()}
          >
            {t('checkIn')}
          </button>
        </section>
      );
      break;
    case 'priority': {
      const { service, procedure } = step;
      body = (
        <section className="kiosk-priority" aria-label={t('priorityQuestion')}>
          <p className="kiosk-chosen" style={{ '--service-color': service.color } as React.CSSProperties}>
            <strong>{localized(nameOf(service))}</strong>
            {procedure && <span>{t('procedureFor', { name: localized(nameOf(procedure)) })}</span>}
          </p>
          <h2 className="kiosk__lead">{t('priorityQuestion')}</h2>
          <p className="kiosk__note">{t('priorityCheck')}</p>
          <div className="kiosk-priority__choices">
            {PRIORITY_CLASSES.filter((p) => p !== 'none').map((p) => (
              <PriorityButton key={p} priority={p} disabled={busy} onTap={() => void issue(service, procedure, p)} />
            ))}
          </div>
          <button
            type="button"
            className="kiosk-button kiosk-button--go"
            disabled={busy}
            onClick={() => void issue(service, procedure, 'none')}
          >
            {t('priorityNo')}
          </button>
        </section>
      );
      break;
    }
    case 'confirm':
      body = (
        <section className="kiosk-confirm" role="alertdialog" aria-label={t('repeatYes')}>
          <h2 className="kiosk__lead">{localized(step.question)}</h2>
          <div className="kiosk-confirm__choices">
            <button type="button" className="kiosk-button" onClick={startOver}>
              {t('repeatNo')}
            </button>
            <button
              type="button"
              className="kiosk-button kiosk-button--go"
              disabled={busy}
              onClick={() => void issue(step.service, step.procedure, step.priority, true)}
            >
              {t('repeatYes')}
            </button>
          </div>
        </section>
      );
      break;
    case 'done':
      body = <KioskDone issued={step.issued} print={prints.statusOf(step.issued.ticket.id)} />;
      break;
  }

  return (
    <main className="kiosk" lang={localized({ vi: 'vi', en: 'en' })}>
      <header className="kiosk__header">
        <h1 className="kiosk__title">
          {t('welcome')}
          <span className="kiosk__center">
            {localized({ vi: center.settings.centerNameVi, en: center.settings.centerNameEn })}
          </span>
        </h1>
        <LanguageSwitch />
      </header>
      {problem && (
        <p className="kiosk__problem" role="alert">
          {localized(problem)}
        </p>
      )}
      <div className="kiosk__body">{body}</div>
      {step.kind !== 'start' && (
        <footer className="kiosk__footer">
          <button type="button" className="kiosk-button" onClick={startOver}>
            ← {step.kind === 'done' ? t('startOver') : t('back')}
          </button>
          <span className="kiosk__note">{t('idle')}</span>
        </footer>
      )}
    </main>
  );
}

function PriorityButton(props: { priority: PriorityClass; disabled: boolean; onTap: () => void }) {
  const tc = useTranslation('common').t;
  return (
    <button
      type="button"
      className="kiosk-button kiosk-priority__choice"
      disabled={props.disabled}
      onClick={props.onTap}
    >
      {tc(`priority.${props.priority}`)}
    </button>
  );
}
