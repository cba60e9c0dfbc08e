/**
 * The display's voice: a queue of calls said one after another — never two at once, none dropped, the newest
 * always said — each as chime + sentence × repeat, in the center's voice, the bundled voice or the OS voice.
 *
 * When calls pile up (five counters calling within a second), each waiting call is said once instead of its
 * repeats, so the last one is not heard half a minute late. While the browser keeps sound off (no tap yet),
 * only the newest few calls wait; older ones would be stale by the time sound comes on.
 */
import { buildAnnouncements, type Announcement, type CallFacts } from '../../../shared/announcement';
import type { VoiceLanguage } from '../../../shared/spoken-words';
import { planAnnouncement, uncoveredWords, type SegmentInventory } from '../../../shared/voice-plan';
import {
  DEFAULT_VOICE_SETTINGS,
  type VoiceBankIndex,
  type VoiceSettings,
  type VoiceSetup,
} from '../../../shared/voice-settings';
import { AudioLibrary, type SegmentUrls } from './audio-library';
import { renderCall, type RenderedCall } from './render';
import { scheduleCall, type PlayedSound, type ScheduledCall } from './schedule';
import { say, voiceFor } from './speech';
import { fetchBankIndex } from './bank-index';

/** Scheduling a little ahead keeps the first sample from starting late on a busy TV box. */
const LEAD_S = 0.03;
const WAITING_WHILE_SILENT = 3;
/**
 * A running AudioContext renders silence all day on its own thread (a few % of a TV box's processor): after
 * this long with nothing to say it is suspended, and resumed (in milliseconds) for the next call.
 */
const REST_AFTER_MS = 2_000;
const JOURNAL = 200;
/**
 * The output's buffer: 25 ms (1,152 frames at 44.1 kHz) rather than 'interactive' (10 ms, 441 frames). A call is
 * said for about nine seconds of every ten in a busy hall, and while it is the page's audio thread and the
 * browser's audio service wake once per buffer: their share of a core falls with the buffer's length (issue 25).
 * What it costs is the time from a call to its first sound, about three buffers (Chromium's output latency:
 * 56 ms at 15 ms, 80 ms at 25, 96 ms at 30, 160 ms at 50). That time was won back first: a call is scheduled in
 * the task its event arrives in, before the screen redraws (drain below) — so at 25 ms the p95 is what it was at
 * 15 ms before (decision 0021, bench/display-ab.ts).
 */
const OUTPUT_LATENCY = 0.025;

/** A played sound with its time on the wall clock (ms since 1970), comparable with the server's clock. */
export interface JournalEntry extends PlayedSound {
  startMs: number;
  endMs: number;
}

type Listener = () => void;

/** A call waiting to be said (or, from setup, a few words to hear how they sound). */
interface Pending {
  spoken: () => Announcement[];
  code: string;
  recall: boolean;
  /** Setup's "listen" plays words once, without the chime. */
  plain: boolean;
}

const EMPTY: SegmentInventory = { recorded: new Set(), bundled: new Set(), bank: new Set() };
/** Calls remembered as decoded ahead; past this many the list starts again (the library drops old words too). */
const PREPARED = 300;

export class Announcer {
  readonly context: AudioContext;
  private readonly output: GainNode;
  private readonly library: AudioLibrary;
  private settings: VoiceSettings = DEFAULT_VOICE_SETTINGS;
  private inventory: SegmentInventory = EMPTY;
  private bankIndexUrl: string | null = null;
  private bank: Promise<VoiceBankIndex | null> | null = null;
  private urls: SegmentUrls = { recorded: new Map(), bundled: new Map(), bank: null, bankBase: '' };
  private pending: Pending[] = [];
  private playing = false;
  private count = 0;
  private muted = false;
  /** Calls wait until the voice settings have arrived: said with the defaults, a renamed counter would be wrong. */
  private configured = false;
  /** Suspended by us to save the processor, not by the browser: sound is still allowed. */
  private resting = false;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();
  /**
   * The calls already decoded ahead (by their facts), since the settings or the words on offer last changed: the
   * display asks again on every change of the queue, and only a number that newly waits needs planning.
   */
  private readonly prepared = new Set<string>();
  /** The last sounds played, newest last: what the hall heard, for support and for the tests. */
  readonly journal: JournalEntry[] = [];

  constructor(context: AudioContext = new AudioContext({ latencyHint: OUTPUT_LATENCY })) {
    this.context = context;
    this.output = context.createGain();
    this.output.connect(context.destination);
    this.library = new AudioLibrary(context, this.urls);
    context.addEventListener('statechange', () => {
      this.notify();
      if (context.state === 'running') void this.drain();
    });
  }

  get soundAllowed(): boolean {
    return this.context.state === 'running' || this.resting;
  }

  get isMuted(): boolean {
    return this.muted;
  }

  get isConfigured(): boolean {
    return this.configured;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Call from a tap or a key press: browsers start audio only after one. */
  async enable(): Promise<boolean> {
    await this.context.resume().catch(() => undefined);
    this.restSoon();
    return this.soundAllowed;
  }

  private restSoon(): void {
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => {
      if (this.playing || this.pending.length > 0 || this.context.state !== 'running') return;
      this.resting = true;
      void this.context.suspend();
    }, REST_AFTER_MS);
  }

  private async wake(): Promise<void> {
    clearTimeout(this.restTimer);
    if (!this.resting) return;
    await this.context.resume().catch(() => undefined);
    this.resting = false;
  }

  /** New settings or recordings from setup; `muted` when setup silenced this display. */
  configure(setup: VoiceSetup, muted: boolean): void {
    const { settings } = setup;
    const recorded = settings.source === 'recorded' ? setup.recorded : [];
    this.settings = settings;
    this.muted = muted;
    if (muted) this.pending = [];
    this.bankIndexUrl = setup.bankIndexUrl;
    this.urls = {
      recorded: new Map(recorded.map((r) => [r.key, r.url])),
      bundled: new Map(Object.entries(setup.bundled)),
      bank: this.urls.bank,
      bankBase: '/voice-files/',
    };
    this.inventory = {
      recorded: new Set(this.urls.recorded.keys()),
      bundled: new Set(this.urls.bundled.keys()),
      bank: this.inventory.bank,
    };
    this.library.reset(this.urls, settings.rate);
    this.prepared.clear();
    this.output.gain.setTargetAtTime(settings.volume / 100, this.context.currentTime, 0.05);
    this.configured = true;
    this.notify();
    if (this.pending.length > 0) void this.drain();
    else this.restSoon();
  }

  /** The syllable bank's index, fetched the first time a word needs it. */
  private loadBank(): Promise<VoiceBankIndex | null> {
    if (!this.bankIndexUrl) return Promise.resolve(null);
    this.bank ??= fetchBankIndex(this.bankIndexUrl).then((index) => {
      if (index) {
        this.urls = { ...this.urls, bank: index };
        this.inventory = { ...this.inventory, bank: new Set(Object.keys(index.words)) };
        this.library.reset(this.urls, this.settings.rate);
        this.prepared.clear();
      } else this.bank = null;
      return index;
    });
    return this.bank;
  }

  /** The sentences and their plans with the words on offer now; `needsBank` when the bank might cover more. */
  private planned(item: Pending, id: number): { call: ScheduledCall; needsBank: boolean } {
    const spoken = item
      .spoken()
      .map((announcement) => ({ announcement, steps: planAnnouncement(announcement, this.inventory) }));
    const needsBank = !this.urls.bank && spoken.some((s) => uncoveredWords(s.steps).length > 0);
    return { call: { id, code: item.code, recall: item.recall, spoken }, needsBank };
  }

  /** The sentences and their plans, with the bank loaded first if a word needs it. */
  private async scheduled(item: Pending, id: number): Promise<ScheduledCall> {
    const first = this.planned(item, id);
    if (first.needsBank && (await this.loadBank())) return this.planned(item, id).call;
    return first.call;
  }

  private pendingCall(call: CallFacts): Pending {
    const settings = this.settings;
    return {
      spoken: () => buildAnnouncements(call, settings),
      code: call.displayCode,
      recall: call.recall,
      plain: false,
    };
  }

  /**
   * Decodes ahead of time every segment these calls need, so saying them starts at once. Calls prepared before
   * (with the same settings and words on offer) are skipped: their segments are decoded already.
   */
  async prepare(calls: readonly CallFacts[]): Promise<void> {
    const fresh = calls.filter((call) => {
      const key = JSON.stringify(call);
      if (this.prepared.has(key)) return false;
      if (this.prepared.size >= PREPARED) this.prepared.clear();
      this.prepared.add(key);
      return true;
    });
    if (fresh.length === 0) return;
    const segments = [];
    for (const call of fresh)
      for (const { steps } of (await this.scheduled(this.pendingCall(call), 0)).spoken)
        for (const step of steps) if (step.kind === 'segment') segments.push(step);
    await this.library.preload(segments);
  }

  /** Queues a call; it is said after those before it. */
  announce(call: CallFacts): void {
    if (this.muted) return;
    this.pending.push(this.pendingCall(call));
    if (!this.soundAllowed) this.pending.splice(0, Math.max(0, this.pending.length - WAITING_WHILE_SILENT));
    void this.drain();
  }

  /** The call as a WAV, said the way this display would say it (the sample in docs/, the gap and clip tests). */
  async render(call: CallFacts, sampleRate?: number): Promise<RenderedCall> {
    const scheduled = await this.scheduled(this.pendingCall(call), 0);
    return renderCall(scheduled, this.settings, this.urls, sampleRate);
  }

  /** Says a few words once, no chime: setup's "listen" for one line of the recording script. */
  sayWords(words: string, language: VoiceLanguage): void {
    this.pending.push({
      spoken: () => [{ language, parts: [{ slot: 'words', text: words }] }],
      code: '',
      recall: false,
      plain: true,
    });
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.playing || !this.soundAllowed || !this.configured) return;
    this.playing = true;
    try {
      // Nothing is awaited that need not be: a call whose words are decoded is put on the audio clock in the task
      // its event arrived in, before the screen's redraw for the same event (≈ the redraw's time sooner heard).
      if (this.resting) await this.wake();
      else clearTimeout(this.restTimer);
      while (this.pending.length > 0 && this.soundAllowed && !this.muted) {
        const item = this.pending.shift()!;
        const id = ++this.count;
        const first = this.planned(item, id);
        const scheduled = first.needsBank ? await this.scheduled(item, id) : first.call;
        const repeats = item.plain || this.pending.length >= 2 ? 1 : this.settings.repeat;
        await this.play(scheduled, repeats, item.plain);
      }
    } finally {
      this.playing = false;
      this.restSoon();
    }
  }

  private async play(call: ScheduledCall, repeats: number, plain: boolean): Promise<void> {
    const segments = call.spoken.flatMap(({ steps }) => steps.flatMap((s) => (s.kind === 'segment' ? [s] : [])));
    if (!this.library.allReady(segments)) await this.library.preload(segments);
    const end = await scheduleCall({
      context: this.context,
      output: this.output,
      library: this.library,
      call,
      settings: plain ? { ...this.settings, chime: false } : this.settings,
      repeats,
      start: this.context.currentTime + LEAD_S,
      systemSpeaks: (language) => voiceFor(language, this.settings.systemVoice) !== null,
      speak: (at, words, language) => this.speakAt(at, words, language),
      played: (sound) => this.record(sound),
    });
    await this.until(end);
  }

  private async speakAt(at: number, words: string, language: VoiceLanguage): Promise<number> {
    await this.until(at);
    await say(words, language, {
      voiceName: this.settings.systemVoice,
      volume: this.settings.volume / 100,
      rate: this.settings.rate,
    });
    return this.context.currentTime + 0.02;
  }

  private until(time: number): Promise<void> {
    const ms = (time - this.context.currentTime) * 1000;
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }

  /** Audio-clock seconds → wall-clock ms, through the output's own timestamp (it includes the output latency). */
  private wallClock(time: number): number {
    const stamp = this.context.getOutputTimestamp?.();
    if (stamp?.performanceTime && stamp.contextTime !== undefined)
      return performance.timeOrigin + stamp.performanceTime + (time - stamp.contextTime) * 1000;
    return Date.now() + (time - this.context.currentTime + (this.context.outputLatency || 0)) * 1000;
  }

  private record(sound: PlayedSound): void {
    this.journal.push({ ...sound, startMs: this.wallClock(sound.start), endMs: this.wallClock(sound.end) });
    if (this.journal.length > JOURNAL) this.journal.splice(0, this.journal.length - JOURNAL);
  }
}
