/**
 * The wall display's voice in real Chromium with the real server: what is played for a call, a recall seen
 * and heard, five calls within a second said in order and never over each other, a muted display silent, and
 * a rendered call with no gap inside a phrase and no clipping.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServicePoint, Service } from '../../src/shared/domain';
import type { LuotEvent } from '../../src/shared/events';
import { ADMIN, screensHarness, type ScreensHarness } from '../helpers/screens';
import { longestGapMs, peakOf, readWav } from '../helpers/wav';

/** What the display's announcer (`window.luotVoice`) tells about the sounds it played. */
interface JournalEntry {
  call: number;
  code: string;
  recall: boolean;
  kind: 'chime' | 'segment' | 'speech';
  key?: string;
  source?: string;
  start: number;
  end: number;
  startMs: number;
  endMs: number;
}
interface VoiceWindow {
  luotVoice?: {
    soundAllowed: boolean;
    isConfigured: boolean;
    journal: JournalEntry[];
    render(call: unknown): Promise<{ wavBase64: string; sounds: JournalEntry[] }>;
  };
}

let h: ScreensHarness;
beforeEach(async () => {
  h = await screensHarness();
});
afterEach(async () => {
  await h.close();
});

/** The codes called, in the order of their events on the server's WebSocket. */
async function eventStream() {
  const socket = new WebSocket(`${h.base.replace('http', 'ws')}/api/events`, {
    headers: { authorization: `Bearer ${ADMIN}` },
  });
  const called: string[] = [];
  socket.on('message', (data: Buffer) => {
    for (const event of JSON.parse(data.toString()) as LuotEvent[])
      if (event.kind === 'ticket' && event.type === 'called') called.push(event.ticket.displayCode);
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return { called: () => called, close: () => socket.close() };
}

async function setupIds() {
  const points = await h.api<ServicePoint[]>('GET', '/api/service-points');
  const services = await h.api<Service[]>('GET', '/api/services');
  return {
    point: (name: string) => points.find((p) => p.nameVi === name)!.id,
    service: (prefix: string) => services.find((s) => s.prefix === prefix)!.id,
  };
}

/** The display, signed in, with its voice loaded and sound allowed (Chromium runs with autoplay allowed). */
async function openDisplay(): Promise<Page> {
  const display = await h.open(await h.device('display'), '/display', { width: 1366, height: 768 });
  await display.waitForFunction(
    () => {
      const voice = (globalThis as unknown as VoiceWindow).luotVoice;
      return voice?.isConfigured === true && voice.soundAllowed;
    },
    undefined,
    {
      timeout: 10_000,
    },
  );
  return display;
}

const journal = (display: Page) => display.evaluate(() => (globalThis as unknown as VoiceWindow).luotVoice!.journal);

/** Waits until the display has finished saying `calls` calls (the last sound of the last one has ended). */
async function heard(display: Page, calls: number): Promise<JournalEntry[]> {
  await expect
    .poll(
      async () => {
        const sounds = await journal(display);
        const ids = new Set(sounds.map((s) => s.call));
        const last = sounds.at(-1);
        return ids.size >= calls && last !== undefined && last.endMs < Date.now();
      },
      { timeout: 60_000, interval: 250 },
    )
    .toBe(true);
  return journal(display);
}

describe('call announcements on the wall display', () => {
  it('says a call as the chime, then the bundled segments of the sentence, twice', async () => {
    const ids = await setupIds();
    const display = await openDisplay();
    await h.api('POST', '/api/tickets', { serviceId: ids.service('A'), priority: 'none' });
    await h.api('POST', `/api/service-points/${ids.point('Quầy 1')}/call-next`, {});

    const sounds = await heard(display, 1);
    const once = ['vi:xin mời công dân có số', 'vi:a', 'vi:một', 'vi:đến', 'vi:quầy số một'];
    expect(sounds.map((s) => (s.kind === 'chime' ? 'chime' : s.key))).toEqual(['chime', ...once, ...once]);
    expect(sounds.filter((s) => s.kind === 'segment').every((s) => s.source === 'bundled')).toBe(true);
    expect(sounds.every((s) => s.code === 'A001' && !s.recall)).toBe(true);
  });

  it('rests its audio between calls, from the start too, and still says the next call', async () => {
    // A running AudioContext renders silence on its own thread all day (≈ 2 % of a core in the bench): a display
    // allowed sound without a tap (the Electron window, a kiosk-mode browser) must rest it until the first call.
    const ids = await setupIds();
    const display = await openDisplay();
    const state = () =>
      display.evaluate(
        () => (globalThis as unknown as { luotVoice: { context: { state: string } } }).luotVoice.context.state,
      );
    await expect.poll(state, { timeout: 8_000 }).toBe('suspended');
    expect(await display.evaluate(() => (globalThis as unknown as VoiceWindow).luotVoice!.soundAllowed)).toBe(true);
    // No banner asks for a tap: resting is not "sound blocked".
    expect(await display.getByText('để bật âm thanh', { exact: false }).count()).toBe(0);
    await h.api('POST', '/api/tickets', { serviceId: ids.service('A'), priority: 'none' });
    await h.api('POST', `/api/service-points/${ids.point('Quầy 1')}/call-next`, {});
    const sounds = await heard(display, 1);
    expect(sounds[0]).toMatchObject({ kind: 'chime', code: 'A001' });
    await expect.poll(state, { timeout: 8_000 }).toBe('suspended');
  }, 60_000);

  it('shows and says a recall: "Mời lại số" on screen, "xin mời lại số …" in the hall', async () => {
    const ids = await setupIds();
    const display = await openDisplay();
    await h.api('PATCH', '/api/voice', { repeat: 1 });
    await h.api('POST', '/api/tickets', { serviceId: ids.service('B'), priority: 'none' });
    const called = await h.api<{ ticket: { id: number } }>(
      'POST',
      `/api/service-points/${ids.point('Quầy 3')}/call-next`,
      {},
    );
    await heard(display, 1);
    await h.api('POST', `/api/tickets/${called.ticket.id}/recall`, {});

    await display.getByTestId('display-recall').waitFor();
    expect(await display.getByTestId('display-recall').textContent()).toBe('Mời lại số');
    expect(await display.locator('.board__row--recall .board__state').textContent()).toBe('mời lại');
    const sounds = await heard(display, 2);
    const recall = sounds.filter((s) => s.recall && s.kind === 'segment').map((s) => s.key);
    expect(recall).toEqual(['vi:xin mời lại số', 'vi:bê', 'vi:một', 'vi:đến', 'vi:quầy số ba']);
  });

  it(
    'says five calls made within one second one after another, in order, none lost, none overlapping',
    { timeout: 120_000 },
    async () => {
      const ids = await setupIds();
      const display = await openDisplay();
      for (const prefix of ['A', 'A', 'B', 'B', 'C'])
        await h.api('POST', '/api/tickets', { serviceId: ids.service(prefix), priority: 'none' });
      // The order the calls happened in, as every screen receives them: the order of their events.
      const events = await eventStream();
      const started = Date.now();
      const answers = await Promise.all(
        ['Quầy 1', 'Quầy 2', 'Quầy 3', 'Quầy 4', 'Quầy 5'].map((name) =>
          h.api<{ ticket: { displayCode: string; calledAt: number } }>(
            'POST',
            `/api/service-points/${ids.point(name)}/call-next`,
            {},
          ),
        ),
      );
      expect(Date.now() - started).toBeLessThan(5_000);

      const sounds = await heard(display, 5);
      const calls = [...new Set(sounds.map((s) => s.call))];
      expect(calls).toHaveLength(5);
      // Each call's sounds come together: no call is interrupted by another.
      const callOfSound = sounds.map((s) => s.call);
      expect(callOfSound).toEqual([...callOfSound].sort((a, b) => a - b));
      // In time, never two sounds at once.
      for (let i = 1; i < sounds.length; i++)
        expect(sounds[i]!.startMs).toBeGreaterThanOrEqual(sounds[i - 1]!.endMs - 1);
      // Every number called was said, the last one included.
      const said = calls.map((id) => sounds.find((s) => s.call === id)!.code);
      expect([...said].sort()).toEqual(answers.map((a) => a.ticket.displayCode).sort());
      // In the order they were called.
      expect(said).toEqual(events.called());
      events.close();
    },
  );

  it('keeps a muted display silent but still shows the call', async () => {
    const ids = await setupIds();
    const display = await openDisplay();
    const deviceId = await display.evaluate(async () => {
      const session = (await (await fetch('/api/session')).json()) as { device: { id: number } };
      return session.device.id;
    });
    await h.api('PATCH', '/api/voice', { mutedDisplayIds: [deviceId] });
    await display.getByTestId('sound-muted').waitFor();
    await h.api('POST', '/api/tickets', { serviceId: ids.service('A'), priority: 'none' });
    await h.api('POST', `/api/service-points/${ids.point('Quầy 1')}/call-next`, {});
    await display.locator('.display__call-number', { hasText: 'A001' }).waitFor();
    await display.waitForTimeout(1500);
    expect(await journal(display)).toEqual([]);
  });

  it('renders a call with no gap over 80 ms inside its phrase and no clipping', async () => {
    const display = await openDisplay();
    const rendered = await display.evaluate(() =>
      (globalThis as unknown as VoiceWindow).luotVoice!.render({
        displayCode: 'A012',
        recall: false,
        point: { nameVi: 'Bàn hỗ trợ người cao tuổi', nameEn: 'Elderly help desk' },
        zone: null,
      }),
    );
    const wav = readWav(Buffer.from(rendered.wavBase64, 'base64'));
    const sentence = rendered.sounds.filter((s) => s.kind === 'segment');
    expect(sentence.map((s) => s.key).slice(0, 6)).toEqual([
      'vi:xin mời công dân có số',
      'vi:a',
      'vi:mười hai',
      'vi:đến',
      'vi:bàn hỗ trợ người cao tuổi',
      'vi:xin mời công dân có số',
    ]);
    // One phrase: from the first word to the last of the first repeat.
    const phrase = { from: sentence[0]!.start, to: sentence[4]!.end };
    const gap = longestGapMs(wav, phrase.from, phrase.to);
    expect(gap.ms, `longest gap at ${gap.at.toFixed(3)} s`).toBeLessThanOrEqual(80);
    expect(peakOf(wav)).toBeLessThan(0.99);
    expect(peakOf(wav)).toBeGreaterThan(0.3);
  });
  it('says a counter name no phrase covers syllable by syllable from the bundled bank, never by silence', async () => {
    const ids = await setupIds();
    await h.api('PATCH', `/api/service-points/${ids.point('Quầy 1')}`, { nameVi: 'Phòng tiếp dân' });
    await h.api('PATCH', '/api/voice', { repeat: 1 });
    const display = await openDisplay();
    await h.api('POST', '/api/tickets', { serviceId: ids.service('A'), priority: 'none' });
    await h.api('POST', `/api/service-points/${ids.point('Quầy 1')}/call-next`, {});
    const sounds = await heard(display, 1);
    expect(sounds.filter((s) => s.kind !== 'chime').map((s) => `${s.key}/${s.source}`)).toEqual([
      'vi:xin mời công dân có số/bundled',
      'vi:a/bundled',
      'vi:một/bundled',
      'vi:đến/bundled',
      'vi:phòng/bank',
      'vi:tiếp/bank',
      'vi:dân/bank',
    ]);
  });

  it('says the call slower at rate 0.8 without lowering the voice', async () => {
    const display = await openDisplay();
    const render = async () => {
      const rendered = await display.evaluate(() =>
        (globalThis as unknown as VoiceWindow).luotVoice!.render({
          displayCode: 'A012',
          recall: false,
          point: { nameVi: 'Quầy 3', nameEn: 'Counter 3' },
          zone: null,
        }),
      );
      const wav = readWav(Buffer.from(rendered.wavBase64, 'base64'));
      const segments = rendered.sounds.filter((s) => s.kind === 'segment');
      const first = segments[0]!;
      const last = segments[4]!;
      const samples = wav.samples.subarray(
        Math.round(first.start * wav.sampleRate),
        Math.round(last.end * wav.sampleRate),
      );
      let crossings = 0;
      for (let i = 1; i < samples.length; i++) if (samples[i - 1]! < 0 !== samples[i]! < 0) crossings++;
      return { seconds: last.end - first.start, crossingsPerSecond: crossings / (samples.length / wav.sampleRate) };
    };
    const normal = await render();
    await h.api('PATCH', '/api/voice', { rate: 0.8 });
    await display.waitForFunction(() => {
      const voice = (globalThis as unknown as { luotVoice?: { settings?: { rate: number } } }).luotVoice;
      return voice?.settings?.rate === 0.8;
    });
    const slow = await render();
    expect(slow.seconds / normal.seconds).toBeGreaterThan(1.15);
    expect(slow.seconds / normal.seconds).toBeLessThan(1.35);
    // Played slower by resampling, every frequency would drop by a fifth; stretched, they stay.
    expect(slow.crossingsPerSecond / normal.crossingsPerSecond).toBeGreaterThan(0.9);
    expect(slow.crossingsPerSecond / normal.crossingsPerSecond).toBeLessThan(1.1);
  });
});
