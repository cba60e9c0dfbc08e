/**
 * `LUOT_BOOTSTRAP_TOKEN` makes an administrator: it must not be guessable. Sixteen characters with some variety
 * is the floor (a random one is easy: `openssl rand -base64 24`); guesses are also rate-limited.
 */
import { LuotError } from '../../shared/errors';

export const BOOTSTRAP_MIN_LENGTH = 16;
const MIN_DISTINCT_CHARACTERS = 8;

export function assertStrongBootstrapSecret(secret: string): void {
  const distinct = new Set(secret).size;
  if (secret.length >= BOOTSTRAP_MIN_LENGTH && distinct >= MIN_DISTINCT_CHARACTERS && secret.trim() === secret) return;
  throw new LuotError(400, 'BOOTSTRAP_TOKEN_TOO_WEAK', {
    vi:
      `LUOT_BOOTSTRAP_TOKEN quá yếu để làm mật mã quản trị (${secret.length} ký tự, ${distinct} ký tự khác nhau). ` +
      `Cần ít nhất ${BOOTSTRAP_MIN_LENGTH} ký tự, ít nhất ${MIN_DISTINCT_CHARACTERS} ký tự khác nhau, không có khoảng trắng ở hai đầu — ` +
      'ví dụ tạo bằng lệnh: openssl rand -base64 24. Lượt chưa khởi động.',
    en:
      `LUOT_BOOTSTRAP_TOKEN is too weak for an administrator secret (${secret.length} characters, ${distinct} different). ` +
      `It needs at least ${BOOTSTRAP_MIN_LENGTH} characters, at least ${MIN_DISTINCT_CHARACTERS} different ones, no spaces at either end — ` +
      'e.g. make one with: openssl rand -base64 24. Lượt did not start.',
  });
}
