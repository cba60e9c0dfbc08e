/**
 * `npm run hub` runs the bundled hub (vite.hub.config.ts → out/hub/hub-main.js, built by `npm test` first) with
 * plain Node, no TypeScript loader, as a province's server will: on a real PostgreSQL it migrates, serves its
 * dashboard (page, script, style, the chart library) and takes a center's signed file; without its token or its
 * database it stops with a message in Vietnamese and English.
 */
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fileText,
  HUB_BUNDLE,
  HUB_TOKEN,
  sampleFigures,
  signedFile,
  startHubProcess,
  testCenter,
  type HubProcess,
} from '../helpers/hub';
import { postgresMissing, startPostgres, type TestPostgres } from '../helpers/postgres';

const missing = postgresMissing();
let cluster: TestPostgres;
let hub: HubProcess;

describe.skipIf(missing)(`the bundled hub${missing ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    if (!existsSync(HUB_BUNDLE)) throw new Error('out/hub/hub-main.js is missing: npm run build:hub');
    cluster = await startPostgres();
    hub = await startHubProcess(cluster.url);
  }, 120_000);
  afterAll(async () => {
    await hub?.stop();
    cluster?.stop();
  });

  it('starts on plain Node, says so in both languages, and serves its dashboard', async () => {
    expect(hub.output()).toContain('Máy chủ tỉnh Lượt đang chạy / Lượt hub listening on');
    expect((await fetch(`${hub.url}/api/hub/health`)).status).toBe(200);
    const page = await fetch(`${hub.url}/hub`);
    expect(await page.text()).toContain('hub.js');
    for (const [file, type] of [
      ['hub.js', 'javascript'],
      ['hub.css', 'css'],
      ['echarts.js', 'javascript'],
    ] as const) {
      const response = await fetch(`${hub.url}/hub/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toContain(type);
      expect((await response.text()).length, file).toBeGreaterThan(1000);
    }
  });

  it("takes a registered center's signed file", async () => {
    const center = testCenter('31006', 'Xã Hòa Bình', 'Tỉnh Hòa Bình');
    const registered = await fetch(`${hub.url}/api/hub/centers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${HUB_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        code: center.code,
        nameVi: center.nameVi,
        province: center.province,
        publicKey: center.keys.publicKey,
      }),
    });
    expect(registered.status).toBe(201);
    const { token } = (await registered.json()) as { token: string };
    const sent = await fetch(`${hub.url}/api/hub/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: fileText(signedFile(center, '2026-11-23', 1, sampleFigures(4))),
    });
    expect(sent.status).toBe(201);
    expect(((await sent.json()) as { message: { vi: string } }).message.vi).toContain('Đã nhận');
  });

  it('stops with a bilingual message without its token, or when the database cannot be reached', async () => {
    await expect(startHubProcess(cluster.url, { token: 'short' })).rejects.toThrow(
      /exited with 1[\s\S]*LUOT_HUB_TOKEN[\s\S]*Set LUOT_HUB_TOKEN/,
    );
    await expect(startHubProcess('postgres://hub@127.0.0.1:9/hub')).rejects.toThrow(
      /exited with 1[\s\S]*Không kết nối được PostgreSQL tại 127.0.0.1:9[\s\S]*Cannot reach PostgreSQL at 127.0.0.1:9/,
    );
  });

  it('says what to do when PostgreSQL refuses the user, lacks the database, or the port is taken', async () => {
    const at = new URL(cluster.url).host;
    await expect(startHubProcess(`postgres://nobody@${at}/hub`)).rejects.toThrow(
      /exited with 1[\s\S]*không cho người dùng "nobody" đăng nhập[\s\S]*refused the user "nobody"/,
    );
    await expect(startHubProcess(`postgres://hub@${at}/no_such_hub`)).rejects.toThrow(
      /exited with 1[\s\S]*Chưa có cơ sở dữ liệu "no_such_hub"[\s\S]*There is no database "no_such_hub"/,
    );
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      await expect(startHubProcess(cluster.url, { port })).rejects.toThrow(
        new RegExp(
          `exited with 1[\\s\\S]*Cổng ${port} đã có chương trình khác dùng[\\s\\S]*Port ${port} is already in use`,
        ),
      );
    } finally {
      taken.close();
    }
  });
});
