/**
 * The province hub's figures for `npm run bench` (issue 21), on a real PostgreSQL (a throwaway cluster, as the
 * tests start it): 3,321 centers × 52 weeks of signed files made by the bench, sent over HTTP to the hub as the
 * centers would; the ingest rate (target ≥ 500 files/s), a province dashboard of ~100 communes (34 provinces;
 * p95 < 200 ms), and the national week total (< 1 s).
 * Alone, smaller: `node --import tsx bench/hub.ts --centers 300 --weeks 4`.
 */
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import canonicalize from 'canonicalize';
import { makeKeyPair, privateKeyOf, signWeekFile } from '../src/server/hub-link/signing';
import { WEEK_FILE_FORMAT, type WeekFigures } from '../src/shared/contract/week-file';
import { startHubProcess } from '../tests/helpers/hub';
import { startPostgres } from '../tests/helpers/postgres';
import { median, percentile } from './harness';

type Record = (what: string, figure: string, target: string, ok: boolean) => void;

const TOKEN = 'bench-hub-admin-token-0123456789';
const PROVINCES = 34;
const FIRST_WEEK = '2025-12-29';

function addWeeks(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * n);
  return d.toISOString().slice(0, 10);
}

function dayAfter(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A plausible week of a commune center (figures vary with the center and the week). */
function figuresOf(center: number, week: number): WeekFigures {
  const n = 20 + ((center * 31 + week * 7) % 80);
  return {
    weeklyFormatVersion: 1,
    report: {
      volunteers: 3 + (n % 6),
      volunteerShifts: 8 + (n % 5),
      volunteerHours: 30 + (n % 11) / 2,
      ticketsIssued: 10 * n,
      helpDeskCitizens: 2 * n,
      helpDeskVisits: 3 * n,
      elderlyHelped: n,
      fieldVisits: n % 4,
      fieldCitizensHelped: 5 * (n % 4),
      ratingsAsked: 9 * n,
      ratingsGiven: 8 * n,
      satisfiedShare: 0.8,
      meanRating: 4.2,
      difficulties: n % 3,
    },
    queue: {
      issued: 10 * n,
      served: 9 * n,
      resolved: 9 * n,
      absent: n % 9,
      waitP50Seconds: 200 + n * 5,
      waitP90Seconds: 900 + n * 9,
      withinTarget: 8 * n,
      calledVisits: 10 * n - (n % 9),
    },
    help: ['vneid_activation', 'online_filing', 'result_lookup', 'online_payment', 'e_account', 'data_update'].map(
      (code, i) => ({ code, atCenter: (n * (i + 1)) % 40, inField: (n + i) % 7 }),
    ),
    ratings: { rated: 4 * n, meanScore: 4 + (n % 10) / 10, satisfiedShare: 0.8 + (n % 20) / 100 },
    difficulties: Array.from({ length: n % 3 }, (_, i) => `Khó khăn ${i + 1}: mạng chập chờn vào buổi sáng`),
    volunteerNames: null,
    days: Array.from({ length: 6 }, (_, d) => ({
      day: dayAfter(addWeeks(FIRST_WEEK, week), d),
      services: ['A', 'B', 'C', 'D', 'V'].map((prefix, s) => ({
        prefix,
        nameVi: `Lĩnh vực ${prefix}`,
        issued: (n + d + s) % 30,
        resolved: (n + d + s) % 28,
      })),
    })),
  };
}

/**
 * One upload over node:http with keep-alive (leaner than fetch, so the figure is the hub's rather than the load
 * generator's, which shares these two cores with the hub and PostgreSQL); the status code.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function send(url: string, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function hubBench(record: Record, scale = { centers: 3321, weeks: 52, concurrency: 8 }): Promise<void> {
  // A durable cluster (fsync on), and the hub's bundle in its own process as `npm run hub` starts it: the centers are
  // other machines, so the load generator (this process) must not share the hub's event loop.
  const cluster = await startPostgres({ durable: true });
  const hub = await startHubProcess(cluster.url, {
    token: TOKEN,
    nodeArgs: process.env.LUOT_HUB_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LUOT_HUB_PROF}`] : [],
  });
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  try {
    const centers = Array.from({ length: scale.centers }, (_, i) => ({
      code: String(10000 + i).padStart(5, '0'),
      nameVi: `Xã Số ${i + 1}`,
      province: `Tỉnh ${(i % PROVINCES) + 1}`,
      ...makeKeyPair(),
    }));
    // Each center sends with its own token, as setup at the center keeps it.
    const tokens: string[] = [];
    for (const c of centers) {
      const response = await fetch(`${hub.url}/api/hub/centers`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ code: c.code, nameVi: c.nameVi, province: c.province, publicKey: c.publicKey }),
      });
      if (response.status !== 201) throw new Error(`register: ${response.status}`);
      tokens.push(((await response.json()) as { token: string }).token);
    }
    const privateKeys = centers.map((c) => privateKeyOf(c.privateKey));

    let signMs = 0;
    let ingestMs = 0;
    let files = 0;
    for (let week = 0; week < scale.weeks; week++) {
      // One Monday: every center's file, made and signed, then sent with `concurrency` at a time.
      const t0 = performance.now();
      const bodies = centers.map((c, i) => {
        const file = signWeekFile(
          {
            format: WEEK_FILE_FORMAT,
            center: { code: c.code, nameVi: c.nameVi, province: c.province, publicKey: c.publicKey },
            week: addWeeks(FIRST_WEEK, week),
            version: 1,
            madeAt: new Date().toISOString(),
            partial: false,
            figures: figuresOf(i, week),
          },
          privateKeys[i]!,
        );
        return `${canonicalize(file)}\n`;
      });
      signMs += performance.now() - t0;
      const t1 = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: scale.concurrency }, async () => {
          while (next < bodies.length) {
            const i = next++;
            const status = await send(`${hub.url}/api/hub/files`, tokens[i]!, bodies[i]!);
            if (status !== 201) throw new Error(`ingest: ${status}`);
          }
        }),
      );
      ingestMs += performance.now() - t1;
      files += bodies.length;
    }
    const rate = files / (ingestMs / 1000);
    record(
      `hub: ${files.toLocaleString('en')} signed files made (${scale.centers} centers × ${scale.weeks} weeks)`,
      `${(files / (signMs / 1000)).toFixed(0)} files/s`,
      'information',
      true,
    );
    record(
      `hub: ingest over HTTP, ${scale.concurrency} at a time`,
      `${rate.toFixed(0)} files/s`,
      '≥ 500 files/s',
      rate >= 500,
    );

    const lastWeek = addWeeks(FIRST_WEEK, scale.weeks - 1);
    const perProvince = Math.round(scale.centers / PROVINCES);
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      const response = await fetch(
        `${hub.url}/api/hub/weeks/${lastWeek}?province=${encodeURIComponent(`Tỉnh ${(i % PROVINCES) + 1}`)}`,
        {
          headers: auth,
        },
      );
      await response.json();
      if (i >= 10) times.push(performance.now() - t0);
    }
    const p95 = percentile(times, 95);
    record(`hub: a province's week (~${perProvince} communes), p95`, `${p95.toFixed(1)} ms`, '< 200 ms', p95 < 200);

    const national: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const response = await fetch(`${hub.url}/api/hub/weeks/${lastWeek}`, { headers: auth });
      const body = (await response.json()) as { totals: { reported: number } };
      if (body.totals.reported !== scale.centers) throw new Error(`national: ${body.totals.reported}`);
      national.push(performance.now() - t0);
    }
    const med = median(national);
    record(
      `hub: the national week (${scale.centers} communes) with totals, median`,
      `${med.toFixed(0)} ms`,
      '< 1 s',
      med < 1000,
    );
  } finally {
    await hub.stop();
    cluster.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      centers: { type: 'string', default: '3321' },
      weeks: { type: 'string', default: '52' },
      concurrency: { type: 'string', default: '8' },
    },
  });
  await hubBench((what, figure, target, ok) => console.log(`${ok ? '✔' : '✘'} ${what}: ${figure} (target ${target})`), {
    centers: Number(values.centers),
    weeks: Number(values.weeks),
    concurrency: Number(values.concurrency),
  });
}
