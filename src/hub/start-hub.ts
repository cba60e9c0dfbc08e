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
    throw startProblem(error, options) ?? error;
  }
}

/**
 * What a province's administrator can act on, in both languages, for the usual reasons a hub does not start: the
 * database cannot be reached, refuses the user or does not exist, the user may not make the hub's tables, or the
 * port is taken. Anything else keeps Node's own message (after the bilingual first line hub-main prints).
 */
function startProblem(error: unknown, options: HubOptions): HubError | null {
  const code = (error as { code?: string }).code;
  const url = new URL(options.connectionString);
  const where = url.host;
  const user = decodeURIComponent(url.username) || '(mặc định / default)';
  const database = decodeURIComponent(url.pathname.slice(1)) || user;
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new HubError(500, 'HUB_PG_UNREACHABLE', {
        vi: `Không kết nối được PostgreSQL tại ${where} (${code}): máy chủ cơ sở dữ liệu đã chạy chưa, địa chỉ và cổng có đúng không?`,
        en: `Cannot reach PostgreSQL at ${where} (${code}): is the database server running, and are the host and port right?`,
      });
    // invalid_authorization_specification (no such role, or pg_hba.conf refuses it), invalid_password
    case '28000':
    case '28P01':
      return new HubError(500, 'HUB_PG_REFUSED', {
        vi: `PostgreSQL tại ${where} không cho người dùng "${user}" đăng nhập: kiểm tra tên người dùng, mật khẩu trong --pg và pg_hba.conf.`,
        en: `PostgreSQL at ${where} refused the user "${user}": check the user name and password in --pg, and pg_hba.conf.`,
      });
    // invalid_catalog_name
    case '3D000':
      return new HubError(500, 'HUB_PG_NO_DATABASE', {
        vi: `Chưa có cơ sở dữ liệu "${database}" trên PostgreSQL tại ${where}: hãy tạo nó (createdb -O ${user} ${database}) rồi chạy lại.`,
        en: `There is no database "${database}" on PostgreSQL at ${where}: create it (createdb -O ${user} ${database}) and start again.`,
      });
    // insufficient_privilege: the hub makes its own tables at start
    case '42501':
      return new HubError(500, 'HUB_PG_PRIVILEGE', {
        vi: `Người dùng "${user}" không được tạo bảng trong cơ sở dữ liệu "${database}": hãy cho người dùng này làm chủ cơ sở dữ liệu (ALTER DATABASE ${database} OWNER TO ${user}).`,
        en: `The user "${user}" may not create tables in the database "${database}": make the user its owner (ALTER DATABASE ${database} OWNER TO ${user}).`,
      });
    case 'EADDRINUSE':
      return new HubError(500, 'HUB_PORT_TAKEN', {
        vi: `Cổng ${options.port} đã có chương trình khác dùng: dừng chương trình đó hoặc chọn cổng khác (--port).`,
        en: `Port ${options.port} is already in use by another program: stop it or choose another port (--port).`,
      });
    case 'EACCES':
      return new HubError(500, 'HUB_PORT_DENIED', {
        vi: `Không được mở cổng ${options.port} (cổng dưới 1024 cần quyền quản trị): chọn cổng khác, ví dụ --port 8090.`,
        en: `Not allowed to open port ${options.port} (ports below 1024 need administrator rights): choose another, e.g. --port 8090.`,
      });
    default:
      return null;
  }
}
