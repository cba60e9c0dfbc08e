/** Helpers for the province hub's tests: signed weekly files made here, and a hub on a throwaway PostgreSQL. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { WEEK_FILE_FORMAT, type WeekFigures, type WeekFile } from '../../src/shared/contract/week-file';
import { makeKeyPair, privateKeyOf, signWeekFile, type CenterKeyPair } from '../../src/server/hub-link/signing';
import { startHub, type RunningHub } from '../../src/hub/start-hub';
import type { HubCaller } from '../../src/hub/hub-auth';
import type { HubError } from '../../src/hub/hub-errors';
import type { AccountInput, CenterInput } from '../../src/hub/hub-server';
import type { centerWeeks, HubWeek, weekTotals } from '../../src/hub/hub-weeks';
import type { IngestAnswer } from '../../src/hub/ingest';
import type { TestPostgres } from './postgres';

export const HUB_TOKEN = 'test-hub-admin-token-0123456789';

export interface TestCenter {
  code: string;
  nameVi: string;
  province: string;
  keys: CenterKeyPair;
}

export function testCenter(code: string, nameVi: string, province = 'Tỉnh Thử Nghiệm'): TestCenter {
  return { code, nameVi, province, keys: makeKeyPair() };
}

/** A week's figures with `n` as the scale (each count a multiple of n). */
export function sampleFigures(n: number): WeekFigures {
  return {
    weeklyFormatVersion: 1,
    report: {
      volunteers: n,
      volunteerShifts: 2 * n,
      volunteerHours: 3.5 * n,
      ticketsIssued: 10 * n,
      helpDeskCitizens: 4 * n,
      helpDeskVisits: 5 * n,
      elderlyHelped: n,
      fieldVisits: n,
      fieldCitizensHelped: 6 * n,
      ratingsAsked: 6 * n,
      ratingsGiven: 5 * n,
      satisfiedShare: 0.9,
      meanRating: 4.5,
      difficulties: 1,
    },
    queue: {
      issued: 10 * n,
      served: 9 * n,
      resolved: 9 * n,
      absent: n,
      waitP50Seconds: 300 + n,
      waitP90Seconds: 900 + n,
      withinTarget: 8 * n,
      calledVisits: 10 * n,
    },
    help: [{ code: 'vneid_activation', atCenter: 3 * n, inField: 2 * n }],
    ratings: { rated: 5 * n, meanScore: 4.5, satisfiedShare: 0.9 },
    difficulties: [`Khó khăn số ${n}: mạng chậm`],
    volunteerNames: null,
    days: [{ day: '2026-11-23', services: [{ prefix: 'A', nameVi: 'Tư pháp', issued: 10 * n, resolved: 9 * n }] }],
  };
}

export function signedFile(
  center: TestCenter,
  week: string,
  version: number,
  figures: WeekFigures,
  partial = false,
): WeekFile {
  return signWeekFile(
    {
      format: WEEK_FILE_FORMAT,
      center: { code: center.code, nameVi: center.nameVi, province: center.province, publicKey: center.keys.publicKey },
      week,
      version,
      madeAt: '2026-11-30T01:00:00.000Z',
      partial,
      figures,
    },
    privateKeyOf(center.keys.privateKey),
  );
}

export const fileText = (file: WeekFile) => `${canonicalize(file)}\n`;

export async function testHub(pg: TestPostgres, url = pg.url): Promise<RunningHub & { call: HubCall }> {
  const hub = await startHub({ connectionString: url, port: 0, host: '127.0.0.1', adminToken: HUB_TOKEN });
  const call: HubCall = async (path, init?: CallInit) => {
    const token = init?.token === undefined ? HUB_TOKEN : init.token;
    const response = await fetch(hub.url + path, {
      method: init?.method ?? (init?.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init?.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body:
        init?.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    const type = response.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await response.json() : await response.arrayBuffer();
    // The answer's shape is the route's (HubAnswer), as the hub's own source declares it.
    return { status: response.status, body: body as never };
  };
  return { ...hub, call };
}

interface CallInit {
  method?: string;
  body?: unknown;
  token?: string | null;
}

/** A center in GET /api/hub/centers. */
interface ListedCenter {
  code: string;
  nameVi: string;
  province: string;
  district: string | null;
  registeredAt: string;
}

/**
 * What each of the hub's routes answers (src/hub/hub-server.ts), found from the path a test calls (a template
 * literal keeps its shape) and, for /api/hub/centers, whether it sends a body (POST registers, GET lists).
 */
export type HubAnswer<P extends string, I extends CallInit> = P extends `/api/hub/weeks/${string}/export.xlsx${string}`
  ? ArrayBuffer
  : P extends `/api/hub/weeks/${string}`
    ? HubWeek
    : P extends `/api/hub/centers/${string}/weeks${string}`
      ? NonNullable<Awaited<ReturnType<typeof centerWeeks>>> & { from: string; to: string }
      : P extends `/api/hub/centers${string}`
        ? I extends { body: unknown }
          ? CenterInput & { token: string }
          : ListedCenter[]
        : P extends '/api/hub/accounts'
          ? AccountInput & { id: number; token: string }
          : P extends '/api/hub/files'
            ? IngestAnswer
            : P extends '/api/hub/me'
              ? {
                  role: 'hub_admin' | Extract<HubCaller, { kind: 'account' }>['role'];
                  province: string | null;
                  name: string;
                }
              : P extends `/api/hub/trend${string}`
                ? Awaited<ReturnType<typeof weekTotals>>
                : P extends '/api/hub/health'
                  ? { ok: boolean }
                  : unknown;

/** A refusal's body (HubError.body()); like the server's `Answer`, a test that expects one reads `body.error`. */
export type HubRefusal = ReturnType<HubError['body']>;

export type HubCall = <P extends string, I extends CallInit = Record<never, never>>(
  path: P,
  init?: I,
) => Promise<{ status: number; body: HubAnswer<P, I> & HubRefusal }>;

export async function registerCenter(call: HubCall, center: TestCenter, token?: string): Promise<string> {
  const { status, body } = await call('/api/hub/centers', {
    body: { code: center.code, nameVi: center.nameVi, province: center.province, publicKey: center.keys.publicKey },
    ...(token ? { token } : {}),
  });
  if (status !== 201 && status !== 200) throw new Error(`register ${center.code}: ${status} ${JSON.stringify(body)}`);
  return body.token;
}

/** The bundled hub (`npm run build:hub`), as `npm run hub` runs it. */
export const HUB_BUNDLE = join(import.meta.dirname, '../../out/hub/hub-main.js');

export interface HubProcess {
  url: string;
  /** What it printed: its start line, or why it stopped. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the hub as its own process (`npm run hub`'s bundle by default) and waits for its start line; rejects with
 * what it printed if it exits first. `nodeArgs` go before the script (a profiler, a loader).
 */
export async function startHubProcess(
  pgUrl: string,
  options: { token?: string; script?: string[]; nodeArgs?: string[]; port?: number } = {},
): Promise<HubProcess> {
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      ...(options.script ?? [HUB_BUNDLE]),
      '--pg',
      pgUrl,
      '--port',
      String(options.port ?? 0),
      '--host',
      '127.0.0.1',
    ],
    { env: { ...process.env, LUOT_HUB_TOKEN: options.token ?? HUB_TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const match = /listening on (http:\/\/\S+)\/hub/.exec(out);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', look);
    child.once('exit', (code) => reject(new Error(`the hub exited with ${code}:\n${out}`)));
  });
  return {
    url,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
