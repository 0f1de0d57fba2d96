import { z } from 'zod';
import { decodeBase64, encodeBase64 } from '../encoding/base64';

/**
 * The staff PIN as IT writes it into the provisioning file: never the PIN, only a slow salted
 * hash, `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>` (made by `npm run staff-pin-hash`).
 * Parsed here so a wrong value is a named config problem at start, not a failed unlock later.
 */
export const PIN_HASH_SCHEME = 'pbkdf2-sha256';
/** Below this a stolen provisioning file would give up a 6-digit PIN in seconds. */
export const MIN_PIN_HASH_ITERATIONS = 200_000;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: about half a second on a slow kiosk CPU. */
export const DEFAULT_PIN_HASH_ITERATIONS = 600_000;
/** A typo with extra zeros must not freeze every unlock for minutes. */
export const MAX_PIN_HASH_ITERATIONS = 10_000_000;
export const PIN_SALT_MIN_BYTES = 16;
export const PIN_HASH_BYTES = 32;

export interface StaffPinHash {
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

export type ParsedPinHash = { ok: true; value: StaffPinHash } | { ok: false; problem: string };

export function parseStaffPinHash(text: string): ParsedPinHash {
  const parts = text.split('$');
  if (parts.length !== 4 || parts[0] !== PIN_HASH_SCHEME) {
    return { ok: false, problem: `must look like ${PIN_HASH_SCHEME}$<iterations>$<salt>$<hash>` };
  }
  const [, rounds = '', saltText = '', hashText = ''] = parts;
  const iterations = /^[1-9][0-9]{0,8}$/.test(rounds) ? Number(rounds) : NaN;
  if (!(iterations >= MIN_PIN_HASH_ITERATIONS && iterations <= MAX_PIN_HASH_ITERATIONS)) {
    return {
      ok: false,
      problem: `iterations must be between ${MIN_PIN_HASH_ITERATIONS} and ${MAX_PIN_HASH_ITERATIONS}`,
    };
  }
  const salt = decodeBase64(saltText);
  if (!salt || salt.length < PIN_SALT_MIN_BYTES) {
    return { ok: false, problem: `the salt must be base64 of at least ${PIN_SALT_MIN_BYTES} bytes` };
  }
  const hash = decodeBase64(hashText);
  if (!hash || hash.length !== PIN_HASH_BYTES) {
    return { ok: false, problem: `the hash must be base64 of ${PIN_HASH_BYTES} bytes` };
  }
  return { ok: true, value: { iterations, salt, hash } };
}

export function formatStaffPinHash({ iterations, salt, hash }: StaffPinHash): string {
  return [PIN_HASH_SCHEME, String(iterations), encodeBase64(salt), encodeBase64(hash)].join('$');
}

/** The provisioning field: kept as the string IT wrote; the main process parses it again to verify. */
export const StaffPinHashSchema = z.string().superRefine((text, context) => {
  const parsed = parseStaffPinHash(text);
  // The message names the format, never echoes the value (it is a secret's hash).
  if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.problem });
});
