import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../shared/ipc/log-entry';
import { createCredentialVault, nodeVaultFs, type StoredCredential, type VaultFs } from './credential-vault';
import { fakeSafeStorage } from './fake-safe-storage';
import type { SafeStorageApi } from './safe-storage';

const STORED: StoredCredential = {
  kioskId: 'HN-00001',
  cityApiUrl: 'https://api.example.vn',
  credential: 'mck_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq',
  credentialId: 'cred_abc',
  tokenSha256: 'a'.repeat(64),
  issuedAt: '2026-11-20T02:00:00.000Z',
};

function memoryFs(): VaultFs & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    read: async (file) => files.get(file) ?? null,
    write: async (file, text) => void files.set(file, text),
  };
}

function vault(safeStorage: SafeStorageApi, fs = memoryFs(), platform: NodeJS.Platform = 'linux') {
  const logs: LogEntry[] = [];
  const v = createCredentialVault({
    file: '/userData/kiosk-credential.json',
    safeStorage: () => safeStorage,
    platform,
    fs,
    log: (entry) => logs.push(entry),
  });
  return { vault: v, fs, logs };
}

describe('credential vault', () => {
  it('with a keyring: stores the credential encrypted, reads it back, and logs nothing', async () => {
    const { vault: v, fs, logs } = vault(fakeSafeStorage({ backend: 'gnome_libsecret' }));
    expect(await v.load()).toBeNull();
    await v.save(STORED);
    const file = fs.files.get('/userData/kiosk-credential.json') ?? '';
    expect(file).not.toContain(STORED.credential);
    expect(JSON.parse(file)).toMatchObject({ version: 1, format: 'safe_storage', storage: 'os_protected' });
    expect(await v.load()).toEqual(STORED);
    expect(v.storage()).toBe('os_protected');
    expect(logs).toEqual([]);
  });

  it('Linux without a keyring (basic_text): still stores, says weak, and logs credential.weak_storage', async () => {
    const safe = fakeSafeStorage({ backend: 'basic_text', available: false, availableWithPlainText: true });
    const { vault: v, fs, logs } = vault(safe);
    await v.save(STORED);
    expect(v.storage()).toBe('weak');
    expect(JSON.parse(fs.files.get('/userData/kiosk-credential.json') ?? '')).toMatchObject({
      format: 'safe_storage',
      storage: 'weak',
    });
    expect(await v.load()).toEqual(STORED);
    expect(logs).toEqual([
      { level: 'warn', event: 'credential.weak_storage', data: { backend: 'basic_text', encrypted: true } },
    ]);
  });

  it('with no encryption at all: stores in the owner-only file, says weak', async () => {
    const { vault: v, fs, logs } = vault(fakeSafeStorage({ backend: 'basic_text', available: false }));
    await v.save(STORED);
    expect(JSON.parse(fs.files.get('/userData/kiosk-credential.json') ?? '')).toMatchObject({
      format: 'plain',
      storage: 'weak',
    });
    expect(await v.load()).toEqual(STORED);
    expect(logs[0]).toMatchObject({ event: 'credential.weak_storage', data: { encrypted: false } });
  });

  it('protects a weakly stored credential once a keyring appears', async () => {
    const fs = memoryFs();
    await vault(fakeSafeStorage({ backend: 'basic_text', available: false }), fs).vault.save(STORED);
    const { vault: v, logs } = vault(fakeSafeStorage({ backend: 'gnome_libsecret' }), fs);
    expect(await v.load()).toEqual(STORED);
    expect(JSON.parse(fs.files.get('/userData/kiosk-credential.json') ?? '')).toMatchObject({
      format: 'safe_storage',
      storage: 'os_protected',
    });
    expect(logs).toEqual([
      { level: 'info', event: 'credential.storage_upgraded', data: { backend: 'gnome_libsecret' } },
    ]);
  });

  it('treats a file it cannot decrypt or parse as no credential, and says so', async () => {
    const fs = memoryFs();
    fs.files.set(
      '/userData/kiosk-credential.json',
      JSON.stringify({ version: 1, format: 'safe_storage', storage: 'os_protected', data: 'bm9wZQ==' }),
    );
    const { vault: v, logs } = vault(fakeSafeStorage({}), fs);
    expect(await v.load()).toBeNull();
    fs.files.set('/userData/kiosk-credential.json', '{ half a file');
    expect(await v.load()).toBeNull();
    expect(logs.map((l) => l.event)).toEqual(['credential.unreadable', 'credential.unreadable']);
  });

  it('touches safeStorage only when first used (Electron: after ready)', async () => {
    let touched = 0;
    createCredentialVault({
      file: '/x.json',
      safeStorage: () => {
        touched += 1;
        return fakeSafeStorage({});
      },
      platform: 'win32',
      fs: memoryFs(),
    });
    expect(touched).toBe(0);
  });
});

describe('nodeVaultFs', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes atomically, readable by the owner only, and reads missing as null', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vault-'));
    const fs = nodeVaultFs();
    const file = path.join(dir, 'nested', 'kiosk-credential.json');
    expect(await fs.read(file)).toBeNull();
    await fs.write(file, 'one');
    await fs.write(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
