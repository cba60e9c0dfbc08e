/**
 * `npm run hub -- --pg postgres://USER@HOST:PORT/DB --port P [--host H]`: the province hub. Its administrator's
 * token comes from LUOT_HUB_TOKEN (at least 16 characters). It runs its migrations on PostgreSQL at start and
 * refuses a database made by a newer hub.
 */
import { parseArgs } from 'node:util';
import { startHub } from './start-hub';
import { HubError } from './hub-errors';

const { values } = parseArgs({
  options: {
    pg: { type: 'string', default: process.env.LUOT_HUB_PG },
    port: { type: 'string', default: process.env.LUOT_HUB_PORT ?? '8090' },
    host: { type: 'string', default: process.env.LUOT_HUB_HOST ?? '0.0.0.0' },
  },
});

try {
  const hub = await startHub({
    connectionString: values.pg ?? '',
    port: Number(values.port),
    host: values.host,
    adminToken: process.env.LUOT_HUB_TOKEN ?? '',
  });
  console.log(`Máy chủ tỉnh Lượt đang chạy / Lượt hub listening on ${hub.url}/hub (lược đồ / schema ${hub.schema})`);
  const stop = async () => {
    await hub.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  if (error instanceof HubError) console.error(`${error.words.vi}\n${error.words.en}`);
  else console.error(`Không khởi động được máy chủ tỉnh / the hub could not start: ${(error as Error).message}`);
  process.exit(1);
}
