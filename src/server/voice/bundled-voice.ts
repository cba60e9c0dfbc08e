/**
 * The bundled voice in resources/voice (made by scripts/make-voice.ts): its index, and its files served only by
 * the names the index lists. Found by walking up from this module, like the ticket fonts, so the source tree,
 * the built server and a packaged app all find it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VoiceBankIndex } from '../../shared/voice-settings';

/** Where the bundled voice is served: files shipped with Lượt, the same at every center, so no sign-in. */
export const BUNDLED_VOICE_BASE = '/voice-files/';

interface BundledIndex {
  made: string;
  segments: Record<string, string>;
}

const INDEX = 'index.json';
const BANK_INDEX = 'vi/bank/index.json';

export function voiceDirectory(): string | null {
  const candidates: string[] = [];
  if (process.env.LUOT_RESOURCES_DIR) candidates.push(join(process.env.LUOT_RESOURCES_DIR, 'voice'));
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged) candidates.push(join(packaged, 'voice'), join(packaged, 'resources', 'voice'));
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    candidates.push(join(dir, 'resources', 'voice'));
    dir = dirname(dir);
  }
  return candidates.find((c) => existsSync(join(c, INDEX))) ?? null;
}

export class BundledVoice {
  private readonly files = new Set<string>();
  /** Key → URL (with the voice's version, so a new bundled voice is never served from an old cache). */
  readonly segments: Record<string, string> = {};
  readonly bankIndexUrl: string | null = null;
  readonly version: string = 'none';

  constructor(private readonly dir: string | null = voiceDirectory()) {
    if (!dir) return;
    const index = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as BundledIndex;
    this.version = createHash('sha1')
      .update(index.made)
      .update(JSON.stringify(index.segments))
      .digest('hex')
      .slice(0, 8);
    for (const [key, file] of Object.entries(index.segments)) {
      this.files.add(file);
      this.segments[key] = this.urlOf(file);
    }
    if (existsSync(join(dir, BANK_INDEX))) {
      const bank = JSON.parse(readFileSync(join(dir, BANK_INDEX), 'utf8')) as VoiceBankIndex;
      for (const file of bank.files) this.files.add(file);
      this.files.add(BANK_INDEX);
      this.bankIndexUrl = this.urlOf(BANK_INDEX);
    }
  }

  private urlOf(file: string): string {
    return `${BUNDLED_VOICE_BASE}${file}?v=${this.version}`;
  }

  /** A bundled file's bytes, or null for anything the index does not list (no path ever leaves the folder). */
  file(name: string): { bytes: Buffer; type: string } | null {
    if (!this.dir || !this.files.has(name)) return null;
    const type = name.endsWith('.json') ? 'application/json' : 'audio/ogg';
    return { bytes: readFileSync(join(this.dir, name)), type };
  }
}
