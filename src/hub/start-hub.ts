/** Starts the hub: checks its settings, connects to PostgreSQL, migrates, and listens. */
import pg from 'pg';
import { HubError } from './hub-errors';
import { createHubServer } from './hub-server';
import { migrate } from './migrations';

export interface HubOptions {
  connectionString: string;
  port: number;
  host?: string;
  adminToken: string;
  /** Connections kept to PostgreSQL (default 10). */
  poolSize?: number;
}

export interface RunningHub {
  url: string;
  port: number;
  schema: number;
  pool: pg.Pool;
  stop(): Promise<void>;
}

export async function startHub(options: HubOptions): Promise<RunningHub> {
  if (options.adminToken.length < 16)
    throw new HubError(500, 'HUB_TOKEN_WEAK', {
      vi: 'Hãy đặt LUOT_HUB_TOKEN (mã quản trị máy chủ tỉnh, ít nhất 16 ký tự).',
      en: "Set LUOT_HUB_TOKEN (the hub administrator's token, at least 16 characters).",
    });
  if (!/^postgres(ql)?:\/\//.test(options.connectionString))
    throw new HubError(500, 'HUB_PG_MISSING', {
      vi: 'Hãy cho biết cơ sở dữ liệu PostgreSQL: --pg postgres://NGƯỜI_DÙNG@MÁY:CỔNG/TÊN_CSDL',
      en: 'Give the PostgreSQL database: --pg postgres://USER@HOST:PORT/DB',
    });
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new HubError(500, 'HUB_PORT', { vi: 'Cổng không hợp lệ.', en: 'Invalid port.' });
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
  try {
    const schema = await migrate(pool);
    const app = await createHubServer({ pool, adminToken: options.adminToken });
    await app.listen({ port: options.port, host: options.host ?? '0.0.0.0' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const shown = !options.host || options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
    return {
      url: `http://${shown}:${port}`,
      port,
      schema,
      pool,
      async stop() {
        await app.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
      const where = new URL(options.connectionString).host;
      throw new HubError(500, 'HUB_PG_UNREACHABLE', {
        vi: `Không kết nối được PostgreSQL tại ${where} (${code}): máy chủ cơ sở dữ liệu đã chạy chưa, địa chỉ và cổng có đúng không?`,
        en: `Cannot reach PostgreSQL at ${where} (${code}): is the database server running, and are the host and port right?`,
      });
    }
    throw error;
  }
}
