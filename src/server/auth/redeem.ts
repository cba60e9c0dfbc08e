/**
 * What a browser's sign-in secret is worth: a one-time link's token, a pairing code, or a device key (the
 * host's tools and tests open `/signin#token=<key>`). A secret that matched nothing is a guess and counts
 * towards the limits; a used, expired or revoked one is known and does not.
 */
import type { Device } from '../../shared/domain';
import { unauthorized, type LuotError } from '../../shared/errors';
import type { SessionInput } from '../../shared/contract/bodies/devices';
import type { DeviceStore } from './device-store';
import { deviceRevoked, pairingCodeWrong, signInLinkExpired, signInLinkUsed } from './refusals';
import type { Redeemed } from './sign-in-passes';

export type RedeemResult = { device: Device } | { refusal: LuotError; guess: boolean };

export function redeemSignIn(devices: DeviceStore, input: SessionInput): RedeemResult {
  if (input.code !== undefined) return outcome(devices.passes.redeemPairingCode(input.code), devices, true);
  const token = input.token!;
  const link = devices.passes.redeemLink(token);
  if (link.kind !== 'unknown') return outcome(link, devices, false);
  const key = devices.check(token);
  if (key.kind === 'active') return { device: key.device };
  if (key.kind === 'revoked') return { refusal: deviceRevoked(key.device.name), guess: false };
  return { refusal: unauthorized(), guess: true };
}

function outcome(redeemed: Redeemed, devices: DeviceStore, pairing: boolean): RedeemResult {
  switch (redeemed.kind) {
    case 'signedIn':
      return { device: redeemed.device };
    case 'revoked':
      return { refusal: deviceRevoked(redeemed.device.name), guess: false };
    case 'used':
      return { refusal: signInLinkUsed(), guess: false };
    case 'expired':
      return { refusal: signInLinkExpired(devices.passes.linkMinutes), guess: false };
    case 'unknown':
      return { refusal: pairing ? pairingCodeWrong() : unauthorized(), guess: true };
  }
}
