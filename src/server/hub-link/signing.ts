/**
 * Ed25519 with node:crypto for the signed weekly file: the center's key pair, its fingerprint, signing and
 * checking. Keys travel as base64 DER (SPKI for the public key, PKCS#8 for the private key, which never leaves
 * the center). Used by the center (src/server/hub-link), the hub (src/hub) and the bench alike.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { signedBytes, type UnsignedWeekFile, type WeekFile } from '../../shared/contract/week-file';

export interface CenterKeyPair {
  /** base64 DER PKCS#8 — stays in the center's database (and its backups), never sent. */
  privateKey: string;
  /** base64 DER SPKI. */
  publicKey: string;
}

export function makeKeyPair(): CenterKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/** SHA-256 of the SPKI bytes in hex, groups of four: `3f2a 91c0 …` (what the province reads back on the phone). */
export function fingerprintOf(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
  return hex.match(/.{4}/g)!.join(' ');
}

/** An Ed25519 public key from base64 SPKI, or null when it is not one. */
export function publicKeyOf(publicKey: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

export function privateKeyOf(privateKey: string): KeyObject {
  return createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
}

export function signWeekFile(unsigned: UnsignedWeekFile, privateKey: KeyObject): WeekFile {
  const signature = sign(null, signedBytes(unsigned), privateKey).toString('base64');
  return { ...unsigned, signature };
}

/** Whether the file's signature is the key's over its canonical bytes. */
export function signatureHolds(file: WeekFile, publicKey: KeyObject): boolean {
  try {
    return verify(null, signedBytes(file), publicKey, Buffer.from(file.signature, 'base64'));
  } catch {
    return false;
  }
}
