import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  DEFAULT_PIN_HASH_ITERATIONS,
  PIN_HASH_BYTES,
  PIN_SALT_MIN_BYTES,
  formatStaffPinHash,
  type StaffPinHash,
} from '../../shared/staff/pin-hash-format';

/**
 * PBKDF2-HMAC-SHA256 for the staff PIN, in the main process only: `npm run staff-pin-hash` makes
 * the provisioning file's value with it, and staff-unlock.ts checks a typed PIN against it.
 */
const derive = (pin: string, salt: Uint8Array, iterations: number): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    pbkdf2(pin, salt, iterations, PIN_HASH_BYTES, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

export async function hashStaffPin(
  pin: string,
  options: { iterations?: number; salt?: Uint8Array } = {},
): Promise<string> {
  const salt = options.salt ?? randomBytes(PIN_SALT_MIN_BYTES);
  const iterations = options.iterations ?? DEFAULT_PIN_HASH_ITERATIONS;
  return formatStaffPinHash({ iterations, salt, hash: await derive(pin, salt, iterations) });
}

/** Always derives in full and compares in constant time, so timing tells nothing about the PIN. */
export async function verifyStaffPin(pin: string, stored: StaffPinHash): Promise<boolean> {
  const derived = await derive(pin, stored.salt, stored.iterations);
  return derived.length === stored.hash.length && timingSafeEqual(derived, stored.hash);
}
