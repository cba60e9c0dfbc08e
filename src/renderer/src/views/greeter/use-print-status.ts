/**
 * The print state of the tickets this greeter issued: queued until the printer's outcome arrives on the live
 * connection (within seconds), then printed or failed with a reason. "In lại" queues a new job.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PrintAnswer, PrintProblem } from '../../../../shared/domain';
import { api, errorText } from '../../api/client';
import type { LocalizedText } from '../../i18n';
import { useCenterStore } from '../../state/use-center';

export type PrintStatus =
  | { state: 'disabled' }
  | { state: 'printing' }
  | { state: 'printed' }
  | { state: 'failed'; reason: PrintProblem | LocalizedText };

export function usePrintStatus() {
  const store = useCenterStore();
  /** The newest print job per ticket. */
  const [jobs, setJobs] = useState<Record<number, string | null>>({});
  const [outcomes, setOutcomes] = useState<Record<string, PrintStatus>>({});

  useEffect(
    () =>
      store.onEvent((event) => {
        if (event.kind !== 'print') return;
        setOutcomes((o) => ({
          ...o,
          [event.jobId]:
            event.type === 'printed'
              ? { state: 'printed' }
              : { state: 'failed', reason: event.reason ?? { code: 'PRINT_FAILED', vi: 'In lỗi', en: 'Print failed' } },
        }));
      }),
    [store],
  );

  const track = useCallback((ticketId: number, print: PrintAnswer | undefined) => {
    setJobs((j) => ({ ...j, [ticketId]: print && print.status === 'queued' ? print.jobId : null }));
  }, []);

  const statusOf = (ticketId: number): PrintStatus | null => {
    if (!(ticketId in jobs)) return null;
    const job = jobs[ticketId];
    if (job === null || job === undefined) return { state: 'disabled' };
    return outcomes[job] ?? { state: 'printing' };
  };

  const reprint = async (ticketId: number) => {
    try {
      const { print } = await api.act<{ print: PrintAnswer }>(`/api/tickets/${ticketId}/print`);
      track(ticketId, print);
    } catch (error) {
      const job = `local-${ticketId}-${Date.now()}`;
      setJobs((j) => ({ ...j, [ticketId]: job }));
      setOutcomes((o) => ({ ...o, [job]: { state: 'failed', reason: errorText(error) } }));
    }
  };

  return { track, statusOf, reprint };
}
