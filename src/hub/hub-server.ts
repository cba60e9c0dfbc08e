/**
 * The province hub's HTTP server (Fastify): the API the centers send to and the province reads, and the
 * dashboard page at /hub. Routes and their answers: docs/hub.md.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { z } from 'zod';
import { centerCode } from '../shared/contract/week-file';
import { mondayOf } from '../shared/report-range';
import { publicKeyOf } from '../server/hub-link/signing';
import { callerOf, hashToken, newToken, notAllowed, provinceScope, type HubCaller } from './hub-auth';
import { HubError } from './hub-errors';
import { weekWorkbook } from './hub-xlsx';
import { addWeek, centerWeeks, hubWeek, weekTotals } from './hub-weeks';
import { ingest, type Sender } from './ingest';

const here = dirname(fileURLToPath(import.meta.url));
const require = (await import('node:module')).createRequire(import.meta.url);

export interface HubServerOptions {
  pool: Pool;
  adminToken: string;
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().min(1).max(max);
const centerInput = z.object({
  code: centerCode,
  nameVi: text(200),
  province: text(200),
  district: text(200).optional(),
  publicKey: z.string().refine((k) => publicKeyOf(k) !== null, 'Ed25519 public key, base64 DER SPKI'),
});
const accountInput = z.object({
  name: text(200),
  role: z.enum(['province_admin', 'province_viewer']),
  province: text(200),
});
/** What registering a center and making an account take (their answers add the token shown this once). */
export type CenterInput = z.output<typeof centerInput>;
export type AccountInput = z.output<typeof accountInput>;

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? `${issue.path.join('.')}: ${issue.message}` : '';
  throw new HubError(400, 'BAD_INPUT', { vi: `Dữ liệu không hợp lệ (${where}).`, en: `Invalid input (${where}).` });
}

function jsonBody(request: FastifyRequest): unknown {
  try {
    return JSON.parse(String(request.body ?? ''));
  } catch {
    throw new HubError(400, 'BAD_INPUT', { vi: 'Nội dung không phải JSON.', en: 'The body is not JSON.' });
  }
}

const weekParam = (value: unknown) => mondayOf(parsed(day, value));

export async function createHubServer({ pool, adminToken }: HubServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: 1024 * 1024 });
  // Every body is taken as text: a weekly file is stored exactly as it came.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HubError) return reply.code(error.status).send(error.body());
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500)
      return reply
        .code(status)
        .send({ error: { code: 'BAD_REQUEST', vi: 'Yêu cầu không hợp lệ.', en: (error as Error).message } });
    console.error(error);
    return reply.code(500).send({
      error: { code: 'HUB_FAILED', vi: 'Máy chủ tỉnh gặp lỗi; hãy thử lại.', en: 'The hub failed; try again.' },
    });
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });

  const who = (request: FastifyRequest) => callerOf(pool, adminToken, request.headers.authorization);
  const reader = async (request: FastifyRequest): Promise<Exclude<HubCaller, { kind: 'center' }>> => {
    const caller = await who(request);
    if (caller.kind === 'center') throw notAllowed();
    return caller;
  };

  app.get('/api/hub/health', async () => ({ ok: true }));

  app.get('/api/hub/me', async (request) => {
    const caller = await reader(request);
    return caller.kind === 'hubAdmin'
      ? { role: 'hub_admin', province: null, name: 'Quản trị máy chủ tỉnh' }
      : { role: caller.role, province: caller.province, name: caller.name };
  });

  app.post('/api/hub/accounts', async (request, reply) => {
    if ((await who(request)).kind !== 'hubAdmin') throw notAllowed();
    const input = parsed(accountInput, jsonBody(request));
    const token = newToken();
    const { rows } = await pool.query<{ id: number }>(
      'INSERT INTO accounts (name, role, province, token_hash) VALUES ($1, $2, $3, $4) RETURNING id',
      [input.name, input.role, input.province, hashToken(token)],
    );
    return reply.code(201).send({ id: rows[0]!.id, ...input, token });
  });

  app.post('/api/hub/centers', async (request, reply) => {
    const caller = await who(request);
    const input = parsed(centerInput, jsonBody(request));
    const mayRegister =
      caller.kind === 'hubAdmin' ||
      (caller.kind === 'account' && caller.role === 'province_admin' && caller.province === input.province);
    if (!mayRegister) throw notAllowed();
    const token = newToken();
    const { rows } = await pool.query<{ inserted: boolean }>(
      `INSERT INTO centers (code, name_vi, province, district, public_key, token_hash)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, province = EXCLUDED.province,
         district = EXCLUDED.district, public_key = EXCLUDED.public_key, token_hash = EXCLUDED.token_hash
       RETURNING (xmax = 0) AS inserted`,
      [input.code, input.nameVi, input.province, input.district ?? null, input.publicKey, hashToken(token)],
    );
    // The center's token is shown this once; setup at the center takes it with the hub's address.
    return reply.code(rows[0]!.inserted ? 201 : 200).send({ ...input, token });
  });

  app.get('/api/hub/centers', async (request) => {
    const province = provinceScope(await reader(request), (request.query as { province?: string }).province);
    const { rows } = await pool.query(
      `SELECT code, name_vi AS "nameVi", province, district, registered_at AS "registeredAt" FROM centers
        WHERE $1::text IS NULL OR province = $1 ORDER BY province, name_vi`,
      [province],
    );
    return rows;
  });

  app.post('/api/hub/files', async (request, reply) => {
    const caller = await who(request);
    let sender: Sender;
    if (caller.kind === 'center') sender = { kind: 'center', code: caller.code };
    else if (caller.kind === 'hubAdmin') sender = { kind: 'person', province: null };
    else if (caller.role === 'province_admin') sender = { kind: 'person', province: caller.province };
    else throw notAllowed();
    const answer = await ingest(pool, String(request.body ?? ''), sender);
    return reply.code(answer.status).send(answer);
  });

  app.get('/api/hub/weeks/:week', async (request) => {
    const province = provinceScope(await reader(request), (request.query as { province?: string }).province);
    return hubWeek(pool, weekParam((request.params as { week: string }).week), province);
  });

  app.get('/api/hub/weeks/:week/export.xlsx', async (request, reply) => {
    const query = request.query as { province?: string; lang?: string };
    const province = provinceScope(await reader(request), query.province);
    const week = hubWeek(pool, weekParam((request.params as { week: string }).week), province);
    const bytes = await weekWorkbook(await week, query.lang === 'en' ? 'en' : 'vi');
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="luot-tinh-tuan-${(await week).week}.xlsx"`)
      .send(bytes);
  });

  app.get('/api/hub/trend', async (request) => {
    const query = request.query as { province?: string; from?: string; to?: string };
    const province = provinceScope(await reader(request), query.province);
    const to = weekParam(query.to);
    const from = query.from ? weekParam(query.from) : addWeek(to, -11);
    if (from > to || addWeek(from, 104) < to)
      throw new HubError(400, 'BAD_RANGE', {
        vi: 'Khoảng tuần không hợp lệ (tối đa 104 tuần).',
        en: 'Bad range of weeks (at most 104).',
      });
    return weekTotals(pool, from, to, province);
  });

  app.get('/api/hub/centers/:code/weeks', async (request) => {
    const caller = await reader(request);
    const code = parsed(centerCode, (request.params as { code: string }).code);
    const query = request.query as { from?: string; to?: string };
    const to = query.to ? weekParam(query.to) : mondayOf(new Date().toISOString().slice(0, 10));
    const from = query.from ? weekParam(query.from) : addWeek(to, -11);
    const weeks = await centerWeeks(pool, code, from, to);
    if (!weeks || (caller.kind === 'account' && caller.province !== weeks.province))
      throw new HubError(404, 'CENTER_NOT_FOUND', {
        vi: `Không có xã/phường mã ${code}.`,
        en: `No commune with code ${code}.`,
      });
    return { ...weeks, from, to };
  });

  // The province dashboard: one page, its script and style, and the chart library as it ships.
  const page = (file: string) => readFileSync(join(here, 'page', file), 'utf8');
  const files: Record<string, [string, () => string]> = {
    '/hub': ['text/html; charset=utf-8', () => page('hub.html')],
    '/hub/hub.js': ['text/javascript; charset=utf-8', () => page('hub.js')],
    '/hub/hub.css': ['text/css; charset=utf-8', () => page('hub.css')],
    '/hub/echarts.js': [
      'text/javascript; charset=utf-8',
      () => readFileSync(require.resolve('echarts/dist/echarts.min.js'), 'utf8'),
    ],
  };
  for (const [url, [type, read]] of Object.entries(files)) {
    let cached: string | null = null;
    app.get(url, async (_request, reply) =>
      reply
        .type(type)
        .header(
          'Content-Security-Policy',
          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'",
        )
        .send((cached ??= read())),
    );
  }
  app.get('/', async (_request, reply) => reply.redirect('/hub'));
  return app;
}
