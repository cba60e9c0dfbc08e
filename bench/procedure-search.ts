/**
 * Procedure search figures for `npm run bench` (issue 15): the greeter searches the catalogue on its own screen as
 * the volunteer types, so each keystroke's search must feel instant — target < 50 ms with 1,000 procedures. The
 * catalogue is the shipped reference list grown to 1,000 with realistic variants (as a province's list with
 * its sub-cases looks), and each query is typed one character at a time, as at the entrance.
 * Alone: `node --import tsx bench/procedure-search.ts`.
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOGUE } from '../src/server/procedures/default-catalogue/index';
import { ProcedureSearch } from '../src/shared/procedure-search';
import { median, percentile } from './harness';

type Record = (what: string, figure: string, target: string, ok: boolean) => void;

const SIZE = 1000;
const CASES = [
  'trường hợp có yếu tố nước ngoài',
  'cho người đang cư trú ở nước ngoài',
  'lưu động',
  'kết hợp nhận cha, mẹ, con',
  'trực tuyến một phần',
  'liên thông',
  'cho người thuộc hộ nghèo',
  'trường hợp bị mất, hư hỏng',
  'đối với cá nhân',
  'đối với hộ gia đình',
  'tại cơ quan đại diện',
  'trường hợp đặc biệt',
  'cấp lại',
  'điều chỉnh',
  'gia hạn',
  'bổ sung hồ sơ',
];

/** The reference catalogue, then variants of it, up to `size` procedures. */
export function thousandProcedures(size = SIZE) {
  const base = DEFAULT_CATALOGUE.map((entry, i) => ({ ...entry, id: i + 1, code: `1.00${1000 + i}` }));
  const list = [...base];
  for (let n = 0; list.length < size; n++) {
    const source = base[n % base.length]!;
    const variant = CASES[Math.floor(n / base.length) % CASES.length]!;
    list.push({
      ...source,
      id: list.length + 1,
      code: `2.00${2000 + list.length}`,
      nameVi: `${source.nameVi} (${variant})`,
      aliases: source.aliases.map((a) => `${a} ${variant}`),
    });
  }
  return list;
}

const QUERIES = [
  'khai sinh',
  'khai sinh cho con',
  'ket hon',
  'sao y',
  'xac nhan tinh trang hon nhan',
  'sang ten so do',
  'dang ky kinh doanh',
  'ddawng kys tam tru',
  'giay phep xay dng',
  'ly lich tu phap',
];

/** One-letter slips (issue 19): each word the catalogue does not know is read through its neighbours. */
const SLIPS = [
  'khai sihn',
  'ket hno',
  'dnag ky tam tru',
  'dang ky thuogn tru',
  'chugn thuc ban sao',
  'giay pheo xay dung',
  'dang ky kinh daonh',
  'ly lich tu phpa',
  'xac nhna doc than',
  'kich hoat vnied',
];

export function procedureSearchBench(record: Record): void {
  const procedures = thousandProcedures();
  const builds: number[] = [];
  let search: ProcedureSearch<(typeof procedures)[number]> | null = null;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    search = new ProcedureSearch(procedures);
    builds.push(performance.now() - t0);
  }
  const keystrokes: number[] = [];
  const whole: number[] = [];
  const slips: number[] = [];
  // Warm-up: the JIT, as on a greeter screen open all morning.
  for (let round = 0; round < 3; round++) for (const q of [...QUERIES, ...SLIPS]) search!.search(q, 6);
  for (let round = 0; round < 20; round++) {
    for (const query of SLIPS) {
      const t0 = performance.now();
      search!.lookup(query, 6);
      slips.push(performance.now() - t0);
    }
    for (const query of QUERIES) {
      for (let end = 1; end <= query.length; end++) {
        const t0 = performance.now();
        search!.search(query.slice(0, end), 6);
        keystrokes.push(performance.now() - t0);
      }
      const t0 = performance.now();
      search!.search(query, 6);
      whole.push(performance.now() - t0);
    }
  }
  const fig = (l: number[]) => `p50 ${median(l).toFixed(2)} ms, p99 ${percentile(l, 99).toFixed(2)} ms`;
  record(
    `procedure search, ${SIZE.toLocaleString('en')} procedures, each keystroke of 10 queries (×20)`,
    fig(keystrokes),
    'p99 < 50 ms',
    percentile(keystrokes, 99) < 50,
  );
  record(
    `procedure search, ${SIZE.toLocaleString('en')} procedures, whole queries ("khai sinh cho con", "ket hon", "sao y"…)`,
    fig(whole),
    'p99 < 50 ms',
    percentile(whole, 99) < 50,
  );
  record(
    `procedure search, ${SIZE.toLocaleString('en')} procedures, one-letter slips ("khai sihn", "ket hno", "dnag ky tam tru"…)`,
    fig(slips),
    'p99 < 50 ms',
    percentile(slips, 99) < 50,
  );
  record(
    `procedure search index built from ${SIZE.toLocaleString('en')} procedures (greeter start, catalogue change)`,
    `median ${median(builds).toFixed(1)} ms`,
    '< 500 ms',
    median(builds) < 500,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  procedureSearchBench((what, figure, target, ok) => console.log(`${ok ? '✔' : '✘'} ${what}: ${figure} (${target})`));
