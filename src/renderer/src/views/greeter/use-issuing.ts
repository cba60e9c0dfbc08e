/**
 * Issuing at the entrance: the request, the refusal (which takes the previous number off the big card, so nobody
 * reads an old number to the next citizen), the numbers issued in this session with their print state, and
 * cancellations. A refusal because the server was unreachable clears itself once the server answers again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IssueAnswer } from '../../../../shared/api';
import type { EndpointInput } from '../../../../shared/contract/endpoints';
import { api, ApiError, errorText } from '../../api/client';
import type { LocalizedText } from '../../i18n';
import { usePrintStatus } from './use-print-status';

export interface IssuedEntry extends IssueAnswer {
  /** Set once the greeter cancelled it here. */
  cancelledReason?: string;
}

export interface Refusal {
  text: LocalizedText;
  code: string;
}

export type IssueOutcome = { ok: true; answer: IssueAnswer } | { ok: false; refusal: Refusal };

export type IssueRequest = EndpointInput<'issueTicket'>;

const RECENT = 8;
const HEALTH_CHECK_MS = 2000;

export function useIssuing(connected: boolean) {
  const [busy, setBusy] = useState(false);
  // Two presses in one instant (a tap and Enter) must not issue two numbers: the state updates too late for that.
  const inFlight = useRef(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [issued, setIssued] = useState<IssuedEntry[]>([]);
  const [showLatest, setShowLatest] = useState(true);
  const prints = usePrintStatus();

  const refuse = useCallback((next: Refusal) => {
    setRefusal(next);
    // The big number on screen is the last one issued: under a refusal, it would be read out as the new one.
    setShowLatest(false);
  }, []);

  /** A number issued at the greeter, or an appointment checked in by its code (issue 22): one path for both. */
  const request = async (send: () => Promise<IssueAnswer>): Promise<IssueOutcome | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setBusy(true);
    setRefusal(null);
    try {
      const answer = await send();
      setIssued((list) => [answer, ...list].slice(0, RECENT));
      prints.track(answer.ticket.id, answer.print);
      setShowLatest(true);
      return { ok: true, answer };
    } catch (error) {
      const refusal = { text: errorText(error), code: error instanceof ApiError ? error.code : 'UNEXPECTED' };
      refuse(refusal);
      return { ok: false, refusal };
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const issue = (input: IssueRequest) => request(() => api.call('issueTicket', input));
  const checkIn = (input: EndpointInput<'checkIn'>) => request(() => api.call('checkIn', input));

  const markCancelled = (ticketId: number, reason: string) =>
    setIssued((list) =>
      list.map((entry) => (entry.ticket.id === ticketId ? { ...entry, cancelledReason: reason } : entry)),
    );

  // "Không kết nối được máy chủ" is about the connection, not the request: it goes when the server is back — as
  // the live connection sees it, or as a health check does if the live connection never noticed the outage.
  const unreachable = refusal?.code === 'UNREACHABLE';
  useEffect(() => {
    if (unreachable && connected) {
      let stopped = false;
      const timer = setInterval(() => {
        api.call('health').then(
          () => !stopped && setRefusal((r) => (r?.code === 'UNREACHABLE' ? null : r)),
          () => undefined,
        );
      }, HEALTH_CHECK_MS);
      return () => {
        stopped = true;
        clearInterval(timer);
      };
    }
  }, [unreachable, connected]);
  const [wasConnected, setWasConnected] = useState(connected);
  if (wasConnected !== connected) {
    setWasConnected(connected);
    if (connected && unreachable) setRefusal(null);
  }

  return {
    busy,
    refusal,
    refuse,
    clearRefusal: () => setRefusal(null),
    issued,
    /** The number for the big card; null after a refusal until the next number is issued. */
    latest: showLatest ? (issued[0] ?? null) : null,
    /** The smaller list: everything issued except what the big card shows. */
    recent: showLatest ? issued.slice(1) : issued,
    issue,
    checkIn,
    markCancelled,
    prints,
  };
}
