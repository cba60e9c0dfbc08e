import { describe, expect, it } from 'vitest';
import { monitorForDisplay, monitorName, rememberMonitor, type Monitor } from '../../src/main/monitor-choice';

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
