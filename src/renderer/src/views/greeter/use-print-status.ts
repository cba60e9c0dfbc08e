/**
 * The print state of the tickets this greeter issued: queued until the printer's outcome arrives on the live
 * connection, then printed (the printer confirmed), sent (it took the ticket but cannot confirm; with a reason
 * when something looked wrong) or failed with a reason. "In lại" queues a new job, and says when it may bring a
 * second copy out.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PrintAnswer, PrintProblem } from '../../../../shared/domain';
import type { PrintOutcome } from '../../../../shared/events';
import { api, errorText } from '../../api/client';
import type { LocalizedText } from '../../i18n';
import { useCenterStore } from '../../state/use-center';

export type PrintStatus =
  | { state: 'disabled' }
  | { state: 'printing'; mayDuplicate: boolean }
  | { state: 'printed'; mayDuplicate: boolean }
  | { state: 'sent'; reason: PrintProblem | null; mayDuplicate: boolean }
  | { state: 'failed'; reason: PrintProblem | LocalizedText };

interface Job {
  id: string;
  mayDuplicate: boolean;
}

function statusOfOutcome(event: PrintOutcome, mayDuplicate: boolean): PrintStatus {
  if (event.type === 'printed') return { state: 'printed', mayDuplicate };
  if (event.type === 'sent') return { state: 'sent', reason: event.reason ?? null, mayDuplicate };
  return { state: 'failed', reason: event.reason ?? { code: 'PRINT_FAILED', vi: 'In lỗi', en: 'Print failed' } };
}

export function usePrintStatus() {
  const store = useCenterStore();
  /** The newest print job per ticket. */
  const [jobs, setJobs] = useState<Record<number, Job | null>>({});
  const [outcomes, setOutcomes] = useState<Record<string, PrintOutcome | PrintStatus>>({});

  useEffect(
    () =>
      store.onEvent((event) => {
        if (event.kind !== 'print') return;
        setOutcomes((o) => ({ ...o, [event.jobId]: event }));
      }),
    [store],
  );

  const track = useCallback((ticketId: number, print: PrintAnswer | undefined) => {
    const job = print && print.status === 'queued' ? { id: print.jobId, mayDuplicate: !!print.mayDuplicate } : null;
    setJobs((j) => ({ ...j, [ticketId]: job }));
  }, []);

  const statusOf = (ticketId: number): PrintStatus | null => {
    if (!(ticketId in jobs)) return null;
    const job = jobs[ticketId];
    if (!job) return { state: 'disabled' };
    const outcome = outcomes[job.id];
    if (!outcome) return { state: 'printing', mayDuplicate: job.mayDuplicate };
    return 'kind' in outcome ? statusOfOutcome(outcome, job.mayDuplicate) : outcome;
  };

  const reprint = async (ticketId: number) => {
    try {
      const { print } = await api.call('reprint', { id: ticketId });
      track(ticketId, print);
    } catch (error) {
      const job = `local-${ticketId}-${Date.now()}`;
      setJobs((j) => ({ ...j, [ticketId]: { id: job, mayDuplicate: false } }));
      setOutcomes((o) => ({ ...o, [job]: { state: 'failed', reason: errorText(error) } }));
    }
  };

  return { track, statusOf, reprint };
}
