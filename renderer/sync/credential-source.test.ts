import { describe, expect, it, vi } from 'vitest';
import type { CredentialStatus } from '../../shared/api/kiosk-auth';
import {
  CredentialSource,
  credentialSourceFor,
  PENDING_RECHECK_MS,
  type CredentialBridge,
} from './credential-source';

const status = (
  credential: string | null,
  state: CredentialStatus['state'] = 'enrolled',
): CredentialStatus => ({
  credential,
  storage: 'weak',
  state,
});

function bridge(answers: { get?: CredentialStatus[]; renew?: CredentialStatus[] }) {
  const get = vi.fn(async () => answers.get?.shift() ?? status(null, 'pending'));
  const renew = vi.fn(async (_rejected: string | null) => answers.renew?.shift() ?? status(null, 'refused'));
  return { bridge: { getCredential: get, renewCredential: renew } as CredentialBridge, get, renew };
}

describe('CredentialSource', () => {
  it('asks the main process once and reuses the answer', async () => {
    const { bridge: b, get } = bridge({ get: [status('cred-A')] });
    const source = new CredentialSource(b);
    expect(await Promise.all([source.current(), source.current()])).toEqual(['cred-A', 'cred-A']);
    expect(await source.current()).toBe('cred-A');
    expect(get).toHaveBeenCalledTimes(1);
    expect(source.storage).toBe('weak');
  });

  it('while not enrolled, asks again at most every PENDING_RECHECK_MS', async () => {
    let clock = 0;
    const { bridge: b, get } = bridge({ get: [status(null, 'pending'), status('cred-A')] });
    const source = new CredentialSource(b, () => clock);
    expect(await source.current()).toBeNull();
    clock += PENDING_RECHECK_MS - 1;
    expect(await source.current()).toBeNull();
    expect(get).toHaveBeenCalledTimes(1);
    clock += 1;
    expect(await source.current()).toBe('cred-A');
  });

  it('renews with the refused credential, sharing one renewal between callers', async () => {
    const { bridge: b, renew } = bridge({ get: [status('cred-A')], renew: [status('cred-B')] });
    const source = new CredentialSource(b);
    await source.current();
    expect(await Promise.all([source.renew(), source.renew()])).toEqual([true, true]);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(renew).toHaveBeenCalledWith('cred-A');
    expect(await source.current()).toBe('cred-B');
  });

  it('says false when the main process has nothing new (refused) or fails', async () => {
    const { bridge: b } = bridge({ get: [status('cred-A')], renew: [status('cred-A', 'refused')] });
    const source = new CredentialSource(b);
    await source.current();
    expect(await source.renew()).toBe(false);
    expect(source.state).toBe('refused');
    const broken = new CredentialSource({
      getCredential: () => Promise.reject(new Error('bridge down')),
      renewCredential: () => Promise.reject(new Error('bridge down')),
    });
    expect(await broken.current()).toBeNull();
    expect(await broken.renew()).toBe(false);
    expect(broken.storage).toBe('unknown');
  });

  it('is one per bridge', () => {
    const { bridge: b } = bridge({});
    expect(credentialSourceFor(b)).toBe(credentialSourceFor(b));
    expect(credentialSourceFor(bridge({}).bridge)).not.toBe(credentialSourceFor(b));
  });
});
