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
