import path from 'node:path';
import type { LogEntry } from '../../shared/ipc/log-entry';
import { loadProvisioningConfig } from '../config-loader';
import { createCredentialVault, type VaultFs } from './credential-vault';
import { createEnrolmentClient, type EnrolFetch } from './enrolment-client';
import { createKioskCredential, type KioskCredential } from './kiosk-credential';
import type { SafeStorageApi } from './safe-storage';

/** The credential file, beside Chromium's profile in Electron's userData. */
export const CREDENTIAL_FILE = 'kiosk-credential.json';

export interface CredentialServiceOptions {
  configPath: string;
  readFile: (file: string) => string;
  /** userData in Electron; the dev host's own folder in the browser shell. */
  dir: string;
  safeStorage: () => SafeStorageApi;
  platform: NodeJS.Platform;
  /** Electron passes net.fetch (Chromium's network stack: the same proxy and certificates as the page). */
  fetch: EnrolFetch;
  appVersion: string;
  log: (entry: LogEntry) => void;
  fs?: VaultFs;
}

/** The credential service as Electron's main process and the dev host both compose it. */
export function createCredentialService(options: CredentialServiceOptions): KioskCredential {
  return createKioskCredential({
    loadConfig: () => loadProvisioningConfig(options.configPath, options.readFile).config,
    vault: createCredentialVault({
      file: path.join(options.dir, CREDENTIAL_FILE),
      safeStorage: options.safeStorage,
      platform: options.platform,
      log: options.log,
      ...(options.fs ? { fs: options.fs } : {}),
    }),
    enrol: createEnrolmentClient({ fetch: options.fetch }),
    appVersion: options.appVersion,
    log: options.log,
  });
}
