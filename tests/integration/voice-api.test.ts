import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatedDevice } from '../../src/shared/api';
import type { RecordedSegment, VoicePack, VoiceSetup } from '../../src/shared/voice-settings';
import { listen, testServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

/** A tiny valid WAV: 0.1 s of 16 kHz silence with one click, enough to tell two recordings apart. */
function wav(marker: number): string {
  const samples = 1600;
  const bytes = Buffer.alloc(44 + samples * 2);
  bytes.write('RIFF', 0);
  bytes.writeUInt32LE(36 + samples * 2, 4);
  bytes.write('WAVEfmt ', 8);
  bytes.writeUInt32LE(16, 16);
  bytes.writeUInt16LE(1, 20);
  bytes.writeUInt16LE(1, 22);
  bytes.writeUInt32LE(16000, 24);
  bytes.writeUInt32LE(32000, 28);
  bytes.writeUInt16LE(2, 32);
  bytes.writeUInt16LE(16, 34);
  bytes.write('data', 36);
  bytes.writeUInt32LE(samples * 2, 40);
  bytes.writeInt16LE(marker, 44 + 100);
  return bytes.toString('base64');
}

const record = (key: string, marker: number) =>
  server.api<{ recording: RecordedSegment }>('/api/voice/recordings', {
    method: 'PUT',
    body: { key, mime: 'audio/wav', audioBase64: wav(marker), durationMs: 100 },
  });

async function displayToken(): Promise<string> {
  const { body } = await server.api<CreatedDevice>('/api/devices', {
    body: { name: 'Tivi sảnh', role: 'display', servicePointId: null },
  });
  return body.token;
}

describe('voice API', () => {
  it('gives every screen the settings and the bundled voice that says the default call', async () => {
    const { status, body } = await server.api<VoiceSetup>('/api/voice', { token: await displayToken() });
    expect(status).toBe(200);
    expect(body.settings.templates.callVi).toBe('Xin mời công dân có số {number} đến {point}');
    expect(body.settings.repeat).toBe(2);
    for (const key of ['vi:xin mời công dân có số', 'vi:đến', 'vi:quầy số ba', 'vi:mười hai', 'vi:a', 'en:twelve'])
      expect(body.bundled[key], key).toMatch(/^\/voice-files\/.+\.opus\?v=/);
    const file = await fetch(server.base + body.bundled['vi:đến']!, {
      headers: { authorization: `Bearer ${await displayToken()}` },
    });
    expect(file.headers.get('content-type')).toBe('audio/ogg');
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('OggS');
    expect(body.bankIndexUrl).toMatch(/bank\/index\.json/);
  });

  it('serves only files the bundled index lists', async () => {
    for (const path of ['../../package.json', '..%2F..%2Fpackage.json', 'vi/../index.json', 'nothing.opus']) {
      const { status, body } = await server.api<{ error: { code: string } }>(`/voice-files/${path}`);
      expect(status, path).toBe(404);
      expect(body.error.code, path).toMatch(/NOT_FOUND$/);
    }
  });

  it('saves settings from setup, tells every screen, and refuses a template without the number', async () => {
    const events = await listen(server);
    const saved = await server.api('/api/voice', { method: 'PATCH', body: { repeat: 3, english: true } });
    expect(saved.status).toBe(200);
    await events.until((all) => all.some((e) => e.kind === 'setup' && e.what === 'voice'));
    events.close();
    const refused = await server.api('/api/voice', {
      method: 'PATCH',
      body: {
        templates: { callVi: 'Mời đến {point}', recallVi: 'x {number}', callEn: '{number}', recallEn: '{number}' },
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'VOICE_TEMPLATE',
      vi: expect.stringContaining('{number}'),
      en: expect.stringContaining('{number}'),
      issues: [expect.objectContaining({ path: 'templates.callVi' })],
    });
    const { body } = await server.api<VoiceSetup>('/api/voice');
    expect(body.settings).toMatchObject({
      repeat: 3,
      english: true,
      templates: { callVi: expect.stringContaining('Xin mời') },
    });
  });

  it('lets a display read the voice but not change it', async () => {
    const token = await displayToken();
    expect((await server.api('/api/voice', { method: 'PATCH', body: { repeat: 1 }, token })).status).toBe(403);
    expect((await server.api('/api/voice/pack', { token })).status).toBe(403);
  });

  it('keeps every recording: a new one replaces the current, removing goes back to the bundled voice', async () => {
    const first = await record('vi:quầy số', 1000);
    expect(first.status).toBe(200);
    const second = await record('vi:quầy số', 2000);
    const { body } = await server.api<VoiceSetup>('/api/voice');
    expect(body.recorded.map((r) => r.url)).toEqual([second.body.recording.url]);
    // The replaced recording is still there (a display may be playing it).
    const old = await fetch(server.base + first.body.recording.url, {
      headers: { authorization: 'Bearer test-admin-token-0123456789abcdef' },
    });
    expect(Buffer.from(await old.arrayBuffer()).readInt16LE(144)).toBe(1000);
    // The same address always holds the same take, so screens cache it for good.
    expect(old.headers.get('content-type')).toBe('audio/wav');
    expect(old.headers.get('cache-control')).toContain('immutable');
    const missing = await server.api<{ error: { code: string } }>('/api/voice/audio/999999');
    expect([missing.status, missing.body.error.code]).toEqual([404, 'RECORDING_NOT_FOUND']);
    const removed = await server.api(`/api/voice/recordings/${encodeURIComponent('vi:quầy số')}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect((await server.api<VoiceSetup>('/api/voice')).body.recorded).toEqual([]);
    const rows = server.luot.core.db.prepare('SELECT COUNT(*) AS n FROM voice_recordings').get() as { n: number };
    expect(rows.n).toBe(2);
  });

  it('exports a voice pack that another center imports whole', async () => {
    await record('vi:xin mời công dân có số', 3000);
    await record('vi:ba', 4000);
    const pack = (await server.api<VoicePack>('/api/voice/pack')).body;
    expect(pack.format).toBe('luot-voice-pack');
    expect(pack.segments.map((s) => s.key)).toEqual(['vi:ba', 'vi:xin mời công dân có số']);

    const other = await testServer();
    try {
      const imported = await other.api<{ imported: number }>('/api/voice/pack', { body: pack });
      expect(imported.body.imported).toBe(2);
      const { body } = await other.api<VoiceSetup>('/api/voice');
      expect(body.recorded.map((r) => r.key)).toEqual(['vi:ba', 'vi:xin mời công dân có số']);
      const broken = await other.api('/api/voice/pack', { body: { ...pack, format: 'something-else' } });
      expect(broken.status).toBe(400);
    } finally {
      await other.close();
    }
  });
});
