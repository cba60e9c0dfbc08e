/**
 * Who this center is to the province: the commune's administrative-unit code (mã đơn vị hành chính, 5 digits),
 * its name and province, set by the administrator; and its Ed25519 key pair, made at the first start. The private
 * key is kept in the center's database (so in its data folder and in every backup) and never leaves it: no
 * endpoint answers it. Another center restored from this one's backup signs as this one — as it should.
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { CenterIdentity } from '../../shared/contract/week-file';
import type { KeyObject } from 'node:crypto';
import { JsonSetting } from '../setup/json-setting';
import type { SetupStore } from '../setup/setup-store';
import { fingerprintOf, makeKeyPair, privateKeyOf, type CenterKeyPair } from './signing';

interface StoredIdentity {
  code: string;
  nameVi: string;
  province: string;
  volunteersAgreed: boolean;
}

const storedIdentity = z
  .object({ code: z.string(), nameVi: z.string(), province: z.string(), volunteersAgreed: z.boolean() })
  .partial();
const storedKey = z.object({ privateKey: z.string(), publicKey: z.string() }).partial();

export class CenterIdentityStore {
  private readonly identity: JsonSetting<StoredIdentity>;
  private readonly key: JsonSetting<CenterKeyPair>;
  private privateKeyObject: KeyObject | null = null;

  constructor(
    db: Database,
    private readonly setup: SetupStore,
  ) {
    this.identity = new JsonSetting<StoredIdentity>(
      db,
      'centerIdentity',
      { code: '', nameVi: '', province: '', volunteersAgreed: false },
      storedIdentity,
    );
    this.key = new JsonSetting<CenterKeyPair>(db, 'centerSigningKey', { privateKey: '', publicKey: '' }, storedKey);
    // The key pair is made once, at the first start, and kept.
    if (!this.key.get().privateKey) this.key.update(makeKeyPair());
  }

  get(): CenterIdentity {
    const stored = this.identity.get();
    const { publicKey } = this.key.get();
    return {
      code: stored.code,
      nameVi: stored.nameVi || this.setup.settings().centerNameVi,
      province: stored.province,
      publicKey,
      fingerprint: fingerprintOf(publicKey),
      volunteersAgreed: stored.volunteersAgreed,
    };
  }

  update(patch: Partial<StoredIdentity>): CenterIdentity {
    this.identity.update(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
    return this.get();
  }

  /** The private key, for signing on this PC only. */
  signingKey(): KeyObject {
    return (this.privateKeyObject ??= privateKeyOf(this.key.get().privateKey));
  }
}
