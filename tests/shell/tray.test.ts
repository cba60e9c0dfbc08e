import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: {}, Tray: class {}, nativeImage: {} }));
const { statusText, trayIconFile, trayTooltip } = await import('../../src/main/tray');

const running = {
  role: 'host' as const,
  running: true,
  screensConnected: 3,
  url: 'http://192.168.1.20:8080',
  discoveryProblem: null,
};

describe('the tray icon', () => {
  it("says the host's core is running and how many screens are connected", () => {
    expect(statusText(running)).toEqual({
      vi: 'Máy chủ đang chạy tại http://192.168.1.20:8080 · 3 màn hình đang kết nối',
      en: 'Host running at http://192.168.1.20:8080 · 3 screens connected',
    });
    expect(statusText({ ...running, screensConnected: 1 }).en).toContain('1 screen connected');
    expect(trayIconFile(running)).toBe('tray-working.png');
  });

  it('shows a problem when the core stopped or stations cannot find the host', () => {
    expect(statusText({ ...running, running: false })).toEqual({ vi: 'Máy chủ đã dừng', en: 'Host stopped' });
    expect(trayIconFile({ ...running, running: false })).toBe('tray-problem.png');
    const problem = { vi: 'cổng UDP bận', en: 'UDP port busy' };
    expect(trayIconFile({ ...running, discoveryProblem: problem })).toBe('tray-problem.png');
  });

  it('says whether a station reaches its host', () => {
    const station = { role: 'station' as const, hostUrl: 'http://192.168.1.20:8080', hostAnswers: null };
    expect(statusText(station).vi).toBe('Đang kết nối http://192.168.1.20:8080…');
    expect(trayIconFile(station)).toBe('tray-working.png');
    expect(statusText({ ...station, hostAnswers: true }).en).toBe('Connected to the host http://192.168.1.20:8080');
    expect(statusText({ ...station, hostAnswers: false }).vi).toBe(
      'Không kết nối được máy chủ http://192.168.1.20:8080',
    );
    expect(trayIconFile({ ...station, hostAnswers: false })).toBe('tray-problem.png');
  });

  it("keeps the tooltip within Windows' 127 characters", () => {
    const tooltip = trayTooltip({ ...running, url: 'http://192.168.100.200:8080', screensConnected: 120 });
    expect(tooltip.length).toBeLessThanOrEqual(127);
    expect(tooltip.startsWith('Lượt — Máy chủ đang chạy')).toBe(true);
  });
});
