/**
 * `admin-link`: a new one-time administrator sign-in link, made on the host by whoever can run commands there —
 * the way back in when no administrator can sign in (every admin device revoked, a lost link). It works while
 * the server runs (the database allows a second connection) or before it starts.
 */
import { DeviceStore } from '../auth/device-store';
import { readHolder, holderNoteOf } from '../db/data-lock';
import { openDatabase } from '../db/open';
import { lanAddress } from '../lan-address';
import { formatDateTime } from '../../shared/time';
import { existingDatabase } from './data-files';

export interface AdminLink {
  link: string;
  expiresAt: number;
  /** The server's address when it is running; null when it is not (the link then names the usual port). */
  runningAt: string | null;
}

export function makeAdminLink(dataDir: string, fallbackPort: number, linkMinutes?: number): AdminLink {
  const file = existingDatabase(dataDir);
  const runningAt = readHolder(holderNoteOf(file))?.url ?? null;
  const db = openDatabase(file);
  try {
    const devices = new DeviceStore(db, Date.now, linkMinutes);
    const stamp = formatDateTime(Date.now());
    const { device } = devices.create({
      name: `Quản trị (lệnh admin-link ${stamp})`,
      role: 'admin',
      servicePointId: null,
    });
    const { linkToken, linkExpiresAt } = devices.passes.issueLink(device.id);
    const origin = runningAt ?? `http://${lanAddress()}:${fallbackPort}`;
    return { link: `${origin}/signin#token=${linkToken}`, expiresAt: linkExpiresAt, runningAt };
  } finally {
    db.close();
  }
}

export function adminLinkText({ link, expiresAt, runningAt }: AdminLink): string {
  const until = formatDateTime(expiresAt);
  const lines = [
    `Liên kết đăng nhập quản trị (dùng một lần, đến ${until}) / admin sign-in link (works once, until ${until}):`,
    link,
  ];
  if (!runningAt)
    lines.push(
      'Máy chủ Lượt chưa chạy: hãy khởi động rồi mở liên kết trước giờ trên. / The Lượt server is not running: start it, then open the link before that time.',
    );
  return lines.join('\n');
}
