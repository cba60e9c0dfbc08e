/**
 * Every `/api` route the server serves is a row of the endpoint table, and every row is served: a route registered
 * by hand (its roles, input and answer type declared nowhere, missing from docs/api.md) fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, type Endpoint } from '../../src/shared/contract/endpoints';
import { testServer, type TestServer } from '../helpers/server';
/** `METHOD /path` of every route in Fastify's route tree (`printRoutes`), HEAD left out (Fastify adds it to GETs). */
function servedRoutes(tree: string): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│├└─\s]*)(\S.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const [, indent, segment, methods] = match;
    // Each level of the tree is drawn 4 characters wide ("│   ", "├── ").
    const depth = indent!.length / 4 - 1;
    stack.length = depth;
    stack.push(segment!);
    const path = stack.join('');
    for (const method of methods?.split(', ') ?? []) if (method !== 'HEAD') routes.push(`${method} ${path}`);
  }
  return routes;
}

const asRoute = (def: Endpoint) => `${def.stream ? 'GET' : def.method} ${def.path}`;

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe('the endpoint table and the served routes', () => {
  it('serves every row of ENDPOINTS, and under /api nothing else', () => {
    const { app } = server.luot.server;
    const served = servedRoutes(app.printRoutes({ commonPrefix: false })).filter((r) =>
      r.split(' ')[1]!.startsWith('/api/'),
    );
    const table = Object.values(ENDPOINTS as Record<string, Endpoint>).map(asRoute);

    expect(new Set(table).size).toBe(table.length); // no two rows for one route
    expect(served.filter((r) => !table.includes(r))).toEqual([]);
    expect(table.filter((r) => !served.includes(r))).toEqual([]);
    // The tree was read right: Fastify itself finds each row.
    for (const def of Object.values(ENDPOINTS as Record<string, Endpoint>))
      expect(app.hasRoute({ method: def.stream ? 'GET' : def.method, url: def.path }), asRoute(def)).toBe(true);
  });
});
