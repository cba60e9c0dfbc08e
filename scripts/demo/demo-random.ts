/** Seeded randomness for demo days (the same seed gives the same center), and the shapes of a day. */

export class DemoRandom {
  constructor(private seed: number) {}

  /** mulberry32: small, fast, good enough for made-up days. */
  next(): number {
    this.seed = (this.seed + 0x6d2b79f5) | 0;
    let t = Math.imul(this.seed ^ (this.seed >>> 15), 1 | this.seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  sample<T>(list: readonly T[], count: number): T[] {
    return [...list].sort(() => this.next() - 0.5).slice(0, count);
  }

  weighted<K extends string>(weights: Partial<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) if ((roll -= w) < 0) return key;
    return entries[entries.length - 1]![0];
  }

  /** Knuth's Poisson draw, for arrivals in one step. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = this.next(); p > limit; p *= this.next()) k++;
    return k;
  }

  /** A duration around `mean` with a long right tail, as service times have. */
  logNormal(mean: number, spread = 0.45): number {
    const normal = Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
    return mean * Math.exp(spread * normal - (spread * spread) / 2);
  }
}

/** Citizens arriving per hour at a minute of the day: the morning peak, lunch closed, a quiet afternoon. */
export function arrivalsPerHour(minuteOfDay: number): number {
  const h = minuteOfDay / 60;
  if (h < 7) return 0;
  if (h < 8) return 34;
  if (h < 10.5) return 52;
  if (h < 11.25) return 30;
  if (h < 11.5) return 8;
  if (h < 13.5) return 0;
  if (h < 15) return 18;
  if (h < 16.25) return 12;
  return 0;
}

/** Share of tickets by service prefix (A Hộ tịch … V VNeID, H elderly help). */
export const SERVICE_MIX = { A: 36, B: 16, C: 14, D: 11, V: 13, H: 10 };

/** Mean service minutes by service prefix. */
export const SERVICE_MINUTES: Record<string, number> = { A: 5, B: 9, C: 6, D: 7, V: 6, H: 9 };
