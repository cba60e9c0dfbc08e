/**
 * Takes one weekly file: well-formed (luot-week/1), from a registered center, signed by that center's key, and
 * newer than what is kept — stored (201), the same again (200, nothing changes), older or a different file under
 * the same version (409), or refused (422), each answer in Vietnamese and English.
 */
import { createHash, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Pool } from 'pg';
import { WEEK_FILE_MAX_BYTES, weekFileSchema, type WeekFile } from '../shared/contract/week-file';
import { publicKeyOf, signatureHolds } from '../server/hub-link/signing';
import { HubError, type Words } from './hub-errors';
import { ensureYearPartition } from './migrations';

export interface IngestAnswer {
  status: 200 | 201 | 409;
  code: string;
  week: string;
  version: number;
  /** The version the hub keeps after this file. */
  kept: number;
  message: Words;
}

/** Who sends: a center with its own token (only its own files), or a person uploading by hand. */
export type Sender = { kind: 'center'; code: string } | { kind: 'person'; province: string | null };

const refuse = (code: string, words: Words) => new HubError(422, code, words);

/** Centers' public keys, parsed once (a hub sees each of its ≤ a few thousand centers every week). */
const keys = new Map<string, KeyObject | null>();
function keyOf(publicKey: string): KeyObject | null {
  let key = keys.get(publicKey);
  if (key === undefined) {
    if (keys.size >= 20_000) keys.clear();
    keys.set(publicKey, (key = publicKeyOf(publicKey)));
  }
  return key;
}

export function parseWeekFile(text: string): WeekFile {
  if (Buffer.byteLength(text) > WEEK_FILE_MAX_BYTES)
    throw refuse('FILE_TOO_LARGE', { vi: 'Tệp quá lớn.', en: 'The file is too large.' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuse('FILE_MALFORMED', {
      vi: 'Tệp không phải tệp báo cáo tuần của Lượt (không đọc được JSON).',
      en: 'This is not a Lượt weekly file (not readable JSON).',
    });
  }
  const parsed = weekFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : '';
    throw refuse('FILE_MALFORMED', {
      vi: `Tệp báo cáo tuần không đúng định dạng luot-week/1 (${where}).`,
      en: `The weekly file does not follow the luot-week/1 format (${where}).`,
    });
  }
  const file = parsed.data;
  if (new Date(`${file.week}T00:00:00Z`).getUTCDay() !== 1)
    throw refuse('FILE_MALFORMED', {
      vi: `Tuần ${file.week} không bắt đầu vào thứ Hai.`,
      en: `The week ${file.week} does not start on a Monday.`,
    });
  return file;
}

export const figuresDigest = (file: WeekFile) =>
  createHash('sha256')
    .update(canonicalize({ partial: file.partial, figures: file.figures }) ?? '')
    .digest('hex');

export async function ingest(pool: Pool, text: string, sender: Sender): Promise<IngestAnswer> {
  const file = parseWeekFile(text);
  const { code } = file.center;
  const found = await pool.query<{ province: string; public_key: string; name_vi: string }>(
    'SELECT province, public_key, name_vi FROM centers WHERE code = $1',
    [code],
  );
  const center = found.rows[0];
  if (!center)
    throw refuse('CENTER_UNKNOWN', {
      vi: `Xã/phường mã ${code} chưa được đăng ký với máy chủ tỉnh.`,
      en: `The commune with code ${code} is not registered with the province hub.`,
    });
  if (sender.kind === 'center' && sender.code !== code)
    throw refuse('CENTER_MISMATCH', {
      vi: `Mã của trung tâm này không phải ${code}: mỗi trung tâm chỉ gửi tệp của mình.`,
      en: `This center's token is not that of ${code}: each center sends only its own files.`,
    });
  if (sender.kind === 'person' && sender.province !== null && sender.province !== center.province)
    throw new HubError(403, 'OTHER_PROVINCE', {
      vi: `Xã/phường ${code} thuộc ${center.province}, không thuộc tỉnh của tài khoản này.`,
      en: `The commune ${code} belongs to ${center.province}, not to this account's province.`,
    });
  const key = keyOf(center.public_key);
  if (!key || !signatureHolds(file, key))
    throw refuse('BAD_SIGNATURE', {
      vi: `Chữ ký của tệp không đúng với khóa đã đăng ký của ${center.name_vi} (${code}): tệp đã bị sửa, hoặc máy chủ xã đã đổi khóa (khi đó hãy đăng ký lại khóa mới).`,
      en: `The file's signature does not match the registered key of ${center.name_vi} (${code}): the file was changed, or the center's key changed (then register the new key).`,
    });

  await ensureYearPartition(pool, file.week);
  const digest = figuresDigest(file);
  const stored = await pool.query(
    `INSERT INTO week_files (week, province, code, version, partial, made_at, via, digest, figures, body)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (week, province, code) DO UPDATE SET
       version = EXCLUDED.version, partial = EXCLUDED.partial, made_at = EXCLUDED.made_at,
       received_at = now(), via = EXCLUDED.via, digest = EXCLUDED.digest, figures = EXCLUDED.figures,
       body = EXCLUDED.body
     WHERE week_files.version < EXCLUDED.version
     RETURNING version`,
    [
      file.week,
      center.province,
      code,
      file.version,
      file.partial,
      file.madeAt,
      sender.kind === 'center' ? 'center' : 'hand',
      digest,
      JSON.stringify(file.figures),
      text,
    ],
  );
  const base = { code, week: file.week, version: file.version };
  if (stored.rowCount === 1)
    return {
      ...base,
      status: 201,
      kept: file.version,
      message: {
        vi: `Đã nhận báo cáo tuần ${file.week} của ${center.name_vi}, phiên bản ${file.version}.`,
        en: `Stored the weekly file of ${file.week} from ${center.name_vi}, version ${file.version}.`,
      },
    };
  const kept = (
    await pool.query<{ version: number; digest: string }>(
      'SELECT version, digest FROM week_files WHERE week = $1 AND province = $2 AND code = $3',
      [file.week, center.province, code],
    )
  ).rows[0]!;
  if (kept.version === file.version && kept.digest === digest)
    return {
      ...base,
      status: 200,
      kept: kept.version,
      message: {
        vi: `Tệp này đã được nhận trước đó (phiên bản ${file.version}); không có gì thay đổi.`,
        en: `This file was received before (version ${file.version}); nothing changed.`,
      },
    };
  return {
    ...base,
    status: 409,
    kept: kept.version,
    message:
      kept.version > file.version
        ? {
            vi: `Máy chủ tỉnh đã có phiên bản mới hơn (${kept.version}) của tuần ${file.week}; tệp phiên bản ${file.version} không được dùng.`,
            en: `The hub already keeps a newer version (${kept.version}) of the week of ${file.week}; version ${file.version} is not used.`,
          }
        : {
            vi: `Máy chủ tỉnh đã có một tệp khác cùng phiên bản ${file.version} của tuần ${file.week}.`,
            en: `The hub already keeps a different file with the same version ${file.version} for the week of ${file.week}.`,
          },
  };
}
