/**
 * The city's side of sealed submissions (shared/api/sealed-payload.ts): the RSA
 * private key, its keyId, unwrapping a submission's AES-256-GCM key and
 * decrypting its answers and attachments. Node's crypto only, all synchronous,
 * so a route handler that uses it runs without yielding (no interleaving).
 */
import {
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  constants,
  privateDecrypt,
  type KeyObject,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SealedContentSchema, type SealedContent, type SealedPayload } from '../shared/api/sealed-payload';

/** The committed development key pair (sandbox/dev-keys/README.md): public knowledge, never a real city key. */
export const DEV_PRIVATE_KEY_FILE = fileURLToPath(
  new URL('./dev-keys/city-dev-private.pem', import.meta.url),
);
export const DEV_PUBLIC_KEY_FILE = fileURLToPath(new URL('./dev-keys/city-dev-public.pem', import.meta.url));

const AES_KEY_BYTES = 32;
const GCM_IV_BYTES = 12;
const GCM_TAG_BYTES = 16;

/** First 16 hex digits of SHA-256 over the SPKI DER of a public key. */
export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** AES-256-GCM with the tag as the last 16 bytes (WebCrypto's format). Throws if anything does not check out. */
export function decryptGcm(key: Uint8Array, iv: Uint8Array, sealed: Uint8Array): Buffer {
  if (key.length !== AES_KEY_BYTES) throw new Error(`AES key has ${key.length} bytes, expected 32`);
  if (iv.length !== GCM_IV_BYTES) throw new Error(`GCM iv has ${iv.length} bytes, expected 12`);
  if (sealed.length < GCM_TAG_BYTES) throw new Error('ciphertext shorter than the GCM tag');
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_BYTES });
  decipher.setAuthTag(sealed.subarray(sealed.length - GCM_TAG_BYTES));
  return Buffer.concat([
    decipher.update(sealed.subarray(0, sealed.length - GCM_TAG_BYTES)),
    decipher.final(),
  ]);
}

export interface Unsealed {
  /** The raw AES-256 key: the city keeps it to decrypt the attachments once they are complete. */
  contentKey: Buffer;
  content: SealedContent;
  /** SHA-256 hex of the decrypted plaintext bytes, exactly as decrypted. */
  payloadSha256: string;
}

export class CityKey {
  readonly publicKeyPem: string;
  readonly keyId: string;
  readonly #privateKey: KeyObject;

  constructor(privateKeyPem: string) {
    const privateKey = createPrivateKey(privateKeyPem);
    if (privateKey.asymmetricKeyType !== 'rsa') {
      throw new Error(`The sandbox city key must be RSA, got ${privateKey.asymmetricKeyType ?? 'unknown'}`);
    }
    const publicKey = createPublicKey(privateKey);
    this.#privateKey = privateKey;
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    this.keyId = keyIdOf(publicKey);
  }

  static fromFile(file: string = DEV_PRIVATE_KEY_FILE): CityKey {
    return new CityKey(readFileSync(file, 'utf8'));
  }

  /**
   * Unwraps the key and decrypts the answers. Throws on any failure (wrong key,
   * tampered bytes, not JSON, not SealedContent); the caller answers 422 undecryptable.
   * The keyId is the caller's check (it has its own error code).
   */
  unseal(sealed: SealedPayload): Unsealed {
    const contentKey = privateDecrypt(
      { key: this.#privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from(sealed.wrappedKey, 'base64'),
    );
    const plaintext = decryptGcm(
      contentKey,
      Buffer.from(sealed.iv, 'base64'),
      Buffer.from(sealed.ciphertext, 'base64'),
    );
    const content = SealedContentSchema.parse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)),
    );
    return { contentKey, content, payloadSha256: createHash('sha256').update(plaintext).digest('hex') };
  }
}
