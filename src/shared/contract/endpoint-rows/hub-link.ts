/**
 * Rows of the endpoint table: the center's side of the province hub — its identity (administrative-unit code,
 * name, province, public key), the signed weekly file, and sending it to the hub (src/server/http/routes/hub-link.ts;
 * docs/hub.md).
 */
import { z } from 'zod';
import type { FileAnswer } from '../../api';
import { dayString } from '../../report-schemas';
import { ADMIN, answer, ep, LEADS, none } from '../endpoint-kit';
import { centerIdentityInput, hubSendingInput, type CenterIdentity, type HubSendingStatus } from '../week-file';

export const HUB_LINK_ENDPOINTS = {
  centerIdentity: ep({
    method: 'GET',
    path: '/api/center-identity',
    roles: ADMIN,
    input: none,
    answer: answer<CenterIdentity>(),
    summary:
      "The center's identity for the province: `code` (mã đơn vị hành chính, 5 digits; empty until set), `nameVi`, `province`, `publicKey` (Ed25519, base64 DER SPKI), its SHA-256 `fingerprint`, and whether volunteers agreed to be named.",
  }),
  updateCenterIdentity: ep({
    method: 'PATCH',
    path: '/api/center-identity',
    roles: ADMIN,
    input: centerIdentityInput,
    answer: answer<CenterIdentity>(),
    summary: 'Set the code (5 digits), name, province, and `volunteersAgreed` (only the fields sent).',
  }),
  weeklyFile: ep({
    method: 'GET',
    path: '/api/reports/weekly.luot',
    roles: LEADS,
    input: z.object({ week: dayString.optional() }),
    answer: answer<FileAnswer>(),
    download: true,
    summary:
      'The signed weekly file (`luot-week/1`, docs/hub.md) of the week of `week` (default: this week, marked `partial`); a re-made week with different figures gets the next `version`.',
  }),
  hubSending: ep({
    method: 'GET',
    path: '/api/hub-sending',
    roles: ADMIN,
    input: none,
    answer: answer<HubSendingStatus>(),
    summary: "The hub's address, whether a center token is set, and what was sent when with the hub's answer.",
  }),
  updateHubSending: ep({
    method: 'PATCH',
    path: '/api/hub-sending',
    roles: ADMIN,
    input: hubSendingInput,
    answer: answer<HubSendingStatus>(),
    summary: "Set the hub's address and the center's token (only the fields sent; the token is never shown again).",
  }),
  sendToHubNow: ep({
    method: 'POST',
    path: '/api/hub-sending/run',
    roles: ADMIN,
    input: none,
    answer: answer<HubSendingStatus>(),
    summary: 'Send the finished weeks that are due now (without waiting for the next try), and say what happened.',
  }),
} as const;
