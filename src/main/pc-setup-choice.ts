/**
 * Turns what the manager picked on the "Set up this PC" page into the PC's config — or into problems to show
 * beside the fields, in both languages. Pure: the page, the PIN hashing and the file are elsewhere.
 */
import { z } from 'zod';
import type { Bilingual } from '../preload/bridge';
import type { PcChoice, SetupProblem } from '../preload/pc-setup-bridge';
import { PIN_PATTERN } from './manager-pin';
import { rememberMonitor, type Monitor } from './monitor-choice';
import type { HostConfig, PcConfig, StationConfig } from './pc-config';
import { DEFAULT_PORT, hostOriginFromTyped, parseSignInLink } from './window-url';

/** The page's answer as it arrives over IPC, before anything is believed. */
export const pcChoiceInput = z.strictObject({
  role: z.enum(['host', 'station']),
  pin: z.string().max(20),
  pinRepeat: z.string().max(20),
  hostScreens: z.array(z.enum(['greeter', 'display'])).max(2),
  hostAddress: z.string().max(300),
  signInLink: z.string().max(1000),
  stationScreen: z.enum(['greeter', 'counter', 'display']),
  displayZoneId: z.number().int().positive().nullable(),
  displayMonitorId: z.number().int().nullable(),
  kiosk: z.boolean(),
  startWithWindows: z.boolean(),
  port: z.number().int(),
}) satisfies z.ZodType<PcChoice>;

/** Ports below 1024 need an administrator on some systems; 8080 is the usual. */
const PORTS = { min: 1024, max: 65_535 };

export type PcConfigDraft = Omit<HostConfig, 'managerPinHash'> | Omit<StationConfig, 'managerPinHash'>;

export type PcSetupDecision =
  | { kind: 'refused'; problems: SetupProblem[] }
  /** `newPin` is `null` when the PIN is kept; `signInToken` is used once and never stored. */
  | { kind: 'accepted'; draft: PcConfigDraft; newPin: string | null; signInToken: string | null };

const TEXT = {
  pinFormat: { vi: 'Mã PIN gồm 4 đến 8 chữ số.', en: 'The PIN is 4 to 8 digits.' },
  pinRepeat: { vi: 'Hai lần nhập mã PIN không khớp nhau.', en: 'The two PINs differ.' },
  hostAddress: {
    vi: 'Nhập địa chỉ máy chủ (ví dụ 192.168.1.20) hoặc chọn một máy chủ tìm thấy.',
    en: "Type the host's address (e.g. 192.168.1.20) or pick a host that was found.",
  },
  signInLink: {
    vi: 'Liên kết đăng nhập chưa đúng: hãy dán cả liên kết, bắt đầu bằng http:// và có “#token=”.',
    en: 'This is not a whole sign-in link: paste all of it, from http:// to the “#token=” part.',
  },
  port: {
    vi: `Cổng là một số từ ${PORTS.min} đến ${PORTS.max}; thường là ${DEFAULT_PORT}.`,
    en: `The port is a number from ${PORTS.min} to ${PORTS.max}; usually ${DEFAULT_PORT}.`,
  },
  monitorGone: {
    vi: 'Màn hình đã chọn không còn được cắm vào máy; hãy chọn lại.',
    en: 'The monitor you chose is no longer plugged in; choose again.',
  },
} satisfies Record<string, Bilingual>;

const otherHostsLink = (origin: string): Bilingual => ({
  vi: `Liên kết đăng nhập này thuộc máy chủ khác (${origin}).`,
  en: `This sign-in link belongs to another host (${origin}).`,
});

export function decidePcSetup(choice: PcChoice, previous: PcConfig | null, monitors: Monitor[]): PcSetupDecision {
  const problems: SetupProblem[] = [];
  const pinGiven = choice.pin !== '' || choice.pinRepeat !== '' || previous === null;
  if (pinGiven && !PIN_PATTERN.test(choice.pin)) problems.push({ field: 'pin', text: TEXT.pinFormat });
  else if (pinGiven && choice.pin !== choice.pinRepeat) problems.push({ field: 'pinRepeat', text: TEXT.pinRepeat });

  const monitor = choice.displayMonitorId === null ? null : monitors.find((m) => m.id === choice.displayMonitorId);
  if (monitor === undefined) problems.push({ field: 'displayMonitorId', text: TEXT.monitorGone });

  const common = {
    schemaVersion: 1 as const,
    kiosk: choice.kiosk,
    startWithWindows: choice.startWithWindows,
    displayZoneId: choice.displayZoneId,
    displayMonitor: monitor ? rememberMonitor(monitor) : null,
  };
  let draft: PcConfigDraft | null = null;
  let signInToken: string | null = null;
  if (choice.role === 'host') {
    if (choice.port < PORTS.min || choice.port > PORTS.max) problems.push({ field: 'port', text: TEXT.port });
    draft = { role: 'host', ...common, port: choice.port, screens: [...new Set(choice.hostScreens)] };
  } else {
    const link = choice.signInLink.trim() ? parseSignInLink(choice.signInLink) : null;
    const typed = choice.hostAddress.trim() ? hostOriginFromTyped(choice.hostAddress) : null;
    if (choice.signInLink.trim() && !link) problems.push({ field: 'signInLink', text: TEXT.signInLink });
    else if (link && typed && link.origin !== typed)
      problems.push({ field: 'signInLink', text: otherHostsLink(link.origin) });
    const hostUrl = typed ?? link?.origin ?? null;
    if (!hostUrl && !problems.some((p) => p.field === 'signInLink'))
      problems.push({ field: 'hostAddress', text: TEXT.hostAddress });
    if (hostUrl) draft = { role: 'station', ...common, hostUrl, screen: choice.stationScreen };
    signInToken = link?.token ?? null;
  }
  if (problems.length > 0 || !draft) return { kind: 'refused', problems };
  return { kind: 'accepted', draft, newPin: pinGiven ? choice.pin : null, signInToken };
}

/**
 * The form's starting values: the PC's current settings, or what suits most PCs — a host with the greeter, and
 * the wall display when there is a second monitor for it (on a one-monitor host it would cover the greeter), that
 * starts with Windows. A remembered monitor that is unplugged right now shows as "automatic" rather than as a
 * choice the form could not display.
 */
export function choiceFromConfig(config: PcConfig | null, monitors: Monitor[]): PcChoice {
  const remembered = config?.displayMonitor;
  const monitor = remembered ? monitors.find((m) => m.id === remembered.id) : undefined;
  return {
    role: config?.role ?? 'host',
    pin: '',
    pinRepeat: '',
    hostScreens: config?.role === 'host' ? config.screens : monitors.length > 1 ? ['greeter', 'display'] : ['greeter'],
    hostAddress: config?.role === 'station' ? config.hostUrl : '',
    signInLink: '',
    stationScreen: config?.role === 'station' ? config.screen : 'counter',
    displayZoneId: config?.displayZoneId ?? null,
    displayMonitorId: monitor?.id ?? null,
    kiosk: config?.kiosk ?? false,
    startWithWindows: config?.startWithWindows ?? true,
    port: config?.role === 'host' ? config.port : DEFAULT_PORT,
  };
}
