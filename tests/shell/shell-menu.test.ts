import { describe, expect, it, vi } from 'vitest';
import { shellMenuItems, windowMenuTemplate, type MenuActions, type MenuState } from '../../src/main/shell-menu';

const actions = (): MenuActions => ({
  openAdministration: vi.fn(),
  reopenScreens: vi.fn(),
  moveDisplayTo: vi.fn(),
  setUpPc: vi.fn(),
  leaveKiosk: vi.fn(),
  quit: vi.fn(),
});

const host: MenuState = { role: 'host', kiosk: false, showsDisplay: true, monitors: [], displayMonitorId: null };
const labels = (state: MenuState) =>
  shellMenuItems(state, actions())
    .filter((item) => item.type !== 'separator')
    .map((item) => item.label);

describe("the shell's menu", () => {
  it("offers the host's administration, this PC's setup and quitting, in both languages", () => {
    expect(labels(host)).toEqual([
      'Quản trị trung tâm… / Center administration…',
      "Mở lại các màn hình của máy này / Reopen this PC's screens",
      'Cài đặt máy này… / Set up this PC…',
      'Thoát Lượt / Quit Lượt',
    ]);
  });

  it('has no administration on a station', () => {
    expect(labels({ ...host, role: 'station' })).not.toContain('Quản trị trung tâm… / Center administration…');
  });

  it('offers the way out of kiosk mode while kiosk windows are open', () => {
    expect(labels({ ...host, kiosk: true })).toContain('Thoát chế độ kiosk… / Leave kiosk mode…');
  });

  it('lists the monitors for the wall display, ticking the one it is on, and moves it when one is picked', () => {
    const picked = actions();
    const monitors = [
      { id: 1, primary: true, name: { vi: 'Màn hình 1', en: 'Monitor 1' } },
      { id: 2, primary: false, name: { vi: 'Màn hình 2', en: 'Monitor 2' } },
    ];
    const items = shellMenuItems({ ...host, monitors, displayMonitorId: 2 }, picked);
    const submenu = items.find((item) => item.label?.startsWith('Màn hình cho bảng gọi số'))?.submenu;
    expect(Array.isArray(submenu) && submenu.map((m) => [m.label, m.checked])).toEqual([
      ['Màn hình 1 / Monitor 1', false],
      ['Màn hình 2 / Monitor 2', true],
    ]);
    if (Array.isArray(submenu)) submenu[0]!.click?.({} as never, undefined, {} as never);
    expect(picked.moveDisplayTo).toHaveBeenCalledWith(1);
    expect(labels({ ...host, monitors: monitors.slice(0, 1) })).not.toContain(
      'Màn hình cho bảng gọi số / Monitor for the wall display',
    );
  });

  it('puts the same items in the menu bar, with reload, full screen and zoom under View', () => {
    const [luot, view] = windowMenuTemplate(host, actions());
    expect(luot?.label).toBe('Lượt');
    expect(Array.isArray(view?.submenu) && view.submenu.map((item) => item.role).filter(Boolean)).toEqual([
      'reload',
      'togglefullscreen',
      'zoomIn',
      'zoomOut',
      'resetZoom',
    ]);
  });
});
