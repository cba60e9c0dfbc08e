/**
 * The one table of roles: what each kind of device is called, where its screen lives, whether it belongs to one
 * service point, whether its screen faces the public, how long its session lasts, and what it may read and do.
 * Everything else derives from it: the server's checks (endpoint and step rows name an ability, never a list of
 * roles), the database's guard on device roles, setup's device form, the screens' routing and home paths, the
 * session lengths and docs/api.md's role table. A new kind of device is one row here (and its screen).
 * Pure, and imports nothing at run time (src/shared/domain.ts re-exports the role names from here).
 */

/** What a role may read and do; endpoint rows and queue steps name these. Described for docs/api.md. */
export const ABILITIES = {
  readCenter:
    'read what every screen reads: services, points, zones, settings, the queue and its events, a ticket picture',
  readPointStaff: 'read who is signed in at a point',
  readGuide: 'read the procedure guide',
  readCases: "read a case's details: a ticket, the staff list, a point's absent list",
  issue: 'issue tickets',
  checkIn: 'check an appointment in (a ticket for it)',
  book: 'book, list and cancel appointments',
  bookReturn: "book a case's return visit for its missing papers and print the slip (a counter: its own case only)",
  greet: "reprint a ticket; record a case's missing papers",
  moveWaiting: 'transfer or cancel a ticket that is still waiting',
  serve: 'call next / call / recall / absent / start / resolve / transfer / cancel / pause / resume at its point',
  noteDifficulty: 'note a difficulty met during the day',
  rate: 'ask the citizen for a rating at its point, and record it',
  reportSound: 'tell the host whether its hall hears the calls (sound on, blocked until a tap, muted)',
  readFigures: 'reports and exports; keep the roster, field visits and difficulties',
  setUp: 'setup, devices, backups, printer, voice, procedures, appointments import',
} as const;
export type Ability = keyof typeof ABILITIES;

export interface RoleRow {
  name: { vi: string; en: string };
  /** One line for setup's device form. */
  help: { vi: string; en: string };
  /** Its own screen's address; `:point` stands for the device's service point. */
  home: string;
  /** Other screens it may open (an admin opens them all; a greeter glances at the wall display). */
  alsoOpens: readonly Screen[];
  /** Belongs to exactly one counter or help desk. */
  boundToPoint: boolean;
  /**
   * Faces the public: gets numbers, points, services and counts — never a note, file code, staff member, outcome
   * or priority class (src/shared/contract/privacy.ts).
   */
  public: boolean;
  /** The citizen serves themself here: its tickets are marked self-issued (reports count them apart). */
  selfService: boolean;
  /** A browser session ends after this many days without use (each use renews it). */
  idleDays: number;
  may: readonly Ability[];
}

/** The screens, by their address (`:point`: a service point's id). */
export const SCREENS = {
  greeter: '/greeter',
  counter: '/counter/:point',
  display: '/display',
  board: '/board/:point',
  rating: '/rating',
  kiosk: '/kiosk',
  reports: '/reports',
  admin: '/admin',
} as const;
export type Screen = keyof typeof SCREENS;

/**
 * The manager may do everything but rate a visit in the citizen's place, or speak for a hall's speaker (an
 * administrator who looks at the wall display's page is not the TV).
 */
const ADMIN_MAY = (Object.keys(ABILITIES) as Ability[]).filter((a) => a !== 'rate' && a !== 'reportSound');

/** In the order a manager sets a center up: entrance, counters, hall TV, rating tablets, kiosk, readers, admin. */
export const ROLES = {
  greeter: {
    name: { vi: 'Tiếp đón', en: 'Greeter' },
    help: {
      vi: 'Máy ở cửa vào, cấp số cho công dân.',
      en: 'The machine at the entrance that issues numbers to citizens.',
    },
    home: SCREENS.greeter,
    alsoOpens: ['display'],
    boundToPoint: false,
    public: false,
    selfService: false,
    idleDays: 30,
    may: [
      'readCenter',
      'readPointStaff',
      'readGuide',
      'readCases',
      'issue',
      'checkIn',
      'book',
      'bookReturn',
      'greet',
      'moveWaiting',
      'noteDifficulty',
    ],
  },
  counter: {
    name: { vi: 'Quầy / bàn hỗ trợ', en: 'Counter / help desk' },
    help: {
      vi: 'Máy của một quầy hoặc bàn hỗ trợ, dùng để gọi số.',
      en: 'The machine of one counter or help desk, to call numbers.',
    },
    home: SCREENS.counter,
    alsoOpens: ['display'],
    boundToPoint: true,
    public: false,
    selfService: false,
    idleDays: 30,
    may: [
      'readCenter',
      'readPointStaff',
      'readGuide',
      'readCases',
      'serve',
      'moveWaiting',
      'noteDifficulty',
      'bookReturn',
    ],
  },
  display: {
    name: { vi: 'Màn hình chờ', en: 'Wall display' },
    help: { vi: 'TV hoặc màn hình lớn ở sảnh chờ.', en: 'A TV or large screen in the waiting hall.' },
    home: SCREENS.display,
    alsoOpens: [],
    boundToPoint: false,
    public: true,
    selfService: false,
    // Used all day and renews itself, so it never goes blank for a session that quietly ran out.
    idleDays: 365,
    // A public screen: no staff names (issue 24) — the hall sees numbers and points only.
    may: ['readCenter', 'readGuide', 'reportSound'],
  },
  board: {
    name: { vi: 'Bảng số trên quầy', en: 'Counter board' },
    help: {
      vi: 'Màn hình nhỏ (HDMI, TV box Android) treo trên một quầy / bàn: số đang được mời đến đó, thật to.',
      en: 'A small screen (HDMI, Android TV stick) above one counter / desk: the number called there, huge.',
    },
    home: SCREENS.board,
    alsoOpens: [],
    boundToPoint: true,
    public: true,
    selfService: false,
    // Like the wall display: on all day, it must never go blank for a session that quietly ran out.
    idleDays: 365,
    may: ['readCenter'],
  },
  rating: {
    name: { vi: 'Đánh giá hài lòng', en: 'Satisfaction rating' },
    help: {
      vi: 'Máy tính bảng quay về phía công dân ở một quầy / bàn: hỏi mức độ hài lòng sau mỗi lượt.',
      en: 'A tablet facing the citizen at one counter / desk: asks how satisfied they were after each visit.',
    },
    home: SCREENS.rating,
    alsoOpens: [],
    boundToPoint: true,
    public: true,
    selfService: false,
    idleDays: 365,
    may: ['readCenter', 'rate'],
  },
  kiosk: {
    name: { vi: 'Máy tự lấy số', en: 'Self-service kiosk' },
    help: {
      vi: 'Màn hình cảm ứng để công dân tự lấy số, tra thủ tục và xác nhận lịch hẹn. Không xem được ghi chú, tên hay cán bộ.',
      en: 'A touch screen where citizens take a number, look a procedure up and check in an appointment. Reads no notes, names or staff.',
    },
    home: SCREENS.kiosk,
    alsoOpens: [],
    boundToPoint: false,
    public: true,
    selfService: true,
    idleDays: 365,
    may: ['readCenter', 'readGuide', 'issue', 'checkIn'],
  },
  reports: {
    name: { vi: 'Xem báo cáo', en: 'Reports' },
    help: {
      vi: 'Xem, xuất báo cáo và báo cáo tuần; ghi ca trực, đi cơ sở. Không sửa được cài đặt (ví dụ: Bí thư Đoàn).',
      en: 'Read and export reports and the weekly report; keep the roster and field visits. Cannot change setup (e.g. the youth-union secretary).',
    },
    home: SCREENS.reports,
    alsoOpens: ['display'],
    boundToPoint: false,
    public: false,
    selfService: false,
    idleDays: 30,
    may: ['readCenter', 'readPointStaff', 'readCases', 'noteDifficulty', 'readFigures'],
  },
  admin: {
    name: { vi: 'Quản trị', en: 'Administration' },
    help: {
      vi: 'Toàn quyền cài đặt. Chỉ cấp cho người quản lý.',
      en: 'Full control of the setup. Only for the manager.',
    },
    home: SCREENS.admin,
    alsoOpens: ['greeter', 'counter', 'display', 'board', 'reports'],
    boundToPoint: false,
    public: false,
    selfService: false,
    // The shortest: it can change everything.
    idleDays: 7,
    may: ADMIN_MAY,
  },
} as const satisfies Record<string, RoleRow>;

export type DeviceRole = keyof typeof ROLES;
export const DEVICE_ROLES = Object.keys(ROLES) as [DeviceRole, ...DeviceRole[]];
const row = (role: DeviceRole): RoleRow => ROLES[role];

/** The roles that may do something, in the table's order. */
export const rolesThatMay = (ability: Ability): DeviceRole[] =>
  DEVICE_ROLES.filter((role) => row(role).may.includes(ability));
export const roleMay = (role: DeviceRole, ability: Ability): boolean => row(role).may.includes(ability);

/** Roles whose device belongs to exactly one service point. */
export const POINT_DEVICE_ROLES = DEVICE_ROLES.filter((role) => row(role).boundToPoint);
export const belongsToPoint = (role: DeviceRole): boolean => row(role).boundToPoint;

/** Roles whose screens are public (the wall display, the rating tablet, the kiosk). */
export const PUBLIC_ROLES = DEVICE_ROLES.filter((role) => row(role).public);
export const isPublicRole = (role: DeviceRole): boolean => row(role).public;

/** Tickets issued by this role are the citizen's own (the kiosk). */
export const isSelfService = (role: DeviceRole): boolean => row(role).selfService;

/** A device's own screen. */
export const homeOf = (device: { role: DeviceRole; servicePointId: number | null }): string =>
  row(device.role).home.replace(':point', String(device.servicePointId));

/** The roles that may open a screen: those whose home it is, and those that also open it. */
export const rolesOpening = (screen: Screen): DeviceRole[] =>
  DEVICE_ROLES.filter((role) => row(role).home === SCREENS[screen] || row(role).alsoOpens.includes(screen));

/** docs/api.md's tables: the roles, then what each ability allows. */
export function roleTable(): string {
  const roles = DEVICE_ROLES.map((role) => {
    const r = row(role);
    const kind = [
      r.boundToPoint ? 'one service point' : '',
      r.public ? 'public: no notes, file codes, names, staff or priority classes' : '',
      r.selfService ? 'self-service: its tickets are marked self-issued' : '',
      `session ${r.idleDays} days idle`,
    ].filter(Boolean);
    const may = r.may.map((a) => `\`${a}\``).join(', ');
    return `| \`${role}\` | ${r.name.vi} / ${r.name.en} | \`${r.home}\` | ${kind.join('; ')} | ${may} |`;
  });
  const abilities = (Object.keys(ABILITIES) as Ability[]).map(
    (a) => `| \`${a}\` | ${ABILITIES[a]} | ${rolesThatMay(a).join(', ')} |`,
  );
  return [
    '| Role | Name | Screen | Kind | May |',
    '| --- | --- | --- | --- | --- |',
    ...roles,
    '',
    '| Ability | What it allows | Roles |',
    '| --- | --- | --- |',
    ...abilities,
  ].join('\n');
}
