import type { CredentialStatus } from '../../shared/api/kiosk-auth';
import type { KioskCredential } from './kiosk-credential';

/** For tests of the services around the credential: always answers the same status. */
export function fixedKioskCredential(
  status: CredentialStatus = { credential: null, storage: 'os_protected', state: 'pending' },
): KioskCredential {
  return { status: async () => status, renew: async () => status };
}
