import { encodeBase64 } from '../../shared/encoding/base64';
import {
  SEAL_ALGORITHM,
  type AttachmentMeta,
  type SealedContent,
  type SealedPayload,
} from '../../shared/api/sealed-payload';

/**
 * Seals a submission to the city's public key before anything touches storage:
 * a fresh AES-256-GCM key (never exported, never stored) encrypts the answers and
 * every attachment; RSA-OAEP-256 wraps that key for the city. After this returns,
 * the kiosk itself can no longer read what the resident entered.
 */
export interface CityKey {
  key: CryptoKey;
  keyId: string;
}

export interface PlainAttachment {
  id: string;
  contentType: string;
  label: string;
  bytes: Uint8Array;
}

export interface SealedSubmission {
  sealed: SealedPayload;
  attachments: { meta: AttachmentMeta; blob: Blob }[];
}

export async function importCityKey(pem: string): Promise<CityKey> {
  const body = pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
  const der = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('spki', der, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, [
    'wrapKey',
  ]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der));
  return { key, keyId: toHex(digest).slice(0, 16) };
}

export async function sealSubmission(
  city: CityKey,
  content: { answers: Record<string, string> },
  files: readonly PlainAttachment[],
): Promise<SealedSubmission> {
  // extractable only so wrapKey can export it into the RSA envelope; the variable dies with this call.
  const aes = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const wrapped = await crypto.subtle.wrapKey('raw', aes, city.key, { name: 'RSA-OAEP' });
  const plain: SealedContent = {
    answers: content.answers,
    attachments: files.map(({ id, contentType, label }) => ({ id, contentType, label })),
  };
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    aes,
    new TextEncoder().encode(JSON.stringify(plain)),
  );
  const attachments = await Promise.all(
    files.map(async (file) => {
      const fileIv = crypto.getRandomValues(new Uint8Array(12));
      const encrypted = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv: fileIv }, aes, file.bytes as BufferSource),
      );
      const sha256 = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', encrypted)));
      return {
        meta: { id: file.id, size: encrypted.byteLength, sha256, iv: encodeBase64(fileIv) },
        blob: new Blob([encrypted], { type: 'application/octet-stream' }),
      };
    }),
  );
  return {
    sealed: {
      v: 1,
      alg: SEAL_ALGORITHM,
      keyId: city.keyId,
      wrappedKey: encodeBase64(new Uint8Array(wrapped)),
      iv: encodeBase64(iv),
      ciphertext: encodeBase64(new Uint8Array(ciphertext)),
    },
    attachments,
  };
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
