/**
 * What the fuzz test sends (tests/security/fuzz.test.ts): values of every wrong shape, field names the API knows,
 * ids that are not ids, every route that changes something or reads, and broken bodies — picked by one seeded
 * generator so a failure repeats.
 */
/** mulberry32: small, seedable, good enough to pick cases. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
/** Set LUOT_FUZZ_SEED to replay a failure: the seed is in the test name. */
export const SEED = Number(process.env.LUOT_FUZZ_SEED ?? 20261123);
export const rng = random(SEED);

export const WEIRD: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 31),
  '',
  ' ',
  '0',
  '1',
  'A',
  'x'.repeat(5000),
  '💥🇻🇳',
  'Nguyễn Văn Ả\u0000',
  '<script>alert(1)</script>',
  "'; DROP TABLE tickets; --",
  '../../etc/passwd',
  '%00',
  [],
  [1, 2, 3],
  {},
  { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: 1 } } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  Array.from({ length: 200 }, () => ({ a: 1 })),
];
export const FIELDS = [
  'serviceId',
  'priority',
  'note',
  'servicePointId',
  'staffId',
  'outcome',
  'helpKind',
  'fileCode',
  'toServiceId',
  'toServicePointId',
  'placement',
  'reason',
  'name',
  'role',
  'nameVi',
  'nameEn',
  'prefix',
  'kind',
  'zoneId',
  'color',
  'targetWaitMinutes',
  'dailyCap',
  'issuingDays',
  'issuingHours',
  'active',
  'sortOrder',
  'number',
  'serviceIds',
  'centerNameVi',
  'priorityPolicy',
  'token',
  'code',
  'notesDays',
  'confirm',
  'from',
  'to',
];
export const IDS = [
  '1',
  '2',
  '0',
  '-1',
  '999999999',
  '1.5',
  'abc',
  '1e9',
  '%20',
  '%E0%A4%A',
  '..%2F..',
  'x'.repeat(300),
  '9'.repeat(40),
];

export const CHANGES: { method: string; path: (id: string) => string }[] = [
  { method: 'POST', path: () => '/api/tickets' },
  { method: 'POST', path: (id) => `/api/service-points/${id}/call-next` },
  { method: 'POST', path: (id) => `/api/service-points/${id}/pause` },
  { method: 'POST', path: (id) => `/api/service-points/${id}/resume` },
  ...['call', 'recall', 'no-show', 'start', 'resolve', 'transfer', 'cancel', 'print'].map((step) => ({
    method: 'POST',
    path: (id: string) => `/api/tickets/${id}/${step}`,
  })),
  ...['zones', 'services', 'service-points', 'staff'].flatMap((what) => [
    { method: 'POST', path: () => `/api/${what}` },
    { method: 'PATCH', path: (id: string) => `/api/${what}/${id}` },
  ]),
  { method: 'PATCH', path: () => '/api/settings' },
  { method: 'POST', path: () => '/api/devices' },
  { method: 'POST', path: (id) => `/api/devices/${id}/sign-in` },
  { method: 'POST', path: () => '/api/session' },
  { method: 'POST', path: () => '/api/backups/restore' },
  { method: 'PATCH', path: () => '/api/retention' },
];
export const READS = [
  (id: string) => `/api/tickets/${id}`,
  (id: string) => `/api/service-points/${id}/today`,
  (id: string) => `/api/tickets/${id}/ticket.png`,
  (id: string) => `/api/reports/summary?from=${id}&to=2026-13-45`,
  (id: string) => `/api/queue?zone=${id}&zone=${id}`,
  (id: string) => `/api/nope/${id}`,
  (id: string) => `/${id}`,
];

export function weirdBody(): { text: string; type: string } {
  switch (rng.int(6)) {
    case 0:
      return { text: JSON.stringify(rng.pick(WEIRD)), type: 'application/json' };
    case 1: {
      const body: Record<string, unknown> = {};
      for (let i = rng.int(6); i >= 0; i--) body[rng.pick(FIELDS)] = rng.pick(WEIRD);
      return { text: JSON.stringify(body), type: 'application/json' };
    }
    case 2:
      return {
        text: rng.pick(['{', '{"a":', '[1,2', '{"serviceId": 1,}', 'nul', '"\\u12"', '{}}', '\u0000\u0001']),
        type: 'application/json',
      };
    case 3:
      return {
        text: 'serviceId=1&priority=none',
        type: rng.pick(['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', '']),
      };
    case 4:
      return { text: `{"note": "${'a'.repeat(70_000)}"}`, type: 'application/json' };
    default:
      return {
        text: JSON.stringify({ serviceId: 1, priority: rng.pick(WEIRD), note: rng.pick(WEIRD) }),
        type: 'application/json',
      };
  }
}
