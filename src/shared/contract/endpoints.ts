/**
 * The LAN API's table: every endpoint's name, method, path, who may call it, its input (one zod schema for path,
 * query and body together) and its answer type. The server registers routes from it
 * (src/server/http/endpoints.ts), the screens call `api.call(name, input)` (src/renderer/src/api/client.ts), and
 * docs/api.md is generated from it (`npm run docs:api`; a test keeps it in step). Pure.
 */
import { z } from 'zod';
import type { TestPrintAnswer } from '../events';
import type {
  HealthAnswer,
  IssueAnswer,
  PrinterSetup,
  PrinterStatusAnswer,
  QueueSnapshot,
  ReprintAnswer,
  ServicePointAnswer,
  ServicePointToday,
  TicketAnswer,
  TicketHistoryAnswer,
  TicketListAnswer,
  TransferAnswer,
} from '../api';
import type { HelpKindEntry, PrinterSettings, Service, ServicePoint, Settings, Staff, Zone } from '../domain';
import type { CitizenStatus } from '../citizen-status';
import {
  citizenSettingsPatch,
  ratingFiguresQuery,
  ratingInput,
  statusRefParam,
  type CitizenSettingsAnswer,
} from '../citizen-schemas';
import type { RatingAnswer, RatingFigures, RatingPrompt } from '../rating';
import {
  cancelInput,
  helpKindInput,
  idParam,
  issueTicketInput,
  pauseInput,
  pointActionInput,
  printerPreviewQuery,
  printerSettingsPatch,
  resolveInput,
  serviceInput,
  servicePointInput,
  settingsPatch,
  staffInput,
  transferInput,
  zoneInput,
} from '../schemas';
import {
  ADMIN,
  answer,
  COUNTER,
  ep,
  LEADS,
  none,
  patchOf,
  SIGNED_IN,
  STAFF_SCREENS,
  withId,
  type AnswerOf,
  type Endpoint,
} from './endpoint-kit';
import { BACKUP_ENDPOINTS } from './endpoint-rows/backup';
import { DEVICE_ENDPOINTS } from './endpoint-rows/devices';
import { PEOPLE_ENDPOINTS } from './endpoint-rows/people';
import { PROCEDURE_ENDPOINTS } from './endpoint-rows/procedures';
import { REPORT_ENDPOINTS } from './endpoint-rows/reports';
import { VOICE_ENDPOINTS } from './endpoint-rows/voice';

export { SIGNED_IN, type AnswerOf, type Endpoint, type HttpMethod } from './endpoint-kit';

export const ENDPOINTS = {
  // ---- the queue ----
  health: ep({
    method: 'GET',
    path: '/api/health',
    roles: 'public',
    input: none,
    answer: answer<HealthAnswer>(),
    summary: 'Is the server up, and which version.',
  }),
  events: ep({
    method: 'GET',
    path: '/api/events',
    roles: SIGNED_IN,
    input: none,
    answer: answer<never>(),
    stream: true,
    summary: 'WebSocket: every committed change, one JSON array of events per commit (src/shared/events.ts).',
  }),
  queue: ep({
    method: 'GET',
    path: '/api/queue',
    roles: SIGNED_IN,
    input: none,
    answer: answer<QueueSnapshot>(),
    summary: "Today's queue: waiting counts, the next tickets of each service, each point's current ticket.",
  }),
  issueTicket: ep({
    method: 'POST',
    path: '/api/tickets',
    roles: ['admin', 'greeter'],
    input: issueTicketInput,
    answer: answer<IssueAnswer>(),
    status: 201,
    idempotent: true,
    summary: 'Issue a number for a service (priority, note); the ticket prints after the commit.',
  }),
  ticket: ep({
    method: 'GET',
    path: '/api/tickets/:id',
    roles: STAFF_SCREENS,
    input: idParam,
    answer: answer<TicketHistoryAnswer>(),
    summary: 'A ticket and the history of its case.',
  }),
  callNext: ep({
    method: 'POST',
    path: '/api/service-points/:id/call-next',
    roles: COUNTER,
    input: withId(pointActionInput.omit({ servicePointId: true })),
    answer: answer<TicketAnswer | null>(),
    idempotent: true,
    summary: 'Call the next ticket at a point under the priority policy; 204 when nobody waits.',
  }),
  pause: ep({
    method: 'POST',
    path: '/api/service-points/:id/pause',
    roles: COUNTER,
    input: withId(pauseInput),
    answer: answer<ServicePointAnswer>(),
    idempotent: true,
    summary: 'Pause a point with a reason everyone sees.',
  }),
  resume: ep({
    method: 'POST',
    path: '/api/service-points/:id/resume',
    roles: COUNTER,
    input: idParam,
    answer: answer<ServicePointAnswer>(),
    idempotent: true,
    summary: 'Resume a paused point.',
  }),
  pointToday: ep({
    method: 'GET',
    path: '/api/service-points/:id/today',
    roles: SIGNED_IN,
    input: idParam,
    answer: answer<ServicePointToday>(),
    summary: "A point's own figures for today.",
  }),
  pointAbsent: ep({
    method: 'GET',
    path: '/api/service-points/:id/absent',
    roles: STAFF_SCREENS,
    input: idParam,
    answer: answer<TicketListAnswer>(),
    summary: 'Tickets marked absent at this point today, newest first (to call one back).',
  }),
  callTicket: ep({
    method: 'POST',
    path: '/api/tickets/:id/call',
    roles: COUNTER,
    input: withId(pointActionInput),
    answer: answer<TicketAnswer>(),
    idempotent: true,
    summary: 'Call a chosen ticket: one waiting, or one marked absent today who came back.',
  }),
  recall: ep({
    method: 'POST',
    path: '/api/tickets/:id/recall',
    roles: COUNTER,
    input: withId(pointActionInput),
    answer: answer<TicketAnswer>(),
    idempotent: true,
    summary: 'Call the current ticket again (shown and announced as a recall).',
  }),
  noShow: ep({
    method: 'POST',
    path: '/api/tickets/:id/no-show',
    roles: COUNTER,
    input: withId(pointActionInput),
    answer: answer<TicketAnswer>(),
    idempotent: true,
    summary: 'Mark the called citizen absent; they can be called back today.',
  }),
  start: ep({
    method: 'POST',
    path: '/api/tickets/:id/start',
    roles: COUNTER,
    input: withId(pointActionInput),
    answer: answer<TicketAnswer>(),
    idempotent: true,
    summary: 'The citizen is at the point: the case starts.',
  }),
  resolve: ep({
    method: 'POST',
    path: '/api/tickets/:id/resolve',
    roles: COUNTER,
    input: withId(resolveInput),
    answer: answer<TicketAnswer>(),
    idempotent: true,
    summary: 'Finish the case with an outcome (help kind at a help desk, mã hồ sơ when filed).',
  }),
  transfer: ep({
    method: 'POST',
    path: '/api/tickets/:id/transfer',
    roles: ['admin', 'counter', 'greeter'],
    input: withId(transferInput),
    answer: answer<TransferAnswer>(),
    idempotent: true,
    summary: 'Send the case to another service or point, keeping its turn (front) or queueing anew (back).',
  }),
  cancel: ep({
    method: 'POST',
    path: '/api/tickets/:id/cancel',
    roles: ['admin', 'counter', 'greeter'],
    input: withId(cancelInput),
    answer: answer<TicketAnswer>(),
    idempotent: true,
    summary: 'Withdraw a ticket with a reason (the greeter: only one still waiting).',
  }),

  // ---- setup ----
  zones: ep({
    method: 'GET',
    path: '/api/zones',
    roles: SIGNED_IN,
    input: none,
    answer: answer<Zone[]>(),
    summary: 'Zones.',
  }),
  createZone: ep({
    method: 'POST',
    path: '/api/zones',
    roles: ADMIN,
    input: zoneInput,
    answer: answer<Zone>(),
    status: 201,
    summary: 'Add a zone.',
  }),
  updateZone: ep({
    method: 'PATCH',
    path: '/api/zones/:id',
    roles: ADMIN,
    input: patchOf(zoneInput),
    answer: answer<Zone>(),
    summary: 'Change a zone (only the fields sent).',
  }),
  services: ep({
    method: 'GET',
    path: '/api/services',
    roles: SIGNED_IN,
    input: none,
    answer: answer<Service[]>(),
    summary: 'Services (the lines people queue for), retired ones included.',
  }),
  createService: ep({
    method: 'POST',
    path: '/api/services',
    roles: ADMIN,
    input: serviceInput,
    answer: answer<Service>(),
    status: 201,
    summary: 'Add a service.',
  }),
  updateService: ep({
    method: 'PATCH',
    path: '/api/services/:id',
    roles: ADMIN,
    input: patchOf(serviceInput),
    answer: answer<Service>(),
    summary: 'Change a service (only the fields sent); retire it with `active: false`.',
  }),
  servicePoints: ep({
    method: 'GET',
    path: '/api/service-points',
    roles: SIGNED_IN,
    input: none,
    answer: answer<ServicePoint[]>(),
    summary: 'Counters and help desks.',
  }),
  createServicePoint: ep({
    method: 'POST',
    path: '/api/service-points',
    roles: ADMIN,
    input: servicePointInput,
    answer: answer<ServicePoint>(),
    status: 201,
    summary: 'Add a counter or help desk.',
  }),
  updateServicePoint: ep({
    method: 'PATCH',
    path: '/api/service-points/:id',
    roles: ADMIN,
    input: patchOf(servicePointInput),
    answer: answer<ServicePoint>(),
    summary: 'Change a point (only the fields sent).',
  }),
  staff: ep({
    method: 'GET',
    path: '/api/staff',
    roles: STAFF_SCREENS,
    input: none,
    answer: answer<Staff[]>(),
    summary: 'Staff and volunteers.',
  }),
  createStaff: ep({
    method: 'POST',
    path: '/api/staff',
    roles: ADMIN,
    input: staffInput,
    answer: answer<Staff>(),
    status: 201,
    summary: 'Add a staff member or volunteer.',
  }),
  updateStaff: ep({
    method: 'PATCH',
    path: '/api/staff/:id',
    roles: ADMIN,
    input: patchOf(staffInput),
    answer: answer<Staff>(),
    summary: 'Change a staff member (only the fields sent).',
  }),
  helpKinds: ep({
    method: 'GET',
    path: '/api/help-kinds',
    roles: SIGNED_IN,
    input: none,
    answer: answer<HelpKindEntry[]>(),
    summary: 'Kinds of help a help desk records (each for one help service, or for all), retired ones included.',
  }),
  createHelpKind: ep({
    method: 'POST',
    path: '/api/help-kinds',
    roles: ADMIN,
    input: helpKindInput,
    answer: answer<HelpKindEntry>(),
    status: 201,
    summary: 'Add a kind of help.',
  }),
  updateHelpKind: ep({
    method: 'PATCH',
    path: '/api/help-kinds/:id',
    roles: ADMIN,
    input: patchOf(helpKindInput),
    answer: answer<HelpKindEntry>(),
    summary: 'Change a kind of help (only the fields sent); retire it with `active: false`.',
  }),
  settings: ep({
    method: 'GET',
    path: '/api/settings',
    roles: SIGNED_IN,
    input: none,
    answer: answer<Settings>(),
    summary: "The center's settings (name, priority policy, notice, ticket footer).",
  }),
  updateSettings: ep({
    method: 'PATCH',
    path: '/api/settings',
    roles: ADMIN,
    input: settingsPatch,
    answer: answer<Settings>(),
    summary: 'Change settings (only the fields sent).',
  }),
  // ---- the ticket printer ----
  reprint: ep({
    method: 'POST',
    path: '/api/tickets/:id/print',
    roles: ['admin', 'greeter'],
    input: idParam,
    answer: answer<ReprintAnswer>(),
    summary: '"In lại": print today\'s ticket again; says when a second copy may come out.',
  }),
  ticketPng: ep({
    method: 'GET',
    path: '/api/tickets/:id/ticket.png',
    roles: SIGNED_IN,
    input: idParam,
    answer: answer<Uint8Array>(),
    png: true,
    summary: 'The ticket as the printer gets it, as a picture.',
  }),
  printer: ep({
    method: 'GET',
    path: '/api/printer',
    roles: ADMIN,
    input: none,
    answer: answer<PrinterSetup>(),
    summary: 'Printer settings, what printing found out about the printer, and the models and speeds on offer.',
  }),
  updatePrinter: ep({
    method: 'PATCH',
    path: '/api/printer',
    roles: ADMIN,
    input: printerSettingsPatch,
    answer: answer<{ settings: PrinterSettings }>(),
    summary: 'Change the printer (model, connection, mode, QR).',
  }),
  testPrint: ep({
    method: 'POST',
    path: '/api/printer/test',
    roles: ADMIN,
    input: none,
    answer: answer<TestPrintAnswer>(),
    summary: '"In thử": print the sample ticket; finds out whether the printer answers status and how fast it reads.',
  }),
  printerStatus: ep({
    method: 'GET',
    path: '/api/printer/status',
    roles: ADMIN,
    input: none,
    answer: answer<PrinterStatusAnswer>(),
    summary: 'Ask the printer how it is (paper, cover, online) where it can say.',
  }),
  printerPreview: ep({
    method: 'GET',
    path: '/api/printer/preview.png',
    roles: ADMIN,
    input: printerPreviewQuery,
    answer: answer<Uint8Array>(),
    png: true,
    summary: 'A sample ticket for a model and QR choice before saving it.',
  }),

  // ---- the citizen: rating at the point, status page from the ticket ----
  ratingPrompt: ep({
    method: 'GET',
    path: '/api/rating/prompt',
    roles: ['rating'],
    input: none,
    answer: answer<RatingPrompt | null>(),
    summary: "The ticket this rating device's point has just resolved and not yet rated; 204 when none.",
  }),
  rateTicket: ep({
    method: 'POST',
    path: '/api/tickets/:id/rating',
    roles: ['rating'],
    input: withId(ratingInput),
    answer: answer<RatingAnswer>(),
    status: 201,
    idempotent: true,
    summary: "Record the citizen's rating (level null: no answer in time), once per ticket, at its own point.",
  }),
  ratingFigures: ep({
    method: 'GET',
    path: '/api/reports/ratings',
    roles: LEADS,
    input: ratingFiguresQuery,
    answer: answer<RatingFigures>(),
    summary: 'Ratings per service, point, staff member or week over a range of service days, and its newest comments.',
  }),
  citizenStatus: ep({
    method: 'GET',
    path: '/api/status/:ref',
    roles: 'public',
    input: statusRefParam,
    answer: answer<CitizenStatus>(),
    summary: "A ticket's status for its citizen (the QR's reference): 404 for an unknown or expired reference.",
  }),
  citizenStatusLive: ep({
    method: 'GET',
    path: '/api/status/:ref/live',
    roles: 'public',
    input: statusRefParam,
    answer: answer<never>(),
    stream: true,
    summary: 'WebSocket: the status of this one ticket now, then each time it changes (nothing about others).',
  }),
  citizenSettings: ep({
    method: 'GET',
    path: '/api/citizen-settings',
    roles: ADMIN,
    input: none,
    answer: answer<CitizenSettingsAnswer>(),
    summary: "Rating time limit, the status page's address and the Wi-Fi printed on tickets.",
  }),
  updateCitizenSettings: ep({
    method: 'PATCH',
    path: '/api/citizen-settings',
    roles: ADMIN,
    input: citizenSettingsPatch,
    answer: answer<CitizenSettingsAnswer>(),
    summary: 'Change the citizen settings (only the fields sent).',
  }),

  ...DEVICE_ENDPOINTS,
  ...PEOPLE_ENDPOINTS,
  ...REPORT_ENDPOINTS,
  ...PROCEDURE_ENDPOINTS,
  ...BACKUP_ENDPOINTS,
  ...VOICE_ENDPOINTS,
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;
/** Endpoints answered per request (not streams). */
export type RequestEndpointName = {
  [K in EndpointName]: (typeof ENDPOINTS)[K] extends { stream: true } ? never : K;
}[EndpointName];
/** Endpoints answered with JSON — not a picture or a file to save, which a screen opens as a link instead. */
export type JsonEndpointName = {
  [K in RequestEndpointName]: Def<K> extends { png: true } | { download: true } ? never : K;
}[RequestEndpointName];
/** Endpoints a screen may open as a link (`api.href`): what it reads, a picture or a file to save. */
export type LinkEndpointName = {
  [K in RequestEndpointName]: Def<K> extends { method: 'GET' } ? K : never;
}[RequestEndpointName];
type Def<N extends EndpointName> = (typeof ENDPOINTS)[N];
export type EndpointInput<N extends EndpointName> = z.input<Def<N>['input']>;
export type EndpointParsed<N extends EndpointName> = z.output<Def<N>['input']>;
export type EndpointAnswer<N extends EndpointName> = Def<N>['answer'] extends AnswerOf<infer A> ? A : never;

/** `:name` segments of a path, in order. */
export const pathParams = (path: string): string[] => [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
