/**
 * The procedures a commune center most often handles after the July 2025 reform, as a starting catalogue: civil
 * status (hộ tịch), certification (chứng thực), land, social welfare, business households, residence and the help
 * desks. It is a REFERENCE — "tham khảo — đối chiếu với danh mục của tỉnh": names follow the national catalogue's
 * wording, papers and fees are the usual ones, but each province publishes its own list (codes, fees set by the
 * provincial council, time limits). Every entry is loaded unchecked; the center checks it or imports its own list.
 *
 * `service` is the prefix of the default service that takes it (src/server/setup/defaults.ts). One file per area,
 * so a province's reviewer of, say, land procedures reads only those.
 */
import { business } from './business';
import { certification } from './certification';
import { civilStatus } from './civil-status';
import type { CatalogueEntry } from './entry';
import { helpDesks } from './help-desks';
import { land } from './land';
import { residence } from './residence';
import { welfare } from './welfare';

export type { CatalogueEntry, DefaultServicePrefix } from './entry';

export const DEFAULT_CATALOGUE: readonly CatalogueEntry[] = [
  ...civilStatus,
  ...certification,
  ...land,
  ...welfare,
  ...business,
  ...residence,
  ...helpDesks,
];

/**
 * Each file's area (lĩnh vực), as the national catalogue names it: setup matches a new service's name against it
 * (src/server/procedures/service-match.ts), so a "Chứng thực" service is offered the certification procedures.
 */
const AREAS: readonly [string, readonly CatalogueEntry[]][] = [
  ['Hộ tịch', civilStatus],
  ['Chứng thực', certification],
  ['Đất đai – Xây dựng', land],
  ['Lao động – Chính sách xã hội', welfare],
  ['Kinh doanh – Đầu tư', business],
  ['Cư trú', residence],
  ['Hỗ trợ dịch vụ công trực tuyến', helpDesks],
];
const AREA_BY_NAME = new Map(AREAS.flatMap(([area, entries]) => entries.map((e) => [e.nameVi, area] as const)));

/** The reference catalogue's area of a procedure, by its Vietnamese name; null for one the center added itself. */
export const catalogueAreaOf = (nameVi: string): string | null => AREA_BY_NAME.get(nameVi) ?? null;
