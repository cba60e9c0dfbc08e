/**
 * What the ticket prints about its procedure, read at print time: nothing, the name, or the name and the papers,
 * as setup says (the guide's `onTicket` setting). Reads the database directly, so printing needs nothing but it.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Ticket } from '../../shared/domain';
import { procedureGuideSettingsPatch } from '../../shared/procedure-schemas';
import { DEFAULT_PROCEDURE_GUIDE_SETTINGS } from '../../shared/procedures';
import type { ProcedureOnTicket } from './printed-checklist';

export function procedureOnTicketReader(db: Database): (ticket: Ticket) => ProcedureOnTicket | null {
  const setting: Statement<[], { value: string }> = db.prepare(
    "SELECT value FROM settings WHERE key = 'procedureGuide'",
  );
  const procedure: Statement<[number], { name_vi: string; documents: string }> = db.prepare(
    'SELECT name_vi, documents FROM procedures WHERE id = ?',
  );
  return (ticket) => {
    if (ticket.procedureId === null) return null;
    const row = setting.get();
    const parsed = row ? procedureGuideSettingsPatch.safeParse(JSON.parse(row.value)) : null;
    const onTicket = (parsed?.success ? parsed.data.onTicket : undefined) ?? DEFAULT_PROCEDURE_GUIDE_SETTINGS.onTicket;
    if (onTicket === 'none') return null;
    const found = procedure.get(ticket.procedureId);
    if (!found) return null;
    return {
      name: found.name_vi,
      documents: onTicket === 'nameAndDocuments' ? (JSON.parse(found.documents) as string[]) : [],
    };
  };
}
