import { describe, expect, it } from 'vitest';
import { fakeSafeStorage } from './fake-safe-storage';
import { assessSafeStorage, noKeyringSafeStorage } from './safe-storage';

describe('assessSafeStorage', () => {
  it('trusts DPAPI on Windows and Keychain on macOS', () => {
    expect(assessSafeStorage(fakeSafeStorage({}), 'win32')).toEqual({
      encrypt: true,
      storage: 'os_protected',
      backend: 'dpapi',
    });
    expect(assessSafeStorage(fakeSafeStorage({}), 'darwin').backend).toBe('keychain');
  });

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])('trusts a Linux keyring (%s)', (backend) => {
    expect(assessSafeStorage(fakeSafeStorage({ backend }), 'linux')).toEqual({
      encrypt: true,
      storage: 'os_protected',
      backend,
    });
  });

  it('on Linux without a keyring (basic_text) allows Chromium’s built-in key, and calls it weak', () => {
    const api = fakeSafeStorage({ backend: 'basic_text', available: false, availableWithPlainText: true });
    expect(assessSafeStorage(api, 'linux')).toEqual({
      encrypt: true,
      storage: 'weak',
      backend: 'basic_text',
    });
    expect(api.plainTextRequests).toEqual([true]);
  });

  it('without any encryption at all, stores in clear, and calls it weak', () => {
    const api = fakeSafeStorage({ backend: 'basic_text', available: false, availableWithPlainText: false });
    expect(assessSafeStorage(api, 'linux')).toEqual({
      encrypt: false,
      storage: 'weak',
      backend: 'basic_text',
    });
    expect(assessSafeStorage(noKeyringSafeStorage(), 'linux')).toEqual({
      encrypt: false,
      storage: 'weak',
      backend: 'basic_text',
    });
  });

  it('never calls an unknown backend safe (asked before ready, or an OS we do not ship for)', () => {
    expect(assessSafeStorage(fakeSafeStorage({ backend: 'unknown' }), 'linux').storage).toBe('weak');
    expect(assessSafeStorage(fakeSafeStorage({}), 'freebsd').storage).toBe('weak');
  });
});
