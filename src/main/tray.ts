/**
 * The tray icon: whether this PC is doing its job — the host's core running and how many screens are connected
 * to it, or a station reaching its host — readable at a glance, with the shell's menu on a click.
 */
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { Bilingual } from '../preload/bridge';
import { iconPath, type AppLocation } from './resource-paths';

export type PcStatus =
  | {
      role: 'host';
      running: boolean;
      screensConnected: number;
      url: string;
      discoveryProblem: Bilingual | null;
      /** Anything else stations or tickets would suffer from: a Public network, no ticket renderer. */
      problems?: Bilingual[];
    }
  /** `hostAnswers` is `null` until the first check. */
  | { role: 'station'; hostUrl: string; hostAnswers: boolean | null };

export function statusText(status: PcStatus): Bilingual {
  if (status.role === 'host') {
    if (!status.running) return { vi: 'Máy chủ đã dừng', en: 'Host stopped' };
    const n = status.screensConnected;
    return {
      vi: `Máy chủ đang chạy tại ${status.url} · ${n} màn hình đang kết nối`,
      en: `Host running at ${status.url} · ${n} ${n === 1 ? 'screen' : 'screens'} connected`,
    };
  }
  if (status.hostAnswers === null)
    return { vi: `Đang kết nối ${status.hostUrl}…`, en: `Connecting to ${status.hostUrl}…` };
  return status.hostAnswers
    ? { vi: `Đã kết nối máy chủ ${status.hostUrl}`, en: `Connected to the host ${status.hostUrl}` }
    : { vi: `Không kết nối được máy chủ ${status.hostUrl}`, en: `Cannot reach the host ${status.hostUrl}` };
}

/** Windows cuts tray tooltips at 127 characters. */
export function trayTooltip(status: PcStatus): string {
  const text = statusText(status);
  const tooltip = `Lượt — ${text.vi}\n${text.en}`;
  return tooltip.length <= 127 ? tooltip : `${tooltip.slice(0, 126)}…`;
}

export function trayIconFile(status: PcStatus): string {
  const working =
    status.role === 'host'
      ? status.running && !status.discoveryProblem && !status.problems?.length
      : status.hostAnswers !== false;
  return working ? 'tray-working.png' : 'tray-problem.png';
}

export class ShellTray {
  private readonly tray: Tray;
  private iconFile = '';

  constructor(private readonly at: AppLocation) {
    this.tray = new Tray(nativeImage.createEmpty());
  }

  show(status: PcStatus, menuItems: MenuItemConstructorOptions[]): void {
    const file = trayIconFile(status);
    if (file !== this.iconFile) {
      this.tray.setImage(nativeImage.createFromPath(iconPath(this.at, file)));
      this.iconFile = file;
    }
    this.tray.setToolTip(trayTooltip(status));
    const text = statusText(status);
    const lines: MenuItemConstructorOptions[] = [text.vi, text.en].map((label) => ({ label, enabled: false }));
    if (status.role === 'host')
      for (const problem of [status.discoveryProblem, ...(status.problems ?? [])].filter((p) => p !== null))
        lines.push({ label: problem.vi, enabled: false }, { label: problem.en, enabled: false });
    this.tray.setContextMenu(Menu.buildFromTemplate([...lines, { type: 'separator' }, ...menuItems]));
  }

  destroy(): void {
    this.tray.destroy();
  }
}
