import type { Procedure } from '../../../../shared/procedures';
import { IssuedTicketCard } from './IssuedTicketCard';
import { PrintLine } from './PrintLine';
import { RecentTickets } from './RecentTickets';
import { SentHomeCard } from './SentHomeCard';
import type { IssuedEntry, useIssuing } from './use-issuing';

export interface SentHome {
  procedure: Procedure;
  missing: string[];
  /** The take-home print's key in the print states (the log entry's id, negated). */
  printKey: number;
}

/** What the last citizen got: the big number (or the list they took home), and the session's earlier numbers. */
export function IssueResults(props: {
  issuing: ReturnType<typeof useIssuing>;
  sentHome: SentHome | null;
  onCancel: (entry: IssuedEntry) => void;
}) {
  const { issuing, sentHome } = props;
  const { latest, prints } = issuing;
  return (
    <>
      {sentHome && (
        <SentHomeCard
          procedure={sentHome.procedure}
          missing={sentHome.missing}
          print={prints.statusOf(sentHome.printKey)}
        />
      )}
      {latest && !sentHome && (
        <IssuedTicketCard entry={latest} onCancel={() => props.onCancel(latest)}>
          <PrintLine
            status={prints.statusOf(latest.ticket.id)}
            onReprint={() => void prints.reprint(latest.ticket.id)}
          />
        </IssuedTicketCard>
      )}
      <RecentTickets
        issued={sentHome && latest ? [latest, ...issuing.recent] : issuing.recent}
        statusOf={prints.statusOf}
        onReprint={prints.reprint}
        onCancel={props.onCancel}
      />
    </>
  );
}
