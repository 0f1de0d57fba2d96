/**
 * The city's record of kiosks: enrolment tokens, kiosks and their device
 * credentials. Only SHA-256 hashes of tokens and credentials are stored (both
 * are 128+ random bits, so a fast hash is enough), never the secrets.
 *
 * Token rules: a token binds to the first kioskId that enrols with it. The same
 * kiosk may enrol with it again (its answer was lost) until a credential from it
 * is first used; that use spends the token. Enrolling revokes the kiosk's earlier
 * credentials, so a kiosk has one live credential at a time.
 */
import { randomBytes } from 'node:crypto';
import type { EnrolRequest, EnrolResponse } from '../shared/api/kiosk-auth';
import type { FleetDb, Row } from './fleet-db';
import { sha256Hex as sha256 } from './idempotency';

/** The token in build/kiosk.config.dev.json: every fresh sandbox accepts it once (see README). */
export const DEV_ENROLMENT_TOKEN = 'sandbox-dev-enrolment-token-HN-DEV-0001';

export type EnrolResult = { ok: true; response: EnrolResponse } | { ok: false; reason: string };
export type AuthResult =
  { ok: true; kioskId: string; credentialId: string } | { ok: false; reason: 'unknown' | 'revoked' };

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

export interface CredentialUsage {
  requests: number;
  lastUsedAt: string;
}

export class KioskRegistry {
  /** Per credentialId, in memory only: writing the database on every request would cost a file rewrite each. */
  readonly usage = new Map<string, CredentialUsage>();

  constructor(
    private readonly db: FleetDb,
    private readonly now: () => Date,
  ) {}

  /** Adds a token (idempotent); returns false when it was already known. */
  addToken(token: string, label: string): boolean {
    const hash = sha256(token);
    if (this.db.select('SELECT 1 FROM enrolment_tokens WHERE token_sha256 = ?', [hash]).length > 0)
      return false;
    this.db.write([
      [
        'INSERT INTO enrolment_tokens (token_sha256, label, created_at) VALUES (?, ?, ?)',
        [hash, label, this.now().toISOString()],
      ],
    ]);
    return true;
  }

  enrol(request: EnrolRequest): EnrolResult {
    const tokenHash = sha256(request.enrolmentToken);
    const token = this.db.select('SELECT * FROM enrolment_tokens WHERE token_sha256 = ?', [tokenHash])[0];
    if (!token) return { ok: false, reason: 'unknown enrolment token' };
    if (token['consumed_at'] !== null) return { ok: false, reason: 'enrolment token already used' };
    if (token['kiosk_id'] !== null && token['kiosk_id'] !== request.kioskId) {
      return { ok: false, reason: 'enrolment token belongs to another kiosk' };
    }
    const at = this.now().toISOString();
    const credential = `mck_${randomId(32)}`;
    const credentialId = `cred_${randomId(9)}`;
    this.db.write([
      ['UPDATE enrolment_tokens SET kiosk_id = ? WHERE token_sha256 = ?', [request.kioskId, tokenHash]],
      [
        'UPDATE credentials SET revoked_at = ? WHERE kiosk_id = ? AND revoked_at IS NULL',
        [at, request.kioskId],
      ],
      [
        'INSERT INTO credentials (credential_sha256, credential_id, kiosk_id, token_sha256, issued_at) VALUES (?, ?, ?, ?, ?)',
        [sha256(credential), credentialId, request.kioskId, tokenHash, at],
      ],
      [
        `INSERT INTO kiosks (kiosk_id, ward_code, app_version, enrolled_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (kiosk_id) DO UPDATE SET ward_code = excluded.ward_code,
           app_version = excluded.app_version, enrolled_at = excluded.enrolled_at`,
        [request.kioskId, request.wardCode, request.appVersion, at],
      ],
    ]);
    return { ok: true, response: { kioskId: request.kioskId, credential, credentialId, issuedAt: at } };
  }

  authenticate(credential: string): AuthResult {
    const hash = sha256(credential);
    const row = this.db.select('SELECT * FROM credentials WHERE credential_sha256 = ?', [hash])[0];
    if (!row) return { ok: false, reason: 'unknown' };
    if (row['revoked_at'] !== null) return { ok: false, reason: 'revoked' };
    const at = this.now().toISOString();
    if (row['first_used_at'] === null) {
      // The kiosk has the credential: the token that gave it is spent.
      this.db.write([
        ['UPDATE credentials SET first_used_at = ? WHERE credential_sha256 = ?', [at, hash]],
        [
          'UPDATE enrolment_tokens SET consumed_at = ? WHERE token_sha256 = ?',
          [at, row['token_sha256'] ?? ''],
        ],
      ]);
    }
    const credentialId = String(row['credential_id']);
    const usage = this.usage.get(credentialId);
    this.usage.set(credentialId, { requests: (usage?.requests ?? 0) + 1, lastUsedAt: at });
    return { ok: true, kioskId: String(row['kiosk_id']), credentialId };
  }

  /** Revokes every live credential of the kiosk; returns how many. */
  revokeKiosk(kioskId: string): number {
    const live = this.db.select('SELECT 1 FROM credentials WHERE kiosk_id = ? AND revoked_at IS NULL', [
      kioskId,
    ]);
    if (live.length > 0) {
      this.db.write([
        [
          'UPDATE credentials SET revoked_at = ? WHERE kiosk_id = ? AND revoked_at IS NULL',
          [this.now().toISOString(), kioskId],
        ],
      ]);
    }
    return live.length;
  }

  /**
   * Trusts a credential another sandbox issued (benchmarks swap in a fresh sandbox under a running
   * kiosk). Test control only; a real city never learns a credential it did not make.
   */
  importCredential(kioskId: string, credential: string, wardCode = '00000'): string {
    const hash = sha256(credential);
    const existing = this.db.select('SELECT credential_id FROM credentials WHERE credential_sha256 = ?', [
      hash,
    ])[0];
    if (existing) return String(existing['credential_id']);
    const at = this.now().toISOString();
    const credentialId = `cred_${randomId(9)}`;
    this.db.write([
      [
        'INSERT INTO credentials (credential_sha256, credential_id, kiosk_id, token_sha256, issued_at, first_used_at) VALUES (?, ?, ?, NULL, ?, ?)',
        [hash, credentialId, kioskId, at, at],
      ],
      [
        'INSERT OR IGNORE INTO kiosks (kiosk_id, ward_code, app_version, enrolled_at) VALUES (?, ?, ?, ?)',
        [kioskId, wardCode, 'imported', at],
      ],
    ]);
    return credentialId;
  }

  kiosks(): Row[] {
    return this.db.select('SELECT * FROM kiosks ORDER BY kiosk_id');
  }

  credentialsOf(kioskId: string): Row[] {
    return this.db.select(
      'SELECT credential_id, issued_at, first_used_at, revoked_at FROM credentials WHERE kiosk_id = ? ORDER BY issued_at, rowid',
      [kioskId],
    );
  }

  tokens(): Row[] {
    return this.db.select(
      'SELECT label, created_at, kiosk_id, consumed_at FROM enrolment_tokens ORDER BY created_at, rowid',
    );
  }
}
