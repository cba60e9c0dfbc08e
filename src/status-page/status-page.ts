/**
 * The citizen's status page, opened from the ticket's QR code on a phone: its own ticket, live. Plain DOM, no
 * framework, built to one small classic script (scripts/status-page.ts) for the cheapest Android browser.
 * It keeps the last status on screen through a Wi-Fi drop and reconnects by itself; when the ticket is called it
 * says where to go, and rings and vibrates where the phone allows (after one tap, as browsers require).
 */
import type { CitizenStatus } from '../shared/citizen-status';
import { formatDateTime } from '../shared/time';

type Language = 'vi' | 'en';
type StatusMessage = { status: CitizenStatus } | { problem: 'unknown' | 'expired' } | { beat: number };

const TEXT = {
  vi: {
    label: 'Số thứ tự',
    loading: 'Đang tải…',
    ahead: (n: number) => (n === 0 ? 'Bạn là người tiếp theo' : `Trước bạn còn ${n} người`),
    wait: (m: number | null) =>
      m === null ? 'Chưa có quầy nào đang mở' : m < 1 ? 'Sắp đến lượt' : `Chờ khoảng ${m} phút`,
    transferred: 'Hồ sơ của bạn đã được chuyển đến đây.',
    called: (point: string) => `Đến lượt bạn — mời đến ${point}`,
    recalled: (n: number) => `Đã gọi ${n + 1} lần. Xin mời bạn đến ngay.`,
    serving: (point: string) => `Bạn đang được phục vụ tại ${point}`,
    done: 'Đã hoàn thành. Cảm ơn bạn!',
    absent: 'Bạn đã vắng mặt khi được gọi.',
    absentDetail: 'Hãy đến quầy đã gọi bạn hoặc hỏi người đón tiếp để được gọi lại.',
    closed: 'Phiếu này đã đóng.',
    closedDetail: 'Nếu bạn vẫn cần làm thủ tục, hãy hỏi người đón tiếp.',
    live: (time: string) => `Đang cập nhật trực tiếp · ${time}`,
    offline: (time: string) => `Mất kết nối — đang kết nối lại… (cập nhật lúc ${time})`,
    alertOff: 'Bật chuông và rung khi đến lượt',
    alertOn: 'Đã bật chuông báo khi đến lượt',
    title: (code: string) => `${code} — Lượt của bạn`,
    titleCalled: (code: string) => `${code} — ĐẾN LƯỢT BẠN`,
    other: 'English',
  },
  en: {
    label: 'Your number',
    loading: 'Loading…',
    ahead: (n: number) => (n === 0 ? 'You are next' : `${n} ${n === 1 ? 'person' : 'people'} ahead of you`),
    wait: (m: number | null) => (m === null ? 'No counter is open yet' : m < 1 ? 'Almost your turn' : `About ${m} min`),
    transferred: 'Your case was transferred here.',
    called: (point: string) => `It's your turn — please go to ${point}`,
    recalled: (n: number) => `Called ${n + 1} times. Please go now.`,
    serving: (point: string) => `You are being served at ${point}`,
    done: 'Done. Thank you!',
    absent: 'You were absent when called.',
    absentDetail: 'Go to the counter that called you, or ask at the entrance to be called again.',
    closed: 'This ticket is closed.',
    closedDetail: 'If you still need service, ask at the entrance.',
    live: (time: string) => `Live · ${time}`,
    offline: (time: string) => `Connection lost — reconnecting… (updated ${time})`,
    alertOff: 'Ring and vibrate when it is my turn',
    alertOn: 'Ring is on for your turn',
    title: (code: string) => `${code} — Your turn`,
    titleCalled: (code: string) => `${code} — YOUR TURN`,
    other: 'Tiếng Việt',
  },
};

/** Twice the server's beat (src/server/citizen/status-hub.ts): silence this long means the line is dead. */
const SILENCE_MS = 45_000;
const MAX_RETRY_MS = 8_000;

const element = (id: string) => document.getElementById(id)!;
const reference = decodeURIComponent(location.pathname.split('/')[2] ?? '');

let language: Language = readLanguage();
let status: CitizenStatus | null = null;
let online = false;
let alertsOn = false;
let audio: AudioContext | null = null;

function readLanguage(): Language {
  try {
    return localStorage.getItem('luot.language') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** `HH:mm` in the center's time zone, as every other screen and the ticket print it (not the phone's own zone). */
function clock(at: number): string {
  return formatDateTime(at).slice(11);
}

function render(): void {
  const t = TEXT[language];
  document.documentElement.lang = language;
  element('label').textContent = t.label;
  element('language').textContent = t.other;
  element('language').setAttribute('lang', language === 'vi' ? 'en' : 'vi');
  const button = element('alert-button') as HTMLButtonElement;
  button.textContent = alertsOn ? t.alertOn : t.alertOff;
  button.setAttribute('aria-pressed', String(alertsOn));
  if (!status) {
    element('headline').textContent = t.loading;
    return;
  }
  const s = status;
  const point = s.point ? s.point[language] : '';
  let headline = '';
  let detail = '';
  switch (s.state) {
    case 'waiting':
      headline = t.ahead(s.ahead ?? 0);
      detail = t.wait(s.waitMinutes);
      if (s.transferred) detail = `${t.transferred} ${detail}`;
      break;
    case 'called':
      headline = t.called(point);
      detail = s.recallCount > 0 ? t.recalled(s.recallCount) : '';
      break;
    case 'serving':
      headline = t.serving(point);
      break;
    case 'done':
      headline = t.done;
      break;
    case 'absent':
      headline = t.absent;
      detail = t.absentDetail;
      break;
    case 'closed':
      headline = t.closed;
      detail = t.closedDetail;
      break;
  }
  element('card').setAttribute('data-state', s.state);
  element('center').textContent = s.centerName[language];
  element('number').textContent = s.displayCode;
  element('service').textContent = s.service[language];
  element('headline').textContent = headline;
  element('detail').textContent = detail;
  button.hidden = s.state !== 'waiting' && s.state !== 'called';
  const connection = element('connection');
  connection.textContent = online ? t.live(clock(s.at)) : t.offline(clock(s.at));
  connection.className = online ? 'connection' : 'connection offline';
  document.title = s.state === 'called' ? t.titleCalled(s.displayCode) : t.title(s.displayCode);
}

// ---- ringing and vibrating, once per call and per recall ----

function alertKey(s: CitizenStatus): string {
  return `${reference}:${s.calledAt}:${s.recallCount}`;
}

function alreadyAlerted(key: string): boolean {
  try {
    if (sessionStorage.getItem('luot.alerted') === key) return true;
    sessionStorage.setItem('luot.alerted', key);
  } catch {
    // No storage: may ring again after a reload, which is harmless.
  }
  return false;
}

function chime(): void {
  if (!audio) return;
  const now = audio.currentTime;
  // Two rising notes, twice: easy to hear in a noisy hall, not alarming.
  [0, 0.45, 1.2, 1.65].forEach((offset, i) => {
    const osc = audio!.createOscillator();
    const gain = audio!.createGain();
    osc.frequency.value = i % 2 === 0 ? 660 : 880;
    gain.gain.setValueAtTime(0.0001, now + offset);
    gain.gain.exponentialRampToValueAtTime(0.5, now + offset + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.4);
    osc.connect(gain).connect(audio!.destination);
    osc.start(now + offset);
    osc.stop(now + offset + 0.42);
  });
}

function alertIfCalled(s: CitizenStatus): void {
  if (s.state !== 'called' || alreadyAlerted(alertKey(s))) return;
  try {
    if (navigator.vibrate) navigator.vibrate([500, 200, 500, 200, 500]);
  } catch {
    // Not allowed here.
  }
  chime();
}

function enableAlerts(): void {
  // Browsers let a page sound and vibrate only after the person touched it: this tap is that touch.
  const Context =
    window.AudioContext || (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (Context && !audio) audio = new Context();
  void audio?.resume();
  try {
    if (navigator.vibrate) navigator.vibrate(80);
  } catch {
    // Not allowed here.
  }
  alertsOn = true;
  render();
}

// ---- the live line ----

function receive(message: StatusMessage): void {
  if ('problem' in message) {
    // The server's own page says why, in both languages, without any script.
    location.reload();
    return;
  }
  if ('status' in message) {
    status = message.status;
    render();
    alertIfCalled(message.status);
  }
}

function connect(): void {
  let retryMs = 1000;
  let socket: WebSocket | null = null;
  let silence: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const setOnline = (value: boolean) => {
    online = value;
    render();
  };
  const listen = () => {
    clearTimeout(silence);
    silence = setTimeout(() => socket?.close(), SILENCE_MS);
  };
  const open = () => {
    clearTimeout(retry);
    if (socket && socket.readyState <= WebSocket.OPEN) return;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const current = new WebSocket(`${scheme}//${location.host}/api/status/${encodeURIComponent(reference)}/live`);
    socket = current;
    current.onopen = () => {
      retryMs = 1000;
      setOnline(true);
      listen();
    };
    current.onmessage = (event) => {
      listen();
      try {
        receive(JSON.parse(String(event.data)) as StatusMessage);
      } catch {
        // A message we cannot read: the next one corrects the page.
      }
    };
    current.onclose = (event) => {
      if (socket !== current) return;
      socket = null;
      clearTimeout(silence);
      // 4404 / 4410: the link will never open (its problem message reloads the page); others: try again.
      if (event.code === 4404 || event.code === 4410) return;
      setOnline(false);
      retry = setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
  };
  // Back from a locked screen or a lost network: reconnect now rather than at the next retry.
  const now = () => {
    retryMs = 1000;
    open();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') now();
  });
  window.addEventListener('online', now);
  open();
}

/** A browser without WebSocket asks every few seconds instead. */
function poll(): void {
  const ask = () => {
    fetch(`/api/status/${encodeURIComponent(reference)}`, { headers: { accept: 'application/json' } })
      .then((response) => {
        if (response.status === 404) return location.reload();
        return response.json().then((body: CitizenStatus) => {
          online = true;
          receive({ status: body });
        });
      })
      .catch(() => {
        online = false;
        render();
      })
      .then(() => setTimeout(ask, 5000));
  };
  ask();
}

element('alert-button').addEventListener('click', enableAlerts);
element('language').addEventListener('click', () => {
  language = language === 'vi' ? 'en' : 'vi';
  try {
    localStorage.setItem('luot.language', language);
  } catch {
    // Kept until the page closes.
  }
  render();
});
render();
if ('WebSocket' in window) connect();
else poll();
