import type { CredentialStorage } from '../../shared/api/kiosk-auth';

/**
 * The part of Electron's `safeStorage` the credential vault uses, passed in so
 * tests and the browser dev host can stand in for it.
 *
 * On Linux the protection depends on a keyring: without GNOME Keyring/libsecret
 * or KWallet Chromium picks `basic_text`, which encrypts with a key compiled into
 * Chromium. That is obfuscation, not protection, and Electron 42+ then reports
 * encryption as unavailable until `setUsePlainTextEncryption(true)`.
 *
 * Our decision (README, "Enrolment and credentials"): store the credential anyway
 * and say so loudly (`credential.weak_storage` in the log at every start, `weak`
 * in every heartbeat, amber in the city's fleet view). Refusing would leave every
 * resident's submission stuck in the queue; the credential is revocable at the
 * city, bound to this kiosk, and the file is readable only by the kiosk's user.
 */
export interface SafeStorageApi {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only in Electron: basic_text, gnome_libsecret, kwallet, kwallet5, kwallet6 or unknown. */
  getSelectedStorageBackend?(): string;
  /** Linux only in Electron: use Chromium's built-in key when no keyring exists. */
  setUsePlainTextEncryption?(usePlainText: boolean): void;
}

export interface SafeStorageAssessment {
  /** Whether encryptString can be used at all (else the file holds the credential in clear). */
  encrypt: boolean;
  storage: CredentialStorage;
  /** The keyring Electron picked, for the log: dpapi, keychain, gnome_libsecret, kwallet…, basic_text. */
  backend: string;
}

const BACKEND_BY_PLATFORM: Partial<Record<NodeJS.Platform, string>> = { win32: 'dpapi', darwin: 'keychain' };

/** Decides how the credential can be kept on this machine. Call after Electron's `ready`. */
export function assessSafeStorage(api: SafeStorageApi, platform: NodeJS.Platform): SafeStorageAssessment {
  const backend =
    platform === 'linux'
      ? (api.getSelectedStorageBackend?.() ?? 'unknown')
      : (BACKEND_BY_PLATFORM[platform] ?? 'unknown');
  // 'unknown' is what Electron answers before `ready`, or an OS we do not ship for: never call it safe.
  const keyringMissing = backend === 'basic_text' || backend === 'unknown';
  if (keyringMissing && !api.isEncryptionAvailable()) api.setUsePlainTextEncryption?.(true);
  const encrypt = api.isEncryptionAvailable();
  return {
    encrypt,
    storage: encrypt && !keyringMissing ? 'os_protected' : 'weak',
    backend,
  };
}

/**
 * The browser dev host's stand-in (npm start without Electron, the e2e harness): no keyring at
 * all, reported honestly as `basic_text`, so the kiosk it serves runs the weak-storage branch.
 */
export function noKeyringSafeStorage(): SafeStorageApi {
  return {
    isEncryptionAvailable: () => false,
    encryptString: () => {
      throw new Error('no keyring in the dev host');
    },
    decryptString: () => {
      throw new Error('no keyring in the dev host');
    },
    getSelectedStorageBackend: () => 'basic_text',
  };
}
