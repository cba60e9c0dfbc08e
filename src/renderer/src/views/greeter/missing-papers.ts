/** The entrance's "Thiếu giấy tờ" requests: the log (and take-home print) and the help desk ticket's note. */
import i18next from 'i18next';
import type { MissingPapersAnswer } from '../../../../shared/procedures';
import { api, errorText } from '../../api/client';
import type { LocalizedText } from '../../i18n';

/** Logs a citizen sent home and queues the checklist to print. */
export function sendHome(procedureId: number, missing: string[]): Promise<MissingPapersAnswer> {
  return api.call('missingPapers', { id: procedureId, action: 'home', missing });
}

/** Logs a citizen sent to a help desk with the ticket just issued; a failure in words, the ticket stands. */
export async function logHelpDesk(
  procedureId: number,
  ticketId: number,
  missing: string[],
): Promise<LocalizedText | null> {
  try {
    await api.call('missingPapers', { id: procedureId, action: 'help_desk', ticketId, missing });
    return null;
  } catch (error) {
    const reason = errorText(error);
    const say = (language: 'vi' | 'en') =>
      i18next.getFixedT(language, 'greeter')('missing.logFailed', { reason: reason[language] });
    return { vi: say('vi'), en: say('en') };
  }
}

/** What the help desk reads on the ticket (the center's record, in Vietnamese whatever the screen's language). */
export function missingPapersNote(missing: string[]): string {
  return missing.length > 0 ? `Thiếu giấy tờ: ${missing.join('; ')}` : 'Thiếu giấy tờ';
}
