/** Rows of the endpoint table: the devices of the center and how a browser signs in (src/server/http/routes/devices.ts). */
import type { CreatedDevice, DeviceSignIn, Session } from '../../api';
import type { Device } from '../../domain';
import { idParam } from '../../schemas';
import { deviceInput, deviceRenameInput, sessionInput } from '../bodies/devices';
import type { RatingDeviceStatus } from '../../rating';
import { displaySoundInput, type DisplaySoundLine } from '../../display-sound';
import { ADMIN, answer, COUNTER, ep, may, none, SIGNED_IN, withId } from '../endpoint-kit';

export const DEVICE_ENDPOINTS = {
  devices: ep({
    method: 'GET',
    path: '/api/devices',
    roles: ADMIN,
    input: none,
    answer: answer<Device[]>(),
    summary: 'Devices (every screen and integration), without their secrets; revoked ones included.',
  }),
  createDevice: ep({
    method: 'POST',
    path: '/api/devices',
    roles: ADMIN,
    input: deviceInput,
    answer: answer<CreatedDevice>(),
    status: 201,
    summary: 'Add a device: its one-time sign-in link and pairing code, and its device key (shown once).',
  }),
  deviceSignIn: ep({
    method: 'POST',
    path: '/api/devices/:id/sign-in',
    roles: ADMIN,
    input: idParam,
    answer: answer<DeviceSignIn>(),
    summary: 'A new sign-in link and pairing code for a device (a reset TV, a new browser); 409 for a revoked one.',
  }),
  renameDevice: ep({
    method: 'PATCH',
    path: '/api/devices/:id',
    roles: ADMIN,
    input: withId(deviceRenameInput),
    answer: answer<Device>(),
    summary: 'Rename a device (a typo, a TV moved to another room); its sign-in stays. 409 for a revoked one.',
  }),
  revokeDevice: ep({
    method: 'DELETE',
    path: '/api/devices/:id',
    roles: ADMIN,
    input: idParam,
    answer: answer<Device>(),
    summary: 'Revoke a device: its key, sessions and unused links end at once, its sockets close.',
  }),
  signIn: ep({
    method: 'POST',
    path: '/api/session',
    roles: 'public',
    input: sessionInput,
    answer: answer<Session>(),
    summary: "Browser sign-in: a link's token or a pairing code for a session in an HttpOnly cookie (guesses limited).",
  }),
  session: ep({
    method: 'GET',
    path: '/api/session',
    roles: SIGNED_IN,
    input: none,
    answer: answer<Session>(),
    summary: 'The signed-in device (renews its session).',
  }),
  signOut: ep({
    method: 'DELETE',
    path: '/api/session',
    roles: 'public',
    input: none,
    answer: answer<{ ok: true }>(),
    summary: 'Sign this browser out: its session ends and its cookie is cleared.',
  }),
  ratingDeviceStatus: ep({
    method: 'GET',
    path: '/api/service-points/:id/rating-device',
    roles: COUNTER,
    input: idParam,
    answer: answer<RatingDeviceStatus>(),
    summary: "Whether the point's rating device is connected (a `ratingDevice` event says when it comes or goes).",
  }),
  reportDisplaySound: ep({
    method: 'PUT',
    path: '/api/display-sound',
    roles: may('reportSound'),
    input: displaySoundInput,
    answer: answer<null>(),
    summary:
      "A wall display's sound: on, blocked until a tap, or muted — sent when it changes and each time the display's live connection opens; kept in memory while that connection lasts.",
  }),
  displaySounds: ep({
    method: 'GET',
    path: '/api/display-sound',
    roles: ADMIN,
    input: none,
    answer: answer<DisplaySoundLine[]>(),
    summary:
      "Each wall display's sound for setup's overview (null: not connected); a `displaySound` event says when one changes.",
  }),
} as const;
