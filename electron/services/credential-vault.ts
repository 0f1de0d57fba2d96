import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CredentialSchema, KioskIdSchema, type CredentialStorage } from '../../shared/api/kiosk-auth';
import type { LogEntry } from '../../shared/ipc/log-entry';
import { assessSafeStorage, type SafeStorageApi, type SafeStorageAssessment } from './safe-storage';

/**
 * Keeps the kiosk's device credential in one file in userData, encrypted with
 * Electron's safeStorage where the OS offers it (see safe-storage.ts for the
 * no-keyring decision). The file is written atomically with mode 0600, so a power
 * cut leaves the old credential or the new one, and other users cannot read it.
 */
export const StoredCredentialSchema = z.object({
  kioskId: KioskIdSchema,
  /** The city that issued it: a kiosk re-pointed at another city must enrol there. */
  cityApiUrl: z.string(),
  credential: CredentialSchema,
  credentialId: z.string(),
  /** SHA-256 of the enrolment token it came from, to notice IT putting a new token in the file. */
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/),
  issuedAt: z.string(),
});
export type StoredCredential = z.infer<typeof StoredCredentialSchema>;

const VaultFileSchema = z.object({
  version: z.literal(1),
  /** `plain`: no encryption was available when it was written (base64 is not protection). */
  format: z.enum(['safe_storage', 'plain']),
  storage: z.enum(['os_protected', 'weak']),
  data: z.string(),
});

export interface VaultFs {
  /** The file's text, or null when it does not exist. */
  read(file: string): Promise<string | null>;
  /** Replaces the file atomically, readable by its owner only. */
  write(file: string, text: string): Promise<void>;
}

export interface CredentialVault {
  /** The stored credential, or null when there is none or it cannot be read any more. */
  load(): Promise<StoredCredential | null>;
  save(credential: StoredCredential): Promise<void>;
  /** How well a credential saved now is protected. */
  storage(): CredentialStorage;
}

export interface CredentialVaultOptions {
  file: string;
  /** A getter, so Electron's module is touched only after `ready`, on first use. */
  safeStorage: () => SafeStorageApi;
  platform: NodeJS.Platform;
  fs?: VaultFs;
  log?: (entry: LogEntry) => void;
}

export function createCredentialVault(options: CredentialVaultOptions): CredentialVault {
  const fs = options.fs ?? nodeVaultFs();
  const log = options.log ?? (() => undefined);
  let assessed: SafeStorageAssessment | undefined;
  const assess = (): SafeStorageAssessment => {
    if (assessed) return assessed;
    assessed = assessSafeStorage(options.safeStorage(), options.platform);
    // Once per start, so the log of every run says it: IT reads the log, not the code.
    if (assessed.storage === 'weak') {
      log({
        level: 'warn',
        event: 'credential.weak_storage',
        data: { backend: assessed.backend, encrypted: assessed.encrypt },
      });
    }
    return assessed;
  };

  async function save(credential: StoredCredential): Promise<void> {
    const { encrypt, storage } = assess();
    const text = JSON.stringify(StoredCredentialSchema.parse(credential));
    const data = encrypt
      ? options.safeStorage().encryptString(text).toString('base64')
      : Buffer.from(text, 'utf8').toString('base64');
    const file = { version: 1, format: encrypt ? 'safe_storage' : 'plain', storage, data };
    await fs.write(options.file, JSON.stringify(file));
  }

  async function load(): Promise<StoredCredential | null> {
    const text = await fs.read(options.file);
    if (text === null) return null;
    try {
      const file = VaultFileSchema.parse(JSON.parse(text));
      const bytes = Buffer.from(file.data, 'base64');
      const json =
        file.format === 'safe_storage' ? options.safeStorage().decryptString(bytes) : bytes.toString('utf8');
      const stored = StoredCredentialSchema.parse(JSON.parse(json));
      // A keyring installed since (the README's fix for weak storage): protect the credential now.
      if (file.storage === 'weak' && assess().storage === 'os_protected') {
        await save(stored);
        log({ level: 'info', event: 'credential.storage_upgraded', data: { backend: assess().backend } });
      }
      return stored;
    } catch {
      // Another machine's keyring, a changed login keyring, a damaged file: enrol again.
      log({ level: 'error', event: 'credential.unreadable' });
      return null;
    }
  }

  return { load, save, storage: () => assess().storage };
}

/** Atomic, owner-only writes: temp file (0600) + fsync + rename. */
export function nodeVaultFs(): VaultFs {
  let writes = 0;
  return {
    read: (file) =>
      readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      }),
    async write(file, text) {
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temp = `${file}.${process.pid}-${++writes}.tmp`;
      const handle = await open(temp, 'w', 0o600);
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temp, file);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },
  };
}
