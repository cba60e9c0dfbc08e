import { describe, expect, it } from 'vitest';
import {
  displayMode,
  displayWindowBounds,
  monitorForDisplay,
  monitorName,
  rememberMonitor,
  type Monitor,
} from '../../src/main/monitor-choice';

const laptop: Monitor = { id: 1, label: 'Built-in', primary: true, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const tv: Monitor = { id: 2, label: 'TV', primary: false, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };
const projector: Monitor = { id: 3, label: '', primary: false, bounds: { x: -1024, y: 0, width: 1024, height: 768 } };

describe('the monitor the wall display goes on', () => {
  it('is the second monitor when nobody chose one', () => {
    expect(monitorForDisplay([laptop, tv], null)).toBe(tv);
  });

  it('is the primary monitor on a PC with one screen', () => {
    expect(monitorForDisplay([laptop], null)).toBe(laptop);
  });

  it('is the leftmost secondary monitor when there are several', () => {
    expect(monitorForDisplay([laptop, tv, projector], null)).toBe(projector);
  });

  it('is the one the manager chose', () => {
    expect(monitorForDisplay([laptop, tv, projector], rememberMonitor(tv))).toBe(tv);
    expect(monitorForDisplay([laptop, tv], rememberMonitor(laptop))).toBe(laptop);
  });

  it('falls back while the chosen TV is unplugged, and goes back to it when it is plugged in again', () => {
    const chosen = rememberMonitor(tv);
    expect(monitorForDisplay([laptop, projector], chosen)).toBe(projector);
    expect(monitorForDisplay([laptop], chosen)).toBe(laptop);
    expect(monitorForDisplay([laptop, projector, tv], chosen)).toBe(tv);
  });

  it('recognises the replugged TV by its place in the desktop when Windows gave it a new id', () => {
    const replugged = { ...tv, id: 42 };
    expect(monitorForDisplay([laptop, projector, replugged], rememberMonitor(tv))).toBe(replugged);
  });

  it('has none when there is no monitor at all', () => {
    expect(monitorForDisplay([], rememberMonitor(tv))).toBeUndefined();
  });

  it('remembers a copy, not the live bounds object', () => {
    const remembered = rememberMonitor(tv);
    expect(remembered).toEqual({ id: 2, bounds: tv.bounds });
    expect(remembered.bounds).not.toBe(tv.bounds);
  });

  it('names monitors for people, in both languages', () => {
    expect(monitorName(laptop, 0)).toEqual({
      vi: 'Màn hình 1 Built-in — 1366×768 (chính)',
      en: 'Monitor 1 Built-in — 1366×768 (primary)',
    });
    expect(monitorName(projector, 2).vi).toBe('Màn hình 3 — 1024×768');
  });
});

describe('how the wall display shows on its monitor', () => {
  const host = { kiosk: true, showsGreeter: true };

  it('fills a monitor of its own, in kiosk mode when the PC uses kiosk', () => {
    expect(displayMode(tv, null, host)).toBe('kiosk');
    expect(displayMode(tv, null, { ...host, kiosk: false })).toBe('full-screen');
  });

  it("is a window on the greeter's monitor, unless the manager chose that monitor — and never kiosk there", () => {
    expect(displayMode(laptop, null, host)).toBe('window');
    expect(displayMode(laptop, rememberMonitor(tv), host)).toBe('window');
    expect(displayMode(laptop, rememberMonitor(laptop), host)).toBe('full-screen');
  });

  it('fills the only monitor of a PC that shows nothing but the display', () => {
    expect(displayMode(laptop, null, { kiosk: true, showsGreeter: false })).toBe('kiosk');
  });

  it('as a window, takes a quarter of the monitor at its bottom right, inside it', () => {
    const bounds = displayWindowBounds(laptop);
    expect(bounds).toMatchObject({ width: 683, height: 384 });
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(laptop.bounds.width);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(laptop.bounds.height);
    expect(displayWindowBounds(tv).x).toBeGreaterThan(tv.bounds.x);
  });
});
