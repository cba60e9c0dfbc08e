/**
 * `npm run build:web && node --import tsx scripts/render-sample-call.ts`: the sample call in docs/voice/ —
 * "Xin mời công dân có số A012 đến quầy số 3", then the same as a recall — rendered by the wall display's own
 * player in Chromium (the same scheduling as the loudspeaker), then checked with sox: level, clipping, and the
 * longest silence inside each sentence (must stay under 80 ms).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startLuot } from '../src/server/start';
import type { CreatedDevice } from '../src/shared/api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser';
import { longestGapMs, peakOf, readWav } from '../tests/helpers/wav';

const OUT = join(import.meta.dirname, '../docs/voice');
const ADMIN = 'sample-call-admin-token-0123456789';

interface Sound {
  kind: string;
  key?: string;
  start: number;
  end: number;
}
interface VoiceWindow {
  luotVoice?: { isConfigured: boolean; render(call: unknown): Promise<{ wavBase64: string; sounds: Sound[] }> };
}

const dir = mkdtempSync(join(tmpdir(), 'luot-sample-'));
const luot = await startLuot({
  dataDir: dir,
  host: '127.0.0.1',
  port: 0,
  version: 'sample',
  rendererDir: join(import.meta.dirname, '../out/renderer'),
  bootstrapToken: ADMIN,
});
const base = `http://127.0.0.1:${luot.port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const response = await fetch(`${base}/api/devices`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Sample', role: 'display', servicePointId: null }),
  });
  const { token } = (await response.json()) as CreatedDevice;
  const page = await browser.newPage();
  await page.goto(`${base}/signin#token=${token}`);
  await page.waitForURL((url) => url.pathname !== '/signin');
  await page.goto(`${base}/display`);
  await page.waitForFunction(() => (globalThis as unknown as VoiceWindow).luotVoice?.isConfigured === true);
  mkdirSync(OUT, { recursive: true });
  for (const recall of [false, true]) {
    const name = recall ? 'sample-recall' : 'sample-call';
    const call = { displayCode: 'A012', recall, point: { nameVi: 'Quầy 3', nameEn: 'Counter 3' }, zone: null };
    const rendered = await page.evaluate(
      (facts) => (globalThis as unknown as VoiceWindow).luotVoice!.render(facts),
      call,
    );
    const file = join(OUT, `${name}.wav`);
    const bytes = Buffer.from(rendered.wavBase64, 'base64');
    writeFileSync(file, bytes);
    const wav = readWav(bytes);
    // Each sentence (a repeat) runs from a template's first words to the last segment before the next repeat.
    const segments = rendered.sounds.filter((s) => s.kind === 'segment');
    const starts = segments.flatMap((s, i) => (s.key === segments[0]!.key ? [i] : []));
    const gaps = starts.map((from, n) => {
      const last = segments[(starts[n + 1] ?? segments.length) - 1]!;
      return longestGapMs(wav, segments[from]!.start, last.end).ms;
    });
    // sox prints its statistics on stderr.
    const stats = spawnSync('sox', [file, '-n', 'stats'], { encoding: 'utf8' }).stderr;
    const line = (label: string) =>
      stats
        .split('\n')
        .find((l) => l.startsWith(label))
        ?.trim() ?? '';
    console.log(`${file}: ${wav.samples.length / wav.sampleRate} s`);
    console.log(`  segments: ${segments.map((s) => s.key).join(' | ')}`);
    console.log(`  longest silence inside each sentence: ${gaps.map((g) => `${g} ms`).join(', ')} (limit 80 ms)`);
    console.log(
      `  peak ${peakOf(wav).toFixed(3)}; sox: ${line('Pk lev dB')}; ${line('RMS lev dB')}; ${line('Flat factor')}`,
    );
    if (gaps.some((g) => g > 80) || peakOf(wav) >= 0.99) process.exitCode = 1;
  }
} finally {
  await browser.close();
  await luot.stop();
  rmSync(dir, { recursive: true, force: true });
}
