/**
 * The "Set up this PC" window: the first-run choice of host or station, a later change of it, and the PIN
 * prompt for guarded actions (leaving kiosk, administration). A local page (src/pc-setup) with its own tiny
 * bridge; the main process decides everything — the page cannot save without the PIN, whatever it sends.
 */
import { app, BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { z } from 'zod';
import { findLuotHosts } from '../server/discovery/find-hosts';
import type { Bilingual } from '../preload/bridge';
import type {
  NetworkNotice,
  PcChoice,
  PcSetupCalls,
  PcSetupPurpose,
  SaveAnswer,
  UnlockAnswer,
} from '../preload/pc-setup-bridge';
import { currentMonitors, monitorOptions } from './display-placement';
import { nextFreePort, portAvailable } from './free-port';
import { answerer, fromTopFrame } from './ipc';
import { hashPin, PinAttempts, verifyPin } from './manager-pin';
import type { PublicNetworks } from './network-profile';
import { findPublicNetworks, makePrivate, openNetworkSettings } from './network-warning';
import { pcConfig, savePcConfig, type PcConfig } from './pc-config';
import { choiceFromConfig, decidePcSetup, pcChoiceInput } from './pc-setup-choice';
import { iconPath, type AppLocation } from './resource-paths';
import { keepOnOrigin, secureWebPreferences } from './security';
import type { ShellLog } from './shell-log';
import { portTakenHere } from './shell-text';
import { shellWindows, trackWindow } from './shell-windows';
import { findMovedHost, hostAnswers } from './station-role';

export interface PcSetupRequest {
  purpose: PcSetupPurpose;
  /** The settings in force, whose PIN guards this page; `null` on the first run. */
  current: PcConfig | null;
  reason?: Bilingual;
  notice?: Bilingual | null;
  /** The window the PIN is asked for (a kiosk window): the page opens above it. */
  parent?: BrowserWindow | undefined;
  onSaved?: (config: PcConfig, signInToken: string | null) => void;
  /** Called once when the page closes: whether it was unlocked (purpose `unlock`) or saved. */
  onClosed?: (done: boolean) => void;
}

export interface PcSetupDeps {
  at: AppLocation;
  /** Where `luot-pc.json` is kept (pc-folders.ts). */
  machineDir: string;
  log: ShellLog;
  /** The UDP port of LAN discovery; `null` when it is turned off. */
  discoveryPort: number | null;
}

const PAGE = join(import.meta.dirname, 'pc-setup/pc-setup.html');
const PRELOAD = join(import.meta.dirname, '../preload/pc-setup.cjs');
/** An in-memory session: the page needs no cookies and keeps none. */
const PARTITION = 'luot-pc-setup';

/** Shared by every PIN prompt, so closing and reopening the page does not reset the count. */
const attempts = new PinAttempts();

interface OpenPage {
  window: BrowserWindow;
  request: PcSetupRequest;
  unlocked: boolean;
  done: boolean;
}

let page: OpenPage | null = null;
/** What the last look at the networks found Public, for the page's button. */
let publicNow: PublicNetworks | null = null;

export function openPcSetup(request: PcSetupRequest, deps: PcSetupDeps): void {
  if (page) {
    page.window.focus();
    request.onClosed?.(false);
    return;
  }
  const window = new BrowserWindow({
    title: 'Lượt — Cài đặt máy này / Set up this PC',
    icon: iconPath(deps.at, 'icon.png'),
    width: request.purpose === 'unlock' ? 480 : 820,
    // The form is long; a 1366×768 laptop must still show its buttons (the page scrolls).
    height: request.purpose === 'unlock' ? 420 : Math.min(860, screen.getPrimaryDisplay().workAreaSize.height - 40),
    parent: request.parent,
    modal: request.parent !== undefined,
    // Above kiosk windows, which stay on top of everything else.
    alwaysOnTop: shellWindows().some((w) => !w.window.isDestroyed() && w.window.isKiosk()),
    autoHideMenuBar: true,
    show: false,
    webPreferences: secureWebPreferences(PRELOAD, PARTITION),
  });
  window.setMenu(null);
  trackWindow('pc-setup', window);
  keepOnOrigin(window.webContents, null);
  const opened: OpenPage = { window, request, unlocked: request.current === null, done: false };
  page = opened;
  window.once('ready-to-show', () => window.show());
  window.once('closed', () => {
    page = null;
    request.onClosed?.(opened.done);
    if (request.purpose === 'first-run' && !opened.done) app.quit();
  });
  void window.loadFile(PAGE, { query: { purpose: request.purpose } });
}

/** Resolves `true` once the right PIN was given, `false` when the prompt was closed. */
export function askForPin(
  reason: Bilingual,
  current: PcConfig,
  deps: PcSetupDeps,
  parent?: BrowserWindow,
): Promise<boolean> {
  return new Promise((resolve) => openPcSetup({ purpose: 'unlock', current, reason, parent, onClosed: resolve }, deps));
}

export function answerPcSetupCalls(deps: PcSetupDeps): void {
  const answer = answerer<PcSetupCalls>((event) => fromTopFrame(event) && event.sender === page?.window.webContents);

  answer('pc-setup:load', z.tuple([]), () => {
    const { request, unlocked } = openPage();
    return {
      purpose: request.purpose,
      reason: request.reason ?? null,
      notice: request.notice ?? null,
      locked: !unlocked,
      choice: choiceFromConfig(request.current, currentMonitors()),
      monitors: monitorOptions(),
      platform: process.platform,
    };
  });

  answer('pc-setup:unlock', z.tuple([z.string().max(20)]), async (_sender, pin): Promise<UnlockAnswer> => {
    const opened = openPage();
    if (opened.unlocked) return { kind: 'unlocked' };
    const check = attempts.check();
    if (check.kind === 'locked') return check;
    const correct = await verifyPin(pin, opened.request.current?.managerPinHash ?? '');
    const triesLeft = attempts.record(correct);
    if (!correct) {
      const lock = attempts.check();
      return lock.kind === 'locked' ? lock : { kind: 'wrong', triesLeft };
    }
    opened.unlocked = true;
    if (opened.request.purpose === 'unlock') {
      opened.done = true;
      // Let the page show "unlocked" for a moment; the guarded action runs when the window has closed.
      setTimeout(() => !opened.window.isDestroyed() && opened.window.close(), 400);
    }
    return { kind: 'unlocked' };
  });

  answer('pc-setup:find-hosts', z.tuple([]), async () => {
    if (deps.discoveryPort === null) return [];
    const hosts = await findLuotHosts({ port: deps.discoveryPort });
    return hosts.map(({ name, version, url }) => ({ name, version, url }));
  });

  answer('pc-setup:save', z.tuple([pcChoiceInput]), (_sender, choice) => save(choice, deps));

  const notice = (found: PublicNetworks | null): NetworkNotice | null => {
    publicNow = found;
    return found && { text: found.text };
  };
  answer('pc-setup:network', z.tuple([]), async () => notice(await findPublicNetworks(deps.log)));
  answer('pc-setup:make-network-private', z.tuple([]), async () =>
    notice(publicNow && (await makePrivate(publicNow, deps.log))),
  );
  answer('pc-setup:open-network-settings', z.tuple([]), () => openNetworkSettings());

  answer('pc-setup:cancel', z.tuple([]), () => {
    openPage().window.close();
  });
}

function openPage(): OpenPage {
  if (!page) throw new Error('the setup page is not open');
  return page;
}

async function save(choice: PcChoice, deps: PcSetupDeps): Promise<SaveAnswer> {
  const opened = openPage();
  const { request } = opened;
  if (request.purpose === 'unlock' || !opened.unlocked) throw new Error('pc-setup:save before the PIN was given');
  const decision = decidePcSetup(choice, request.current, currentMonitors());
  if (decision.kind === 'refused') return decision;
  const { draft } = decision;
  if (draft.role === 'host' && !(await portFreeFor(draft.port, request.current))) {
    const free = await nextFreePort(draft.port);
    return {
      kind: 'refused',
      problems: [
        { field: 'port', text: portTakenHere(draft.port, free), ...(free !== null && { suggestedPort: free }) },
      ],
    };
  }
  if (draft.role === 'station' && !(await hostAnswers(draft.hostUrl))) {
    // Typed without its port, or the host moved to another one: discovery at that address knows.
    const moved = await findMovedHost(draft.hostUrl, deps.discoveryPort);
    if (moved && (await hostAnswers(moved))) draft.hostUrl = moved;
    else return { kind: 'refused', problems: [{ field: 'hostAddress', text: unreachable(draft.hostUrl) }] };
  }
  const managerPinHash = decision.newPin ? await hashPin(decision.newPin) : request.current?.managerPinHash;
  const config = pcConfig.parse({ ...draft, managerPinHash });
  await savePcConfig(deps.machineDir, config);
  opened.done = true;
  opened.window.close();
  request.onSaved?.(config, decision.signInToken);
  return { kind: 'saved' };
}

/**
 * Whether the host can listen on `port`: the port it already runs on is its own; with `LUOT_PORT` set (a developer's
 * second host) the setting is not what it listens on, so it is not checked.
 */
async function portFreeFor(port: number, current: PcConfig | null): Promise<boolean> {
  if (process.env.LUOT_PORT || (current?.role === 'host' && current.port === port)) return true;
  return portAvailable(port);
}

const unreachable = (url: string): Bilingual => ({
  vi: `Không kết nối được máy chủ ${url}. Hãy kiểm tra máy chủ đang bật Lượt và hai máy cùng một mạng.`,
  en: `Cannot reach the host at ${url}. Check that Lượt runs on the host and both PCs are on the same network.`,
});
