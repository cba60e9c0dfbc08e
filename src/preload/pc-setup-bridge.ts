/**
 * The shell's own "Set up this PC" page (src/pc-setup) and its bridge, `window.luotPcSetup`: a separate, tiny
 * API that only that local page gets — the LAN's screens never see it. Types only.
 */
import type { Bilingual, MonitorOption } from './bridge';

/** Why the page is open: the first start, a change of role (after the PIN), or the PIN alone (leaving kiosk…). */
export type PcSetupPurpose = 'first-run' | 'change' | 'unlock';

export type HostScreen = 'greeter' | 'display';
export type StationScreen = 'greeter' | 'counter' | 'display';

/** What the manager picks on the page; checked again in the main process, which trusts nothing it is sent. */
export interface PcChoice {
  role: 'host' | 'station';
  /** Empty when changing the role and keeping the PIN. */
  pin: string;
  pinRepeat: string;
  hostScreens: HostScreen[];
  /** What was typed or picked from the hosts found: `192.168.1.20`, `http://192.168.1.20:8080`. */
  hostAddress: string;
  /** The one-time link the manager created for this station's device (Quản trị → Thiết bị); may be empty. */
  signInLink: string;
  stationScreen: StationScreen;
  displayZoneId: number | null;
  /** `null`: let the shell choose (a secondary monitor when there is one). */
  displayMonitorId: number | null;
  kiosk: boolean;
  startWithWindows: boolean;
  /** The host's LAN port (8080 unless it is taken); stations find it by discovery. */
  port: number;
}

/** The host is on a network Windows has as Public: stations cannot reach it (src/main/network-profile.ts). */
export interface NetworkNotice {
  text: Bilingual;
}

export interface PcSetupState {
  purpose: PcSetupPurpose;
  /** What the PIN is asked for (purpose `unlock`), shown above the PIN field. */
  reason: Bilingual | null;
  /** A message to show first, e.g. that the old settings file could not be read. */
  notice: Bilingual | null;
  /** The PIN must be given before anything else. */
  locked: boolean;
  /** Starting values of the form: the current settings, or the defaults. */
  choice: PcChoice;
  monitors: MonitorOption[];
  /** `win32`: the start-with-Windows box is only shown where it works. */
  platform: string;
}

export interface FoundHostOption {
  name: string;
  version: string;
  url: string;
}

export type UnlockAnswer =
  { kind: 'unlocked' } | { kind: 'wrong'; triesLeft: number } | { kind: 'locked'; retryInSeconds: number };

export type PcChoiceField = keyof PcChoice | 'form';

export interface SetupProblem {
  field: PcChoiceField;
  text: Bilingual;
  /** The port is taken: this one is free, offered with a button. */
  suggestedPort?: number;
}

export type SaveAnswer = { kind: 'saved' } | { kind: 'refused'; problems: SetupProblem[] };

export interface PcSetupBridge {
  load(): Promise<PcSetupState>;
  unlock(pin: string): Promise<UnlockAnswer>;
  findHosts(): Promise<FoundHostOption[]>;
  save(choice: PcChoice): Promise<SaveAnswer>;
  /** Whether a connected network is Public (a few seconds: Windows is asked); `null` when none is. */
  network(): Promise<NetworkNotice | null>;
  /** Asks Windows (and its administrator) to make the Public networks Private; answers what is still Public. */
  makeNetworkPrivate(): Promise<NetworkNotice | null>;
  openNetworkSettings(): Promise<void>;
  /** Closes the page without saving (on the first run: quits). */
  cancel(): Promise<void>;
}

export interface PcSetupCalls {
  'pc-setup:load': { args: []; result: PcSetupState };
  'pc-setup:unlock': { args: [pin: string]; result: UnlockAnswer };
  'pc-setup:find-hosts': { args: []; result: FoundHostOption[] };
  'pc-setup:save': { args: [choice: PcChoice]; result: SaveAnswer };
  'pc-setup:network': { args: []; result: NetworkNotice | null };
  'pc-setup:make-network-private': { args: []; result: NetworkNotice | null };
  'pc-setup:open-network-settings': { args: []; result: void };
  'pc-setup:cancel': { args: []; result: void };
}
