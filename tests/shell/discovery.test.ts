import { createSocket } from 'node:dgram';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeReply, encodeQuery, encodeReply, isQuery } from '../../src/server/discovery/discovery-message';
import { startDiscoveryResponder, type DiscoveryResponder } from '../../src/server/discovery/discovery-responder';
import { broadcastAddresses, findLuotHosts } from '../../src/server/discovery/find-hosts';
import { startLuot, type RunningLuot } from '../../src/server/start';

const host = {
  name: 'Trung tâm Phục vụ hành chính công xã Tân Lập',
  version: '0.1.0',
  url: 'http://192.168.1.20:8080',
};
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function responder(port: number | null = 0): Promise<DiscoveryResponder> {
  const started = await startDiscoveryResponder({ port, address: '127.0.0.1', describe: () => host });
  cleanups.push(() => started.close());
  return started;
}

async function luotOnLoopback(discoveryPort: number | null): Promise<RunningLuot> {
  const luot = await startLuot({
    dataDir: mkdtempSync(join(tmpdir(), 'luot-discovery-')),
    host: '127.0.0.1',
    port: 0,
    version: '0.1.0',
    discoveryPort,
  });
  cleanups.push(() => luot.stop());
  return luot;
}

describe('the discovery messages', () => {
  it('carry the host name with its diacritics, its version and its address', () => {
    expect(decodeReply(encodeReply(host))).toEqual(host);
    expect(isQuery(encodeQuery())).toBe(true);
  });

  it.each([
    ['not JSON', Buffer.from('hello')],
    ['a query instead of a reply', encodeQuery()],
    ['another protocol version', Buffer.from(JSON.stringify({ luot: 'host', protocol: 2, ...host }))],
    [
      'a non-web address',
      Buffer.from(JSON.stringify({ luot: 'host', protocol: 1, ...host, url: 'file:///etc/passwd' })),
    ],
    [
      'an oversized datagram',
      Buffer.from(JSON.stringify({ luot: 'host', protocol: 1, ...host, name: 'x'.repeat(3000) })),
    ],
  ])('ignore %s', (_what, datagram) => {
    expect(decodeReply(datagram)).toBeNull();
  });

  it("works out each network's broadcast address", () => {
    const info = (address: string, netmask: string, internal = false) => ({
      address,
      netmask,
      internal,
      family: 'IPv4' as const,
      mac: '00:00:00:00:00:00',
      cidr: null,
    });
    expect(
      broadcastAddresses({
        lo: [info('127.0.0.1', '255.0.0.0', true)],
        eth0: [info('192.168.1.20', '255.255.255.0')],
        wifi: [info('10.10.5.7', '255.255.252.0')],
      }),
    ).toEqual(['192.168.1.255', '10.10.7.255']);
  });
});

describe('finding the host on the LAN (real UDP on loopback)', () => {
  it("answers a station's query with the host's announcement", async () => {
    const { port } = await responder();
    const found = await findLuotHosts({ port: port!, targets: ['127.0.0.1'], timeoutMs: 300 });
    // The address to open is where the answer came from; the host's own idea of it is kept beside.
    expect(found).toEqual([{ ...host, url: 'http://127.0.0.1:8080', advertisedUrl: host.url }]);
  });

  it('finds nobody, quietly, when no host answers', async () => {
    const silent = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => silent.close(() => resolve())));
    expect(await findLuotHosts({ port: silent.address().port, targets: ['127.0.0.1'], timeoutMs: 200 })).toEqual([]);
  });

  it('does not answer datagrams that are not queries', async () => {
    const { port } = await responder();
    const asker = createSocket('udp4');
    cleanups.push(() => new Promise((resolve) => asker.close(() => resolve())));
    const answers: Buffer[] = [];
    asker.on('message', (datagram) => answers.push(datagram));
    await new Promise<void>((resolve) => asker.bind(0, '127.0.0.1', resolve));
    asker.send(Buffer.from('{"luot":"find-host","protocol":9}'), port!, '127.0.0.1');
    asker.send(Buffer.from('GET / HTTP/1.1'), port!, '127.0.0.1');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answers).toEqual([]);
  });

  it('is started by the core next to its LAN server, answering with the center name and the server address', async () => {
    const luot = await luotOnLoopback(0);
    const [found] = await findLuotHosts({ port: luot.discovery.port!, targets: ['127.0.0.1'], timeoutMs: 300 });
    expect(found).toEqual({
      name: luot.core.setup.settings().centerNameVi,
      version: '0.1.0',
      url: `http://127.0.0.1:${luot.port}`,
      advertisedUrl: luot.url,
    });
  });

  it('leaves the core running, and says why, when its UDP port is taken', async () => {
    const taken = await responder();
    const luot = await luotOnLoopback(taken.port);
    expect(luot.discovery.port).toBeNull();
    expect(luot.discovery.problem?.vi).toContain(`cổng UDP ${taken.port}`);
    expect(luot.discovery.problem?.en).toContain("type the host's address");
    expect((await fetch(`http://127.0.0.1:${luot.port}/api/health`)).ok).toBe(true);
  });

  it('can be turned off', async () => {
    const luot = await luotOnLoopback(null);
    expect(luot.discovery).toMatchObject({ port: null, problem: null });
  });
});
