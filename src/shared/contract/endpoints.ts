/**
 * The LAN API's table: every endpoint's name, method, path, who may call it, its input (one zod schema for path,
 * query and body together) and its answer type. The server registers routes from it
 * (src/server/http/endpoints.ts), the screens call `api.call(name, input)` (src/renderer/src/api/client.ts), and
 * docs/api.md is generated from it (`npm run docs:api`; a test keeps it in step). Pure.
 */
import type { z } from 'zod';
import { type AnswerOf, type Endpoint } from './endpoint-kit';
import { APPOINTMENT_ENDPOINTS } from './endpoint-rows/appointments';
import { BACKUP_ENDPOINTS } from './endpoint-rows/backup';
import { BOARD_ENDPOINTS } from './endpoint-rows/boards';
import { CITIZEN_ENDPOINTS } from './endpoint-rows/citizen';
import { DEVICE_ENDPOINTS } from './endpoint-rows/devices';
import { HUB_LINK_ENDPOINTS } from './endpoint-rows/hub-link';
import { PEOPLE_ENDPOINTS } from './endpoint-rows/people';
import { PRINTING_ENDPOINTS } from './endpoint-rows/printing';
import { PROCEDURE_ENDPOINTS } from './endpoint-rows/procedures';
import { QUEUE_ENDPOINTS } from './endpoint-rows/queue';
import { REPORT_ENDPOINTS } from './endpoint-rows/reports';
import { SETUP_ENDPOINTS } from './endpoint-rows/setup';
import { VOICE_ENDPOINTS } from './endpoint-rows/voice';

export { SIGNED_IN, type AnswerOf, type Endpoint, type HttpMethod } from './endpoint-kit';

/** Every row, area by area (each area's rows live in endpoint-rows/); docs/api.md lists them in this order. */
export const ENDPOINTS = {
  ...QUEUE_ENDPOINTS,
  ...SETUP_ENDPOINTS,
  ...PRINTING_ENDPOINTS,
  ...BOARD_ENDPOINTS,
  ...CITIZEN_ENDPOINTS,
  ...DEVICE_ENDPOINTS,
  ...PEOPLE_ENDPOINTS,
  ...REPORT_ENDPOINTS,
  ...PROCEDURE_ENDPOINTS,
  ...APPOINTMENT_ENDPOINTS,
  ...BACKUP_ENDPOINTS,
  ...VOICE_ENDPOINTS,
  ...HUB_LINK_ENDPOINTS,
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;
/** Endpoints answered per request (not streams). */
export type RequestEndpointName = {
  [K in EndpointName]: (typeof ENDPOINTS)[K] extends { stream: true } ? never : K;
}[EndpointName];
/** Endpoints answered with JSON — not a picture or a file to save, which a screen opens as a link instead. */
export type JsonEndpointName = {
  [K in RequestEndpointName]: Def<K> extends { png: true } | { download: true } | { media: true } ? never : K;
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
