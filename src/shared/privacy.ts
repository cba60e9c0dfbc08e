/** What screens say about citizens' privacy, in one place (docs/privacy.md says the rest). Pure. */
import type { LocalizedText } from './errors';

/**
 * Beside every free-text note field (greeter, counter): notes are for the case, not for identity, and are
 * removed after the retention period.
 */
export const NOTE_PRIVACY_HINT: LocalizedText = {
  vi: 'Không ghi số CCCD/CMND, số điện thoại, địa chỉ hay thông tin cá nhân khác vào ghi chú. Ghi chú tự xoá sau một thời gian.',
  en: 'Do not type ID card numbers, phone numbers, addresses or other personal details in notes. Notes are removed after a while.',
};
