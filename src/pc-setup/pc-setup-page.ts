/**
 * The "Set up this PC" page: host or station, the manager's PIN, kiosk, the wall display's monitor. A local
 * page with no framework; it only reads the form and talks to `window.luotPcSetup`. The main process checks
 * everything again (src/main/pc-setup-choice.ts); what is checked here only spares a round trip.
 */
import type { Bilingual } from '../preload/bridge';
import type {
  HostScreen,
  NetworkNotice,
  PcChoice,
  PcSetupBridge,
  PcSetupState,
  SetupProblem,
  StationScreen,
} from '../preload/pc-setup-bridge';

declare global {
  interface Window {
    luotPcSetup: PcSetupBridge;
  }
}

const TITLES: Record<PcSetupState['purpose'], Bilingual> = {
  'first-run': { vi: 'Chào mừng — cài đặt máy này', en: 'Welcome — set up this PC' },
  change: { vi: 'Cài đặt máy này', en: 'Set up this PC' },
  unlock: { vi: 'Nhập mã PIN', en: 'Enter the PIN' },
};

const TEXT = {
  changeReason: {
    vi: 'Nhập mã PIN của quản lý để đổi cài đặt máy này.',
    en: "Enter the manager's PIN to change this PC's settings.",
  },
  keepPin: { vi: 'Để trống hai ô dưới đây nếu giữ mã PIN cũ.', en: 'Leave both boxes empty to keep the current PIN.' },
  unlocked: { vi: 'Đã mở khóa.', en: 'Unlocked.' },
  saved: { vi: 'Đã lưu. Lượt đang mở…', en: 'Saved. Lượt is opening…' },
  searching: { vi: 'Đang tìm máy chủ Lượt trong mạng…', en: 'Looking for Lượt hosts on the network…' },
  noneFound: {
    vi: 'Không tìm thấy máy chủ nào. Hãy nhập địa chỉ máy chủ (xem trên khay hệ thống của máy chủ).',
    en: "No host found. Type the host's address (shown in the host's system tray).",
  },
  automatic: { vi: 'Tự chọn (màn hình phụ nếu có)', en: 'Automatic (the second monitor when there is one)' },
  zone: {
    vi: 'Mã khu vực là một số nguyên dương, hoặc để trống.',
    en: 'A zone number is a positive whole number, or empty.',
  },
  port: {
    vi: 'Cổng là một số từ 1024 đến 65535; thường là 8080.',
    en: 'The port is a number from 1024 to 65535; usually 8080.',
  },
  stillPublic: {
    vi: 'Mạng vẫn là mạng Công cộng. Hãy đổi trong Cài đặt mạng.',
    en: 'The network is still Public. Change it in the network settings.',
  },
  nowPrivate: {
    vi: 'Đã chuyển sang mạng Riêng tư: máy trạm kết nối được tới máy chủ.',
    en: 'Now a Private network: stations can reach the host.',
  },
  failed: {
    vi: 'Có lỗi, chưa lưu được. Hãy thử lại.',
    en: 'Something went wrong; nothing was saved. Please try again.',
  },
} satisfies Record<string, Bilingual>;

const bridge = window.luotPcSetup;
const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = element<HTMLFormElement>('setup-form');
const pinStep = element<HTMLFormElement>('pin-step');
const say = (text: Bilingual) => `${text.vi} — ${text.en}`;

function oneOf<T extends string>(value: string, options: readonly T[], fallback: T): T {
  return (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

const field = (name: string) => form.elements.namedItem(name);
const input = (name: string) => field(name) as HTMLInputElement;
const radios = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
const checkedValue = (name: string) => radios(name).find((r) => r.checked)?.value ?? '';

function setRadios(name: string, values: string[]): void {
  for (const box of radios(name)) box.checked = values.includes(box.value);
}

/** A port that is taken comes with a free one, offered as a button that puts it in the port's box. */
function offerPort(port: number): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Dùng cổng ${port} — Use port ${port}`;
  button.addEventListener('click', () => {
    input('port').value = String(port);
    button.parentElement!.textContent = '';
  });
  return button;
}

function showProblems(problems: SetupProblem[]): void {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-problem-for]')) {
    const problem = problems.find((p) => p.field === slot.dataset.problemFor);
    slot.textContent = problem ? say(problem.text) : '';
    if (problem?.suggestedPort) slot.append(offerPort(problem.suggestedPort));
  }
  document.querySelector<HTMLElement>('[data-problem-for]:not(:empty)')?.scrollIntoView({ block: 'center' });
}

function fill(state: PcSetupState): void {
  const { choice } = state;
  setRadios('role', [choice.role]);
  setRadios('hostScreens', choice.hostScreens);
  setRadios('stationScreen', [choice.stationScreen]);
  input('hostAddress').value = choice.hostAddress;
  input('displayZoneId').value = choice.displayZoneId === null ? '' : String(choice.displayZoneId);
  input('kiosk').checked = choice.kiosk;
  input('port').value = String(choice.port);
  input('startWithWindows').checked = choice.startWithWindows;
  const monitors = element<HTMLSelectElement>('displayMonitorId');
  monitors.replaceChildren(new Option(say(TEXT.automatic), ''));
  for (const monitor of state.monitors) monitors.add(new Option(say(monitor.name), String(monitor.id)));
  monitors.value = choice.displayMonitorId === null ? '' : String(choice.displayMonitorId);
  element('start-with-windows').hidden = state.platform !== 'win32' && state.platform !== 'darwin';
  if (state.purpose === 'change') element('pin-hint').textContent = say(TEXT.keepPin);
}

/** Shows only the parts that apply to the role and screens chosen. */
function showParts(state: PcSetupState): void {
  const role = checkedValue('role');
  const hostScreens = radios('hostScreens')
    .filter((b) => b.checked)
    .map((b) => b.value);
  element('host-part').hidden = role !== 'host';
  element('station-part').hidden = role !== 'station';
  element('display-part').hidden =
    role === 'host' ? !hostScreens.includes('display') : checkedValue('stationScreen') !== 'display';
  // One monitor for the greeter and the display: say where the display will go (src/main/monitor-choice.ts).
  element('one-monitor').hidden = !(
    role === 'host' &&
    state.monitors.length <= 1 &&
    hostScreens.includes('display') &&
    hostScreens.includes('greeter')
  );
  element('network-notice').hidden = role !== 'host' || network === null;
}

/** The host's network, as Windows has it: Public keeps the stations out (src/main/network-profile.ts). */
let network: NetworkNotice | null = null;

function showNetwork(notice: NetworkNotice | null, state: PcSetupState, after?: Bilingual): void {
  network = notice;
  element('network-text').textContent = notice ? say(notice.text) : '';
  if (after) {
    element('notice').textContent = say(after);
    element('notice').hidden = false;
  }
  showParts(state);
}

function checkNetwork(state: PcSetupState): void {
  bridge.network().then(
    (notice) => showNetwork(notice, state),
    () => undefined,
  );
  element('make-private').addEventListener('click', () => {
    void bridge
      .makeNetworkPrivate()
      .then((notice) => showNetwork(notice, state, notice ? TEXT.stillPublic : TEXT.nowPrivate));
  });
  element('network-settings').addEventListener('click', () => void bridge.openNetworkSettings());
}

function collect(): PcChoice | null {
  const zoneText = input('displayZoneId').value.trim();
  const zone = zoneText === '' ? null : Number(zoneText);
  if (zone !== null && !(Number.isInteger(zone) && zone > 0)) {
    showProblems([{ field: 'displayZoneId', text: TEXT.zone }]);
    return null;
  }
  const monitor = element<HTMLSelectElement>('displayMonitorId').value;
  const portText = input('port').value.trim();
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (checkedValue('role') === 'host' && !(port >= 1024 && port <= 65535)) {
    showProblems([{ field: 'port', text: TEXT.port }]);
    return null;
  }
  return {
    role: oneOf(checkedValue('role'), ['host', 'station'], 'host'),
    pin: input('pin').value,
    pinRepeat: input('pinRepeat').value,
    hostScreens: radios('hostScreens')
      .filter((b) => b.checked)
      .map((b) => oneOf<HostScreen>(b.value, ['greeter', 'display'], 'greeter')),
    hostAddress: input('hostAddress').value,
    signInLink: input('signInLink').value,
    stationScreen: oneOf<StationScreen>(checkedValue('stationScreen'), ['greeter', 'counter', 'display'], 'counter'),
    displayZoneId: zone,
    displayMonitorId: monitor === '' ? null : Number(monitor),
    kiosk: input('kiosk').checked,
    startWithWindows: input('startWithWindows').checked,
    // A station has no port of its own: keep the form's value, which the main process ignores.
    port: Number.isNaN(port) ? 8080 : port,
  };
}

async function findHosts(): Promise<void> {
  const status = element('find-status');
  const list = element('found-hosts');
  status.textContent = say(TEXT.searching);
  const hosts = await bridge.findHosts();
  list.replaceChildren(
    ...hosts.map((host) => {
      const label = document.createElement('label');
      const radio = Object.assign(document.createElement('input'), {
        type: 'radio',
        name: 'foundHost',
        value: host.url,
      });
      radio.addEventListener('change', () => (input('hostAddress').value = host.url));
      label.append(radio, ` ${host.name} — ${host.url} (Lượt ${host.version})`);
      return label;
    }),
  );
  status.textContent = hosts.length === 0 ? say(TEXT.noneFound) : '';
}

function showForm(state: PcSetupState): void {
  pinStep.hidden = true;
  form.hidden = false;
  fill(state);
  showParts(state);
  form.addEventListener('change', () => showParts(state));
  if (state.platform === 'win32') checkNetwork(state);
  element('find-hosts').addEventListener('click', () => void findHosts());
  if (state.purpose === 'first-run') radios('role')[0]?.focus();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = collect();
    if (!choice) return;
    bridge.save(choice).then(
      (answer) => showProblems(answer.kind === 'saved' ? [{ field: 'form', text: TEXT.saved }] : answer.problems),
      () => showProblems([{ field: 'form', text: TEXT.failed }]),
    );
  });
}

function showPinStep(state: PcSetupState): void {
  pinStep.hidden = false;
  element('reason').textContent = say(state.reason ?? TEXT.changeReason);
  const pin = element<HTMLInputElement>('unlock-pin');
  const problem = element('unlock-problem');
  pin.focus();
  pinStep.addEventListener('submit', (event) => {
    event.preventDefault();
    void bridge.unlock(pin.value).then((answer) => {
      pin.value = '';
      if (answer.kind === 'unlocked' && state.purpose === 'unlock') problem.textContent = say(TEXT.unlocked);
      else if (answer.kind === 'unlocked') showForm(state);
      else if (answer.kind === 'wrong')
        problem.textContent = `Mã PIN không đúng; còn ${answer.triesLeft} lần thử. — Wrong PIN; ${answer.triesLeft} tries left.`;
      else
        problem.textContent = `Nhập sai nhiều lần; hãy thử lại sau ${answer.retryInSeconds} giây. — Too many wrong PINs; try again in ${answer.retryInSeconds} s.`;
    });
  });
}

async function start(): Promise<void> {
  const state = await bridge.load();
  const title = TITLES[state.purpose];
  element('title').textContent = title.vi;
  element('title-en').textContent = title.en;
  if (state.notice) {
    const notice = element('notice');
    notice.textContent = say(state.notice);
    notice.hidden = false;
  }
  for (const cancel of document.querySelectorAll('[data-action="cancel"]'))
    cancel.addEventListener('click', () => void bridge.cancel());
  if (state.locked) showPinStep(state);
  else showForm(state);
}

void start();
