/** What screens say about citizens' privacy, in one place (docs/privacy.md says the rest). Pure. */
import type { LocalizedText } from './errors';

/**
 * Beside every free-text note field (greeter, counter): notes are for the case, not for identity, and are
 * removed after the retention period.
 */
export const NOTE_PRIVACY_HINT: LocalizedText = {
  vi: 'Không ghi số CCCD, số điện thoại hay địa chỉ vào ghi chú.',
  en: 'Do not type ID card numbers, phone numbers or addresses.',
};
