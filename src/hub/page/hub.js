/**
 * The province dashboard (/hub): which communes reported the week and which are late (with a reminder to copy),
 * the totals and the per-commune table, a commune's weeks, the trend, the workbook, and a file uploaded by hand.
 * Plain script, no build: it reads the hub's API with the token the person signed in with (kept for the tab).
 */
(() => {
  'use strict';
  const WORDS = {
    vi: {
      title: 'Báo cáo tuần các xã, phường',
      allProvinces: 'Tất cả các tỉnh',
      signInTitle: 'Đăng nhập máy chủ tỉnh',
      signInHelp: 'Dán mã truy cập do quản trị máy chủ tỉnh cấp (tài khoản quản trị tỉnh hoặc xem báo cáo).',
      token: 'Mã truy cập',
      signIn: 'Đăng nhập',
      signOut: 'Đăng xuất',
      badToken: 'Mã truy cập không đúng.',
      language: 'English',
      prev: '◀ Tuần trước',
      next: 'Tuần sau ▶',
      week: (from, to) => `Tuần ${from} – ${to}`,
      status: 'Tình hình báo cáo',
      reported: (n, of) => `Đã báo cáo: ${n}/${of} xã, phường`,
      lateTitle: 'Chưa gửi báo cáo (chậm):',
      noneLate: 'Tất cả các xã, phường đã gửi báo cáo tuần này.',
      reminder: (week, names) =>
        `Kính gửi các đồng chí: đến nay các xã, phường sau chưa gửi báo cáo tuần ${week} trên Lượt: ${names}. ` +
        'Đề nghị gửi báo cáo (hoặc tải tệp .luot lên trang của tỉnh) trong ngày hôm nay. Trân trọng.',
      copy: 'Sao chép lời nhắc',
      copied: 'Đã sao chép.',
      totals: 'Tổng hợp cả tỉnh',
      trend: 'Xu hướng 12 tuần',
      communes: 'Từng xã, phường',
      export: 'Tải bảng tính (XLSX)',
      upload: 'Tải lên tệp báo cáo tuần (.luot)',
      chooseFile: 'Chọn tệp .luot…',
      uploadHelp:
        'Khi xã không có mạng: nhận tệp qua USB hoặc tin nhắn rồi tải lên đây — cùng một tệp, cùng kiểm tra chữ ký.',
      drill: (name) => `${name} — các tuần`,
      close: 'Đóng',
      served: 'Người được phục vụ',
      tickets: 'Phiếu đã cấp',
      withinTarget: 'Chờ trong mục tiêu',
      helpDesk: 'Được hỗ trợ tại bàn hỗ trợ',
      field: 'Chuyến đi cơ sở',
      elderly: 'Người cao tuổi được hỗ trợ',
      volunteers: 'Tình nguyện viên',
      hours: 'Giờ tình nguyện',
      satisfied: 'Hài lòng',
      difficulties: 'Khó khăn',
      code: 'Mã',
      commune: 'Xã, phường',
      state: 'Trạng thái',
      waitP50: 'Chờ TV (phút)',
      waitP90: 'Chờ p90 (phút)',
      help: 'Lượt hỗ trợ',
      ok: 'Đã báo cáo',
      late: 'Chậm',
      partial: 'Chưa hết tuần',
      receivedAt: 'Nhận lúc',
      version: 'Phiên bản',
      weekCol: 'Tuần',
      reportedSeries: 'Xã đã báo cáo',
      none: '—',
      failed: 'Không tải được dữ liệu; hãy thử lại.',
    },
    en: {
      title: "Communes' weekly reports",
      allProvinces: 'All provinces',
      signInTitle: 'Sign in to the province hub',
      signInHelp: "Paste the access token the hub's administrator gave you (province admin or viewer account).",
      token: 'Access token',
      signIn: 'Sign in',
      signOut: 'Sign out',
      badToken: 'The access token is wrong.',
      language: 'Tiếng Việt',
      prev: '◀ Previous week',
      next: 'Next week ▶',
      week: (from, to) => `Week ${from} – ${to}`,
      status: 'Who has reported',
      reported: (n, of) => `Reported: ${n} of ${of} communes`,
      lateTitle: 'Not reported yet (late):',
      noneLate: 'Every commune has reported this week.',
      reminder: (week, names) =>
        `Dear colleagues: these communes have not yet sent their Lượt weekly report for the week of ${week}: ${names}. ` +
        "Please send it (or upload the .luot file on the province's page) today. Thank you.",
      copy: 'Copy the reminder',
      copied: 'Copied.',
      totals: 'Province totals',
      trend: 'Trend over 12 weeks',
      communes: 'Commune by commune',
      export: 'Download the workbook (XLSX)',
      upload: 'Upload a weekly file (.luot)',
      chooseFile: 'Choose a .luot file…',
      uploadHelp:
        'When a commune has no internet: take the file by USB or messenger and upload it here — the same file, the same signature check.',
      drill: (name) => `${name} — week by week`,
      close: 'Close',
      served: 'Citizens served',
      tickets: 'Tickets issued',
      withinTarget: 'Waited within target',
      helpDesk: 'Helped at help desks',
      field: 'Field visits',
      elderly: 'Elderly helped',
      volunteers: 'Volunteers',
      hours: 'Volunteer hours',
      satisfied: 'Satisfied',
      difficulties: 'Difficulties',
      code: 'Code',
      commune: 'Commune',
      state: 'Status',
      waitP50: 'Wait p50 (min)',
      waitP90: 'Wait p90 (min)',
      help: 'Help given',
      ok: 'Reported',
      late: 'Late',
      partial: 'Week not over',
      receivedAt: 'Received',
      version: 'Version',
      weekCol: 'Week',
      reportedSeries: 'Communes reported',
      none: '—',
      failed: 'Could not load the data; please try again.',
    },
  };

  const app = document.getElementById('app');
  const params = new URLSearchParams(location.search);
  const state = {
    lang: sessionStorage.getItem('hub.lang') || 'vi',
    token: sessionStorage.getItem('hub.token') || '',
    week: params.get('week') ? mondayOf(params.get('week')) : addDays(mondayOf(todayHcm()), -7),
    me: null,
    data: null,
    trend: null,
    drill: null,
    message: null,
  };
  const t = () => WORDS[state.lang];

  function todayHcm() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  }
  function addDays(day, n) {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  function mondayOf(day) {
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
    return addDays(day, -weekday);
  }
  const dmy = (day) => day.split('-').reverse().join('/');
  const when = (iso) =>
    iso
      ? new Intl.DateTimeFormat('vi-VN', {
          timeZone: 'Asia/Ho_Chi_Minh',
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(new Date(iso))
      : '';
  const num = (n) =>
    n === null || n === undefined ? t().none : n.toLocaleString(state.lang === 'vi' ? 'vi-VN' : 'en-GB');
  const pct = (share) => (share === null || share === undefined ? t().none : `${Math.round(share * 100)}%`);
  const minutes = (s) => (s === null || s === undefined ? t().none : num(Math.round(s / 6) / 10));

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  async function api(path, init = {}) {
    const response = await fetch(path, {
      ...init,
      headers: { authorization: `Bearer ${state.token}`, ...(init.headers || {}) },
    });
    if (response.status === 401) {
      state.token = '';
      sessionStorage.removeItem('hub.token');
      render();
      throw new Error('401');
    }
    return response;
  }

  async function load() {
    const province = params.get('province');
    const scope = province ? `province=${encodeURIComponent(province)}` : '';
    try {
      if (!state.me) state.me = await (await api('/api/hub/me')).json();
      state.data = await (await api(`/api/hub/weeks/${state.week}?${scope}`)).json();
      state.trend = await (await api(`/api/hub/trend?to=${state.week}&${scope}`)).json();
      state.message = null;
    } catch (error) {
      if (String(error.message) !== '401') state.message = { bad: true, text: t().failed };
    }
    render();
  }

  function render() {
    app.replaceChildren(state.token ? dashboard() : signIn());
    document.documentElement.lang = state.lang;
    if (state.token && state.trend) drawCharts();
  }

  function signIn() {
    const input = el('input', { type: 'password', id: 'token', autocomplete: 'off', 'aria-label': t().token });
    const message = el('p', { class: 'message bad' });
    const submit = async (event) => {
      event.preventDefault();
      state.token = input.value.trim();
      const response = await fetch('/api/hub/me', { headers: { authorization: `Bearer ${state.token}` } });
      if (!response.ok) {
        state.token = '';
        message.textContent = t().badToken;
        return;
      }
      sessionStorage.setItem('hub.token', state.token);
      state.me = await response.json();
      load();
    };
    return el(
      'form',
      { class: 'card signin', onsubmit: submit },
      el('h2', {}, t().signInTitle),
      el('p', { class: 'muted' }, t().signInHelp),
      el('label', { for: 'token' }, t().token),
      input,
      el(
        'div',
        { class: 'actions' },
        el('button', { class: 'primary', type: 'submit' }, t().signIn),
        langButton(false),
      ),
      message,
    );
  }

  function langButton(onBar = true) {
    return el(
      'button',
      {
        type: 'button',
        class: onBar ? '' : 'lang',
        onclick: () => {
          state.lang = state.lang === 'vi' ? 'en' : 'vi';
          sessionStorage.setItem('hub.lang', state.lang);
          render();
        },
      },
      t().language,
    );
  }

  function dashboard() {
    const w = t();
    const data = state.data;
    const province = data?.province ?? state.me?.province;
    const bar = el(
      'header',
      { class: 'bar' },
      el('h1', {}, `${w.title} — ${province || w.allProvinces}`),
      el(
        'div',
        { class: 'weeknav' },
        el('button', { type: 'button', onclick: () => moveWeek(-1) }, w.prev),
        el('strong', { id: 'week-label' }, w.week(dmy(state.week), dmy(addDays(state.week, 6)))),
        el('button', { type: 'button', onclick: () => moveWeek(1) }, w.next),
      ),
      el('span', { class: 'who' }, state.me?.name ?? ''),
      langButton(),
      el('button', { type: 'button', onclick: signOut }, w.signOut),
    );
    if (!data) return el('div', {}, bar, state.message ? el('p', { class: 'message bad' }, state.message.text) : null);
    return el(
      'div',
      {},
      bar,
      el(
        'div',
        { class: 'page' },
        statusCard(data),
        totalsCard(data),
        el(
          'section',
          { class: `card${canUpload() ? '' : ' wide'}` },
          el('h2', {}, w.trend),
          el('div', { id: 'trend', class: 'chart' }),
        ),
        canUpload() ? uploadCard() : null,
        communesCard(data),
        state.drill ? drillCard() : null,
      ),
    );
  }

  function statusCard(data) {
    const w = t();
    const late = data.centers.filter((c) => !c.reported);
    const names = late.map((c) => `${c.nameVi} (${c.code})`).join('; ');
    const reminder = el('textarea', { id: 'reminder', readonly: 'readonly' });
    reminder.value = late.length ? w.reminder(dmy(data.week), names) : '';
    const copied = el('span', { class: 'muted' });
    return el(
      'section',
      { class: 'card', id: 'status' },
      el('h2', {}, w.status),
      el('p', { class: 'status-line' }, w.reported(data.totals.reported, data.totals.expected)),
      late.length
        ? [
            el('p', {}, w.lateTitle),
            el(
              'ul',
              { class: 'late-list', id: 'late' },
              late.map((c) => el('li', {}, `${c.nameVi} (${c.code})`)),
            ),
            reminder,
            el(
              'div',
              { class: 'actions' },
              el(
                'button',
                {
                  type: 'button',
                  onclick: async () => {
                    try {
                      await navigator.clipboard.writeText(reminder.value);
                    } catch {
                      reminder.select();
                      document.execCommand('copy');
                    }
                    copied.textContent = w.copied;
                  },
                },
                w.copy,
              ),
              copied,
            ),
          ]
        : el('p', { class: 'message good' }, w.noneLate),
    );
  }

  function totalsCard(data) {
    const w = t();
    const totals = data.totals;
    const tile = (label, value) =>
      el('div', { class: 'tile' }, el('div', { class: 'value' }, value), el('div', { class: 'label' }, label));
    return el(
      'section',
      { class: 'card', id: 'totals' },
      el('h2', {}, w.totals),
      el(
        'div',
        { class: 'tiles' },
        tile(w.served, num(totals.queue.served)),
        tile(w.tickets, num(totals.report.ticketsIssued)),
        tile(w.withinTarget, pct(totals.queue.withinTargetShare)),
        tile(w.helpDesk, num(totals.report.helpDeskCitizens)),
        tile(w.field, num(totals.report.fieldVisits)),
        tile(w.elderly, num(totals.report.elderlyHelped)),
        tile(w.volunteers, num(totals.report.volunteers)),
        tile(w.hours, num(totals.report.volunteerHours)),
        tile(w.satisfied, pct(totals.ratings.satisfiedShare)),
      ),
    );
  }

  function badge(c) {
    const w = t();
    if (c.reported) return el('span', { class: 'badge ok' }, w.ok);
    if (c.partial) return el('span', { class: 'badge partial' }, w.partial);
    return el('span', { class: 'badge late' }, w.late);
  }

  function communesCard(data) {
    const w = t();
    const head = [
      w.code,
      w.commune,
      w.state,
      w.served,
      w.waitP50,
      w.waitP90,
      w.withinTarget,
      w.help,
      w.field,
      w.elderly,
      w.volunteers,
      w.hours,
      w.satisfied,
      w.difficulties,
    ];
    const rows = data.centers.map((c) => {
      const f = c.figures;
      const q = f?.queue;
      return el(
        'tr',
        {
          class: `row${c.reported ? '' : ' late'}${state.drill?.code === c.code ? ' selected' : ''}`,
          'data-code': c.code,
          tabindex: '0',
          onclick: () => openDrill(c.code),
          onkeydown: (e) => e.key === 'Enter' && openDrill(c.code),
        },
        el('td', {}, c.code),
        el('td', {}, c.nameVi),
        el('td', {}, badge(c)),
        el('td', {}, num(q?.served)),
        el('td', {}, minutes(q?.waitP50Seconds)),
        el('td', {}, minutes(q?.waitP90Seconds)),
        el('td', {}, q ? pct(q.calledVisits ? q.withinTarget / q.calledVisits : null) : w.none),
        el('td', {}, f ? num(f.help.reduce((s, h) => s + h.atCenter + h.inField, 0)) : w.none),
        el('td', {}, num(f?.report.fieldVisits)),
        el('td', {}, num(f?.report.elderlyHelped)),
        el('td', {}, num(f?.report.volunteers)),
        el('td', {}, num(f?.report.volunteerHours)),
        el('td', {}, pct(f?.ratings.satisfiedShare)),
        el('td', { class: 'text' }, f ? f.difficulties.join(' · ') : ''),
      );
    });
    return el(
      'section',
      { class: 'card wide', id: 'communes' },
      el(
        'div',
        { class: 'actions' },
        el('h2', { style: 'flex:1' }, w.communes),
        el('button', { type: 'button', id: 'export', onclick: exportXlsx }, w.export),
      ),
      el(
        'div',
        { class: 'table-wrap' },
        el(
          'table',
          {},
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              head.map((h, i) => el('th', i === head.length - 1 ? { class: 'text' } : {}, h)),
            ),
          ),
          el('tbody', {}, rows),
        ),
      ),
    );
  }

  function uploadCard() {
    const w = t();
    const input = el('input', { type: 'file', id: 'upload', accept: '.luot,application/json' });
    const message = el('p', { class: 'message', id: 'upload-message' });
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      const response = await api('/api/hub/files', {
        method: 'POST',
        body: await file.text(),
        headers: { 'content-type': 'application/json' },
      });
      const answer = await response.json();
      const words = answer.message ?? answer.error;
      message.className = `message ${response.status >= 400 ? 'bad' : 'good'}`;
      message.textContent = words ? words[state.lang] : String(response.status);
      if (response.status < 300) {
        const kept = message.textContent;
        await load();
        document.getElementById('upload-message').textContent = kept;
      }
    });
    return el(
      'section',
      { class: 'card' },
      el('h2', {}, w.upload),
      el('p', { class: 'muted' }, w.uploadHelp),
      el('label', { class: 'button primary', for: 'upload' }, w.chooseFile),
      input,
      message,
    );
  }

  /** A province viewer reads; the province admin and the hub's administrator may also upload a file by hand. */
  function canUpload() {
    return Boolean(state.me) && state.me.role !== 'province_viewer';
  }

  async function openDrill(code) {
    const response = await api(`/api/hub/centers/${code}/weeks?to=${state.week}`);
    state.drill = await response.json();
    render();
    document.getElementById('drill')?.scrollIntoView({ block: 'nearest' });
  }

  function drillCard() {
    const w = t();
    const d = state.drill;
    return el(
      'section',
      { class: 'card wide', id: 'drill' },
      el(
        'div',
        { class: 'actions' },
        el('h2', { style: 'flex:1' }, w.drill(d.nameVi)),
        el('button', { type: 'button', onclick: () => ((state.drill = null), render()) }, w.close),
      ),
      el('div', { id: 'drill-chart', class: 'chart' }),
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            [w.weekCol, w.state, w.served, w.waitP50, w.helpDesk, w.field, w.volunteers, w.version, w.receivedAt].map(
              (h) => el('th', {}, h),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          d.weeks.map((x) =>
            el(
              'tr',
              {},
              el('td', {}, dmy(x.week)),
              el('td', {}, badge({ reported: !x.partial, partial: x.partial })),
              el('td', {}, num(x.figures.queue.served)),
              el('td', {}, minutes(x.figures.queue.waitP50Seconds)),
              el('td', {}, num(x.figures.report.helpDeskCitizens)),
              el('td', {}, num(x.figures.report.fieldVisits)),
              el('td', {}, num(x.figures.report.volunteers)),
              el('td', {}, num(x.version)),
              el('td', {}, when(x.receivedAt)),
            ),
          ),
        ),
      ),
    );
  }

  function drawCharts() {
    if (!window.echarts) return;
    const w = t();
    const trendNode = document.getElementById('trend');
    if (trendNode) {
      const chart = echarts.init(trendNode, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 50, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: state.trend.map((x) => dmy(x.week).slice(0, 5)) },
        yAxis: [
          { type: 'value', name: w.served },
          { type: 'value', name: w.reportedSeries, minInterval: 1 },
        ],
        series: [
          { name: w.served, type: 'line', data: state.trend.map((x) => x.totals.queue.served), smooth: false },
          {
            name: w.reportedSeries,
            type: 'bar',
            yAxisIndex: 1,
            data: state.trend.map((x) => x.totals.reported),
            barWidth: 10,
            itemStyle: { opacity: 0.45 },
          },
        ],
      });
    }
    const drillNode = document.getElementById('drill-chart');
    if (drillNode && state.drill) {
      const chart = echarts.init(drillNode, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        grid: { left: 50, right: 20, top: 20, bottom: 28 },
        xAxis: { type: 'category', data: state.drill.weeks.map((x) => dmy(x.week).slice(0, 5)) },
        yAxis: { type: 'value' },
        series: [{ name: w.served, type: 'line', data: state.drill.weeks.map((x) => x.figures.queue.served) }],
      });
    }
  }

  async function exportXlsx() {
    const province = params.get('province');
    const response = await api(
      `/api/hub/weeks/${state.week}/export.xlsx?lang=${state.lang}${province ? `&province=${encodeURIComponent(province)}` : ''}`,
    );
    const blob = await response.blob();
    const link = el('a', { href: URL.createObjectURL(blob), download: `luot-tinh-tuan-${state.week}.xlsx` });
    document.body.append(link);
    link.click();
    link.remove();
  }

  function moveWeek(n) {
    state.week = addDays(state.week, 7 * n);
    state.drill = null;
    params.set('week', state.week);
    history.replaceState(null, '', `?${params}`);
    load();
  }

  function signOut() {
    sessionStorage.removeItem('hub.token');
    state.token = '';
    state.me = null;
    state.data = null;
    render();
  }

  if (state.token) load();
  else render();
})();
