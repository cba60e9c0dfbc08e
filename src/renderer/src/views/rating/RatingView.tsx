/**
 * `/rating` — the screen facing the citizen at one counter or help desk (a tablet, a phone on a stand or a second
 * monitor), signed in as that point's rating device. When the point resolves a ticket it shows the number and
 * asks, in large plain Vietnamese, for one of five levels; an unhappy citizen may say why. Then thanks, and idle
 * again. No answer in the time setup allows is recorded as "không đánh giá". Touch only: targets ≥ 96 px, text
 * ≥ 32 px.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  RATING_LEVEL_TEXT,
  RATING_LEVELS,
  asksWhy,
  type RatingLevel,
  type RatingPrompt,
  type RatingReason,
} from '../../../../shared/rating';
import { api, ApiError } from '../../api/client';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { setLanguage, useLocalized, useTranslation } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { Face } from './Face';
import { ReasonsStep } from './ReasonsStep';
import { useRatingPrompt } from './use-rating-prompt';
import './rating.css';
import { nameOf } from '../../../../shared/names';

/** How long the thanks stay before the screen is idle again. */
const THANKS_MS = 5_000;
const NOT_SENT_MS = 6_000;

type Step =
  | { kind: 'idle' }
  | { kind: 'ask'; prompt: RatingPrompt; until: number }
  | { kind: 'why'; prompt: RatingPrompt; until: number; level: RatingLevel }
  | { kind: 'thanks'; level: RatingLevel };

interface Answer {
  level: RatingLevel | null;
  reasons?: RatingReason[];
  comment?: string;
}

export default function RatingView() {
  const { t } = useTranslation('rating');
  const localized = useLocalized();
  const center = useCenter();
  const pointId = center.session.device.servicePointId!;
  const point = center.servicePoints.find((p) => p.id === pointId);
  const pointName = point ? localized(nameOf(point)) : '';
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [notSent, setNotSent] = useState(false);
  const answered = useRef(new Set<number>());

  const send = useCallback((ticketId: number, answer: Answer) => {
    answered.current.add(ticketId);
    api
      .call('rateTicket', { id: ticketId, level: answer.level, reasons: answer.reasons, comment: answer.comment })
      .then(
        () => undefined,
        (error: unknown) => {
          // Already rated (a resend after a reconnect) is done; anything else is said for a few seconds.
          if (error instanceof ApiError && error.code === 'ALREADY_RATED') return;
          setNotSent(true);
        },
      );
  }, []);

  const idle = useCallback(() => {
    setStep({ kind: 'idle' });
    // The next citizen starts in Vietnamese, whatever the last one chose.
    setLanguage('vi');
  }, []);

  // A new ticket to ask about: one still being asked is recorded as it stands.
  const current = useRef(step);
  useEffect(() => {
    current.current = step;
  });
  const ask = useCallback(
    (prompt: RatingPrompt) => {
      if (answered.current.has(prompt.ticketId)) return;
      const now = current.current;
      if (now.kind === 'ask' || now.kind === 'why') {
        if (now.prompt.ticketId === prompt.ticketId) return;
        send(now.prompt.ticketId, { level: now.kind === 'why' ? now.level : null });
      }
      setStep({ kind: 'ask', prompt, until: Date.now() + prompt.secondsLeft * 1000 });
    },
    [send],
  );
  // The resolve was undone (the case is served again): stop asking, record nothing; a new resolve asks again.
  const withdraw = useCallback(
    (ticketId: number) => {
      const now = current.current;
      if ((now.kind === 'ask' || now.kind === 'why') && now.prompt.ticketId === ticketId) idle();
    },
    [idle],
  );
  useRatingPrompt(pointId, ask, withdraw);

  // No answer in time: recorded as "không đánh giá" (or, after a level, with what was chosen).
  useEffect(() => {
    if (step.kind !== 'ask' && step.kind !== 'why') return;
    const timer = setTimeout(
      () => {
        send(step.prompt.ticketId, { level: step.kind === 'why' ? step.level : null });
        idle();
      },
      Math.max(0, step.until - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [step, send, idle]);

  useEffect(() => {
    if (step.kind !== 'thanks') return;
    const timer = setTimeout(idle, THANKS_MS);
    return () => clearTimeout(timer);
  }, [step, idle]);

  useEffect(() => {
    if (!notSent) return;
    const timer = setTimeout(() => setNotSent(false), NOT_SENT_MS);
    return () => clearTimeout(timer);
  }, [notSent]);

  const choose = (level: RatingLevel) => {
    if (step.kind !== 'ask') return;
    if (asksWhy(level)) {
      setStep({ ...step, kind: 'why', level });
      return;
    }
    send(step.prompt.ticketId, { level });
    setStep({ kind: 'thanks', level });
  };

  return (
    <main className={`rating rating--${step.kind}`} data-testid="rating-screen">
      <header className="rating__top">
        <span className="rating__point">{pointName}</span>
        <ConnectionBadge connected={center.connected} />
        <LanguageSwitch />
      </header>

      {step.kind === 'idle' && (
        <section className="rating__idle">
          <h1>{t('idleTitle')}</h1>
          <p>{t('idleBody')}</p>
          {notSent && (
            <p className="rating__problem" role="alert">
              {t('notSent')}
            </p>
          )}
        </section>
      )}

      {step.kind === 'ask' && (
        <section className="rating__ask">
          <p className="rating__ticket" data-testid="rating-ticket">
            {t('ticket', { code: step.prompt.displayCode })}
          </p>
          <h1>
            {/* A phone upright has room only for the short question (rating.css). */}
            <span className="rating__question">
              {pointName ? t('question', { point: pointName }) : t('questionShort')}
            </span>
            <span className="rating__question-short">{t('questionShort')}</span>
          </h1>
          <div className="rating__levels">
            {RATING_LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                className={`rating__level rating__level--${level}`}
                onClick={() => choose(level)}
              >
                <Face level={level} />
                <span>{localized(RATING_LEVEL_TEXT[level])}</span>
              </button>
            ))}
          </div>
        </section>
      )}

      {step.kind === 'why' && (
        <ReasonsStep
          level={step.level}
          onSend={(reasons, comment) => {
            send(step.prompt.ticketId, { level: step.level, reasons, comment });
            setStep({ kind: 'thanks', level: step.level });
          }}
        />
      )}

      {step.kind === 'thanks' && (
        <section className="rating__thanks" role="status">
          <Face level={step.level} size={160} />
          <h1>{t('thanksTitle')}</h1>
          <p>{t('thanksBody')}</p>
        </section>
      )}
    </main>
  );
}
