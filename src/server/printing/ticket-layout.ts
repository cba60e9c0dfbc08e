/**
 * The ticket's layout in blocks: text in millimetres turned into dots per printer, wrapped for Vietnamese, each
 * block measured before anything is drawn so the picture is made at its final height.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { PrinterProfile } from '../../shared/domain';
import { drawMono, type MonoImage } from './mono-image';
import { canvasModule } from './native-modules';
import { TICKET_FONT_FAMILY } from './ticket-fonts';
import { keepWordsTogether } from './vietnamese-words';

export type Weight = 600 | 800;

export type Align = 'center' | 'left';

/** One horizontal slice of the ticket: measured first, then drawn, so the canvas is made at its final height. */
export interface Block {
  height: number;
  /** `ink`: white for text on a black band. */
  draw(ctx: SKRSContext2D, top: number, ink?: string): void;
}

/** Taller than any Vietnamese capital with stacked marks, and a descender: the room a line needs. */
const TALLEST = 'ỄẴỮỖỸ';
const DEEPEST = 'gjpqyỵ';

/**
 * Measurements kept for the process, by font and text — the widths of candidate lines, whole wrapped texts, a
 * font's line height. A center prints the same name, services, directions and footer all day, and wrapping evens
 * lines out by re-wrapping the same words. Keyed by the text itself, never by what it belongs to (a service's
 * id), so a name edited in setup is simply another key: nothing measured for the old name can be served for the
 * new one. Exact because the measuring depends on nothing else: the fonts are registered once and never change.
 * Bounded, as the lines that change on every ticket (the time, the people ahead) are kept too: emptied when full.
 */
class Kept<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly max: number) {}

  get(key: string, make: () => T): T {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, (value = make()));
    }
    return value;
  }
}

const WIDTHS = new Kept<number>(5000);
const WRAPPED = new Kept<readonly string[]>(1000);
const LINE_METRICS = new Kept<{ ascent: number; descent: number }>(100);

/**
 * How far a block's ink may reach outside its own rows (the number's tail under its line at 30 mm, marks stacked
 * over a capital): a few millimetres at most. Drawn in bands (`drawMono`), a block is drawn into every band within
 * this reach, so no band misses a dot it would have had on one tall canvas.
 */
const INK_REACH_MM = 16;

export class Layout {
  readonly width: number;
  readonly margin: number;
  readonly blocks: Block[] = [];
  private readonly measure: SKRSContext2D;
  /** The measuring context's font as last set here: reading `measure.font` back is a call into the canvas. */
  private measureFont = '';

  constructor(private readonly profile: PrinterProfile) {
    this.width = profile.widthDots;
    this.margin = this.dots(1);
    this.measure = canvasModule().createCanvas(8, 8).getContext('2d');
  }

  private useFont(font: string): void {
    if (font !== this.measureFont) this.measure.font = this.measureFont = font;
  }

  dots(mm: number): number {
    return Math.round((mm * this.profile.dpi) / 25.4);
  }

  get inner(): number {
    return this.width - 2 * this.margin;
  }

  /** Text on 58 mm paper is a tenth smaller: still easy to read in the hand, and a shorter ticket. */
  font(sizeMm: number, weight: Weight): string {
    const scale = this.profile.paperMm === 58 ? 0.9 : 1;
    return `${weight} ${this.dots(sizeMm * scale)}px "${TICKET_FONT_FAMILY}"`;
  }

  /** Ascent and descent of a font, from the glyphs Vietnamese stacks highest and deepest. */
  private lineMetrics(font: string) {
    return LINE_METRICS.get(font, () => {
      this.useFont(font);
      const ascent = Math.ceil(this.measure.measureText(TALLEST).actualBoundingBoxAscent);
      const descent = Math.ceil(this.measure.measureText(DEEPEST).actualBoundingBoxDescent);
      return { ascent, descent };
    });
  }

  /**
   * Breaks text into lines no wider than `width`, between words — never inside a Vietnamese word of several
   * syllables ("hỗ trợ", see vietnamese-words.ts), and a no-break space keeps "4 người" together — then evens
   * the lines out so a long service name never ends on one lonely word.
   */
  wrap(text: string, font: string, width: number): readonly string[] {
    return WRAPPED.get(`${font}\u0000${width}\u0000${text}`, () => this.wrapNow(text, font, width));
  }

  private wrapNow(text: string, font: string, width: number): string[] {
    this.useFont(font);
    text = keepWordsTogether(text);
    const greedy = this.greedyWrap(text, width);
    if (greedy.length < 2) return greedy;
    // Sentences on lines of their own read best ("…chờ gọi số." / "Quá 3 lượt…"), when that costs no line.
    const sentences = text.split(/(?<=[.!?])\s+/);
    if (sentences.length === greedy.length && sentences.every((line) => this.fits(line, font, width))) return sentences;
    let lo = Math.floor(width / greedy.length);
    let hi = width;
    while (hi - lo > 2) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.greedyWrap(text, mid).length === greedy.length) hi = mid;
      else lo = mid;
    }
    return this.greedyWrap(text, hi);
  }

  fits(text: string, font: string, width: number): boolean {
    this.useFont(font);
    return this.widthOf(text) <= width;
  }

  /** The width of `text` in the measuring context's current font. */
  private widthOf(text: string): number {
    return WIDTHS.get(`${this.measureFont}\u0000${text}`, () => this.measure.measureText(text).width);
  }

  private greedyWrap(text: string, width: number): string[] {
    const fits = (s: string) => this.widthOf(s) <= width;
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (!fits(line) && line.length > 1) {
        const [head, rest] = this.cutToFit(line, fits);
        lines.push(head);
        line = rest;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  /**
   * A word wider than the line (a long name kept together, "VNeID&DVC…"): cut it between its syllables if it
   * can be, and inside a syllable only when one alone is wider than the paper.
   */
  private cutToFit(word: string, fits: (s: string) => boolean): [string, string] {
    const syllables = word.split('\u00a0');
    for (let n = syllables.length - 1; n > 0; n--) {
      const head = syllables.slice(0, n).join('\u00a0');
      if (fits(head)) return [head, syllables.slice(n).join('\u00a0')];
    }
    let cut = word.length - 1;
    while (cut > 1 && !fits(word.slice(0, cut))) cut--;
    return [word.slice(0, cut), word.slice(cut)];
  }

  text(text: string, sizeMm: number, weight: Weight, options: { align?: Align; x?: number; width?: number } = {}) {
    const font = this.font(sizeMm, weight);
    const x = options.x ?? this.margin;
    const width = options.width ?? this.inner;
    const lines = this.wrap(text.normalize('NFC'), font, width);
    const { ascent, descent } = this.lineMetrics(font);
    const gap = this.dots(0.5);
    const lineHeight = ascent + descent + gap;
    const block: Block = {
      height: lines.length * lineHeight,
      draw(ctx, top, ink = '#000') {
        ctx.font = font;
        ctx.fillStyle = ink;
        ctx.textAlign = options.align === 'left' ? 'left' : 'center';
        const anchor = options.align === 'left' ? x : x + width / 2;
        lines.forEach((line, i) => ctx.fillText(line, anchor, top + i * lineHeight + ascent));
      },
    };
    return block;
  }

  add(block: Block): void {
    this.blocks.push(block);
  }

  space(mm: number): void {
    const height = this.dots(mm);
    this.add({ height, draw: () => undefined });
  }

  rule(): void {
    const thickness = 2;
    const pad = this.dots(1.5);
    const { margin, inner } = this;
    this.add({
      height: thickness + 2 * pad,
      draw(ctx, top) {
        ctx.fillStyle = '#000';
        ctx.fillRect(margin, top + pad, inner, thickness);
      },
    });
  }

  /** Draws the blocks top to bottom on a picture of their total height, band by band, and keeps the dots. */
  render(): MonoImage {
    const height = this.blocks.reduce((sum, b) => sum + b.height, 0);
    const reach = this.dots(INK_REACH_MM);
    return drawMono(this.width, height, (ctx, bandTop, bandBottom) => {
      let top = 0;
      for (const block of this.blocks) {
        if (top - reach < bandBottom && top + block.height + reach > bandTop) block.draw(ctx, top);
        top += block.height;
      }
    });
  }
}
