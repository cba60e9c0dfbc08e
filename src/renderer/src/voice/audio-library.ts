/**
 * Decoded segments, ready to play: fetched once, decoded once, stretched to the chosen rate once, and kept (up
 * to a bound, oldest dropped first) so a call plays without waiting for the network or the decoder.
 */
import type { SegmentSource } from '../../../shared/voice-plan';
import type { VoiceBankIndex } from '../../../shared/voice-settings';
import { timeStretch } from './time-stretch';

/** Where each key's audio is. */
export interface SegmentUrls {
  recorded: ReadonlyMap<string, string>;
  bundled: ReadonlyMap<string, string>;
  bank: VoiceBankIndex | null;
  bankBase: string;
}

/** Enough for every word of a large center's calls; a TV box keeps ~20 MB of decoded voice at most. */
const KEEP = 400;

/** A segment being fetched and decoded, and once it is, its audio (null: it could not be had). */
interface Entry {
  promise: Promise<AudioBuffer | null>;
  done: boolean;
  buffer: AudioBuffer | null;
}

export class AudioLibrary {
  private readonly ready = new Map<string, Entry>();
  private rate = 1;

  constructor(
    private readonly context: BaseAudioContext,
    private urls: SegmentUrls,
  ) {}

  /** New sources or a new rate: what was decoded for the old ones is dropped. */
  reset(urls: SegmentUrls, rate: number): void {
    this.urls = urls;
    this.rate = rate;
    this.ready.clear();
  }

  private cacheKey(source: SegmentSource, key: string): string {
    return `${source}|${key}`;
  }

  /** The segment's audio, or null when it cannot be fetched or decoded (the player then speaks the words). */
  get(source: SegmentSource, key: string): Promise<AudioBuffer | null> {
    return this.entry(source, key).promise;
  }

  /**
   * The segment's audio if it is decoded already (null: it cannot be had), else undefined. Lets a call that is
   * all decoded be put on the audio clock in the same task its event arrived in, before the screen redraws.
   */
  peek(source: SegmentSource, key: string): AudioBuffer | null | undefined {
    const found = this.entry(source, key);
    return found.done ? found.buffer : undefined;
  }

  private entry(source: SegmentSource, key: string): Entry {
    const id = this.cacheKey(source, key);
    const found = this.ready.get(id);
    if (found) {
      // Refresh its place: the map's order is the order of last use.
      this.ready.delete(id);
      this.ready.set(id, found);
      return found;
    }
    const entry: Entry = { promise: Promise.resolve(null), done: false, buffer: null };
    entry.promise = this.load(source, key)
      .catch(() => null)
      .then((buffer) => {
        entry.done = true;
        entry.buffer = buffer;
        return buffer;
      });
    this.ready.set(id, entry);
    if (this.ready.size > KEEP) this.ready.delete(this.ready.keys().next().value!);
    return entry;
  }

  /** Whether the segment is decoded already (a call then starts within milliseconds). */
  async preload(items: readonly { source: SegmentSource; key: string }[]): Promise<void> {
    await Promise.all(items.map((item) => this.get(item.source, item.key)));
  }

  /** Whether every one of these segments is decoded already (or known to be missing). */
  allReady(items: readonly { source: SegmentSource; key: string }[]): boolean {
    return items.every((item) => this.peek(item.source, item.key) !== undefined);
  }

  private async load(source: SegmentSource, key: string): Promise<AudioBuffer | null> {
    if (source === 'bank') return this.loadFromBank(key);
    const url = (source === 'recorded' ? this.urls.recorded : this.urls.bundled).get(key);
    if (!url) return null;
    return this.stretched(await this.decode(url));
  }

  private readonly bankFiles = new Map<number, Promise<AudioBuffer>>();

  private async loadFromBank(key: string): Promise<AudioBuffer | null> {
    const entry = this.urls.bank?.words[key];
    if (!entry) return null;
    const [file, start, length] = entry;
    let whole = this.bankFiles.get(file);
    if (!whole) {
      whole = this.decode(`${this.urls.bankBase}${this.urls.bank!.files[file]}`);
      this.bankFiles.set(file, whole);
      // A bank file decodes to ~9 MB; keep it only while the words of one setup are being cut out of it.
      setTimeout(() => this.bankFiles.delete(file), 30_000);
    }
    const buffer = await whole;
    const from = Math.round(start * buffer.sampleRate);
    const samples = buffer.getChannelData(0).slice(from, from + Math.round(length * buffer.sampleRate));
    return this.stretched(this.bufferOf(samples, buffer.sampleRate));
  }

  private async decode(url: string): Promise<AudioBuffer> {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return this.context.decodeAudioData(await response.arrayBuffer());
  }

  private bufferOf(samples: Float32Array, sampleRate: number): AudioBuffer {
    const buffer = this.context.createBuffer(1, Math.max(1, samples.length), sampleRate);
    buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
    return buffer;
  }

  private stretched(buffer: AudioBuffer): AudioBuffer {
    if (Math.abs(this.rate - 1) < 0.01) return buffer;
    return this.bufferOf(timeStretch(buffer.getChannelData(0), buffer.sampleRate, this.rate), buffer.sampleRate);
  }
}
