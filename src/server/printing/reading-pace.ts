/**
 * How fast a printer reads a ticket, learnt from the jobs it confirmed, and so how long to wait for a job's proof.
 * Cheap printers read a 40–70 KB raster ticket at 30–50 KB/s: a wait shorter than that calls a healthy printer
 * broken (and brings a duplicate when the volunteer presses "In lại"); a much longer one tells a real fault late.
 */

/** Until measured, assume the slowest printer we meet; a wrong guess here costs only a longer first wait. */
export const ASSUMED_BYTES_PER_SECOND = 25_000;

/** Above this the measure is the network, not the printer (a printer with a large buffer): never trust more. */
const FASTEST_BYTES_PER_SECOND = 1_000_000;

/** Room on top of the expected time: a fixed part for the round trips, a proportional part for a slow moment. */
const SPARE_MS = 1500;
const SPARE_SHARE = 0.5;

/** Jobs shorter than this measure the round trip, not the reading. */
const SHORTEST_MEASURE_MS = 30;

export class ReadingPace {
  private bytesPerSecond: number | null;

  constructor(measured: number | null = null) {
    this.bytesPerSecond = measured;
  }

  get measured(): number | null {
    return this.bytesPerSecond === null ? null : Math.round(this.bytesPerSecond);
  }

  /** How long this printer should need to read `bytes`. */
  expectedMs(bytes: number): number {
    const speed = Math.min(this.bytesPerSecond ?? ASSUMED_BYTES_PER_SECOND, FASTEST_BYTES_PER_SECOND);
    return (bytes / speed) * 1000;
  }

  /** How long to wait for the proof of a job of `bytes` before calling it unconfirmed. */
  patienceMs(bytes: number): number {
    const expected = this.expectedMs(bytes);
    return Math.ceil(expected + Math.max(SPARE_MS, expected * SPARE_SHARE));
  }

  /**
   * A job of `bytes` was proven read `ms` after it started. A slower reading is believed at once (the next wait
   * must cover it); a faster one only bit by bit, so one lucky job does not shorten the wait for the next.
   */
  observe(bytes: number, ms: number): void {
    if (ms < SHORTEST_MEASURE_MS) {
      this.bytesPerSecond ??= FASTEST_BYTES_PER_SECOND;
      return;
    }
    const sample = (bytes / ms) * 1000;
    const known = this.bytesPerSecond;
    this.bytesPerSecond = known === null || sample < known ? sample : known * 0.7 + sample * 0.3;
  }

  /** No proof came within `ms`: whatever the printer was doing took longer, so the next wait is longer too. */
  missed(bytes: number, ms: number): void {
    const atMost = (bytes / Math.max(ms, SHORTEST_MEASURE_MS)) * 1000;
    if (this.bytesPerSecond === null || atMost < this.bytesPerSecond) this.bytesPerSecond = atMost;
  }
}
