import { describe, expect, it } from 'vitest';
import { parseProvisioningConfig, toRendererConfig } from '../config/provisioning-config';
import { DEV_CITY_PUBLIC_KEY } from '../../tests/support/city-keys';
import { sessionTimings } from './session-timings';

const VALID = {
  schemaVersion: 1,
  kioskId: 'HN-HK-001',
  wardCode: '00070',
  cityApiUrl: 'https://api.motcua.hanoi.gov.vn/kiosk',
  cityPublicKey: DEV_CITY_PUBLIC_KEY,
  enrolmentToken: 'tok_HN-HK-001_2026-11-20_a1b2c3d4',
};

const problemsOf = (change: Record<string, unknown>) => {
  const parsed = parseProvisioningConfig({ ...VALID, ...change });
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.field}:${p.problem}`);
};

describe('session timings', () => {
  it('defaults to 90 s idle, a 30 s warning and dimming after 5 minutes', () => {
    expect(sessionTimings({})).toEqual({ idleMs: 90_000, warningMs: 30_000, dimMs: 300_000 });
  });

  it('takes the provisioning file’s values through to the renderer', () => {
    const parsed = parseProvisioningConfig({
      ...VALID,
      sessionIdleSeconds: 60,
      idleWarningSeconds: 20,
      screenDimSeconds: 600,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const renderer = toRendererConfig(parsed.config);
    expect(sessionTimings(renderer)).toEqual({ idleMs: 60_000, warningMs: 20_000, dimMs: 600_000 });
  });

  it('leaves absent fields absent, so old renderer configs get the same defaults', () => {
    const parsed = parseProvisioningConfig(VALID);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(toRendererConfig(parsed.config)).not.toHaveProperty('sessionIdleSeconds');
  });

  it.each([
    [{ idleWarningSeconds: 19 }, 'idleWarningSeconds:invalid'],
    [{ idleWarningSeconds: 30.5 }, 'idleWarningSeconds:invalid'],
    [{ sessionIdleSeconds: 0 }, 'sessionIdleSeconds:invalid'],
    [{ sessionIdleSeconds: '90' }, 'sessionIdleSeconds:invalid'],
    [{ screenDimSeconds: 86_401 }, 'screenDimSeconds:invalid'],
  ])('refuses %j, naming the field', (change, problem) => {
    expect(problemsOf(change)).toEqual([problem]);
  });

  it('never gives less than 20 s to answer the warning, even from a hand-made renderer config', () => {
    expect(sessionTimings({ idleWarningSeconds: 3, sessionIdleSeconds: 1 })).toMatchObject({
      warningMs: 20_000,
      idleMs: 5_000,
    });
  });
});
