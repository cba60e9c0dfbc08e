import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), { requestSingleInstanceLock: vi.fn(() => true), quit: vi.fn() });
  return { app };
});
vi.mock('electron', () => electron);

const { claimSingleInstance } = await import('../../src/main/single-instance');
const { shellWindows, trackWindow, windowToFocus } = await import('../../src/main/shell-windows');

/** A window as the single-instance rule uses it. */
class FakeWindow extends EventEmitter {
  minimized = false;
  focused = false;
  isDestroyed = () => false;
  isMinimized = () => this.minimized;
  restore = () => (this.minimized = false);
  show = vi.fn();
  focus = () => (this.focused = true);
}

const track = (kind: Parameters<typeof trackWindow>[0]) => {
  const window = new FakeWindow();
  trackWindow(kind, window as unknown as Electron.BrowserWindow);
  return window;
};

describe('one Lượt per PC', () => {
  beforeEach(() => {
    electron.app.removeAllListeners();
    vi.clearAllMocks();
    for (const { window } of shellWindows()) window.emit('closed');
  });

  it('quits at once when another Lượt already runs', () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(claimSingleInstance(vi.fn())).toBe(false);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the running window forward, restored, when Lượt is started again', () => {
    expect(claimSingleInstance(vi.fn())).toBe(true);
    const display = track('display');
    const counter = track('counter');
    counter.minimized = true;
    electron.app.emit('second-instance');
    expect(counter.focused && !counter.minimized).toBe(true);
    expect(display.focused).toBe(false);
  });

  it('reopens the screens when none is open (the host kept running in the tray)', () => {
    const reopen = vi.fn();
    claimSingleInstance(reopen);
    electron.app.emit('second-instance');
    expect(reopen).toHaveBeenCalledOnce();
  });

  it('prefers the setup page, then the windows people work at, and the wall display last', () => {
    const order = windowToFocus([{ kind: 'display' }, { kind: 'greeter' }, { kind: 'admin' }, { kind: 'pc-setup' }]);
    expect(order?.kind).toBe('pc-setup');
    expect(windowToFocus([{ kind: 'display' }, { kind: 'greeter' }])?.kind).toBe('greeter');
    expect(windowToFocus([])).toBeUndefined();
  });
});
