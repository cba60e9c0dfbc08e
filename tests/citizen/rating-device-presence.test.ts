/**
 * The counter knows whether its point's rating device is there (issue 12): the server counts the rating device's
 * live connections, answers the counter's question, and tells staff screens when the device comes and goes —
 * with real WebSocket clients connecting, opening a second tab, and dropping off the network.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServicePoint } from '../../src/shared/domain';
import type { LuotEvent, RatingDevicePresence } from '../../src/shared/events';
import type { RatingDeviceStatus } from '../../src/shared/rating';
import { listen, testServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => server.close());

async function token(role: string, servicePointId: number | null): Promise<string> {
  const { body } = await server.api<{ token: string }>('/api/devices', {
    body: { name: `${role} ${servicePointId ?? ''}`, role, servicePointId },
  });
  return body.token;
}

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
const presence = (events: LuotEvent[]) =>
  events.filter((e): e is RatingDevicePresence => e.kind === 'ratingDevice').map((e) => [e.servicePointId, e.online]);

describe("the rating device's presence at the counter", () => {
  it('is told when the device connects and when it goes away, and answers when asked', async () => {
    const points = (await server.api<ServicePoint[]>('/api/service-points')).body;
    const q1 = points.find((p) => p.nameVi === 'Quầy 1')!.id;
    const q2 = points.find((p) => p.nameVi === 'Quầy 2')!.id;
    const counterToken = await token('counter', q1);
    const status = async (point = q1) =>
      (await server.api<RatingDeviceStatus>(`/api/service-points/${point}/rating-device`, { token: counterToken }))
        .body;

    // No rating device set up: nothing to show.
    expect(await status()).toEqual({ servicePointId: q1, registered: 0, online: false });
    const ratingToken = await token('rating', q1);
    expect(await status()).toEqual({ servicePointId: q1, registered: 1, online: false });

    const counter = await listen(server, bearer(counterToken));
    const display = await listen(server, bearer(await token('display', null)));
    const tablet = await listen(server, bearer(ratingToken));
    await counter.until((events) => presence(events).length === 1);
    expect(presence(counter.received.map((r) => r.event))).toEqual([[q1, true]]);
    expect(await status()).toMatchObject({ online: true });
    expect(await status(q2)).toMatchObject({ registered: 0, online: false });

    // A second tab of the same device, then it closes: the device is still there, nobody is told anything.
    const secondTab = await listen(server, bearer(ratingToken));
    secondTab.close();
    await new Promise((r) => setTimeout(r, 200));
    expect(await status()).toMatchObject({ online: true });

    // The tablet drops off the network (its connection torn, no goodbye): the counter hears it is gone.
    tablet.socket.terminate();
    await counter.until((events) => presence(events).length === 2);
    expect(presence(counter.received.map((r) => r.event))).toEqual([
      [q1, true],
      [q1, false],
    ]);
    expect(await status()).toMatchObject({ online: false });

    // It comes back.
    const back = await listen(server, bearer(ratingToken));
    await counter.until((events) => presence(events).length === 3);
    expect(await status()).toMatchObject({ online: true });

    // A revoked device is gone at once.
    const devices = (await server.api<{ id: number; role: string }[]>('/api/devices')).body;
    const ratingDevice = devices.find((d) => d.role === 'rating')!;
    await server.api(`/api/devices/${ratingDevice.id}`, { method: 'DELETE' });
    await counter.until((events) => presence(events).length === 4);
    expect(await status()).toEqual({ servicePointId: q1, registered: 0, online: false });

    // The wall display in the hall hears none of it.
    expect(presence(display.received.map((r) => r.event))).toEqual([]);
    for (const socket of [counter, display, back]) socket.close();
  });

  it('is refused to a screen that is not a counter', async () => {
    const display = await token('display', null);
    expect((await server.api('/api/service-points/1/rating-device', { token: display })).status).toBe(403);
    expect((await server.api('/api/service-points/9999/rating-device')).status).toBe(404);
  });
});
