import type { SafeStorageApi } from './safe-storage';

/** For tests: a stand-in for Electron's safeStorage on a given machine (keyring or none). */
export function fakeSafeStorage(options: {
  backend?: string;
  available?: boolean;
  /** What isEncryptionAvailable says once plain-text encryption was allowed (Electron 42+ on basic_text). */
  availableWithPlainText?: boolean;
}): SafeStorageApi & { plainTextRequests: boolean[] } {
  let plainText = false;
  const plainTextRequests: boolean[] = [];
  return {
    plainTextRequests,
    isEncryptionAvailable: () =>
      plainText ? (options.availableWithPlainText ?? false) : (options.available ?? true),
    // Reversible and visibly not the input, like the real thing.
    encryptString: (text) => Buffer.from(`enc:${Buffer.from(text).toString('hex')}`),
    decryptString: (data) => {
      const text = data.toString();
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(text.slice(4), 'hex').toString();
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    setUsePlainTextEncryption: (value: boolean) => {
      plainTextRequests.push(value);
      plainText = value;
    },
  };
}
