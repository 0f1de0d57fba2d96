import { describe, expect, it } from 'vitest';
import {
  CityApiUrlSchema,
  ConfigResultSchema,
  describeConfigIssues,
  parseProvisioningConfig,
  ProvisioningConfigSchema,
  toRendererConfig,
  type ConfigProblem,
} from './provisioning-config';
import { DEV_CITY_PRIVATE_KEY, DEV_CITY_PUBLIC_KEY } from '../../tests/support/city-keys';

const VALID = {
  schemaVersion: 1,
  kioskId: 'HN-HK-001',
  wardCode: '00070',
  cityApiUrl: 'https://api.motcua.hanoi.gov.vn/kiosk/',
  cityPublicKey: DEV_CITY_PUBLIC_KEY,
  defaultLocale: 'vi',
  locales: ['vi', 'en'],
  enrolmentToken: 'tok_HN-HK-001_2026-11-20_a1b2c3d4',
};

/** The problems the main process shows, parsed as electron/config-loader.ts does. */
function problems(input: unknown): ConfigProblem[] {
  const result = parseProvisioningConfig(input);
  if (result.ok) throw new Error('expected the config to be rejected');
  return result.problems;
}
const fields = (input: unknown) => [...new Set(problems(input).map((p) => `${p.field}:${p.problem}`))];

describe('ProvisioningConfigSchema', () => {
  it('accepts a valid config and strips the trailing slash of the API URL', () => {
    const config = ProvisioningConfigSchema.parse(VALID);
    expect(config).toEqual({
      ...VALID,
      cityApiUrl: 'https://api.motcua.hanoi.gov.vn/kiosk',
      cityPublicKey: VALID.cityPublicKey.trim(),
      syncProbeGapSeconds: 360,
      heartbeatMinutes: 5,
    });
    expect(parseProvisioningConfig(VALID)).toEqual({ ok: true, config });
  });

  it('fills in the locale defaults', () => {
    const minimal = {
      schemaVersion: 1,
      kioskId: VALID.kioskId,
      wardCode: VALID.wardCode,
      cityApiUrl: VALID.cityApiUrl,
      cityPublicKey: VALID.cityPublicKey,
      enrolmentToken: VALID.enrolmentToken,
    };
    expect(ProvisioningConfigSchema.parse(minimal)).toMatchObject({
      defaultLocale: 'vi',
      locales: ['vi', 'en'],
    });
  });

  it('allows plain http only for a sandbox on this machine', () => {
    for (const url of ['http://127.0.0.1:8787', 'http://localhost:8787/', 'http://[::1]:8787']) {
      expect(ProvisioningConfigSchema.safeParse({ ...VALID, cityApiUrl: url }).success, url).toBe(true);
    }
    for (const url of [
      'http://api.motcua.hanoi.gov.vn',
      'http://127.0.0.1.evil.example',
      'http://localhost.evil.example',
      'http://10.0.0.5',
    ]) {
      expect(fields({ ...VALID, cityApiUrl: url }), url).toEqual(['cityApiUrl:invalid']);
    }
  });

  it.each([
    'https://user:secret@api.example.vn',
    'https://api.example.vn/?token=abc',
    'https://api.example.vn/#x',
    'ftp://api.example.vn',
    'javascript:alert(1)',
  ])('rejects the API URL %s', (url) => {
    expect(fields({ ...VALID, cityApiUrl: url })).toEqual(['cityApiUrl:invalid']);
  });

  it('rejects an API URL that is not a URL at all without throwing (a typical typo: no scheme)', () => {
    for (const url of ['api.motcua.hanoi.gov.vn', '', 'not a url', 'https://']) {
      expect(() => ProvisioningConfigSchema.safeParse({ ...VALID, cityApiUrl: url }), url).not.toThrow();
      expect(fields({ ...VALID, cityApiUrl: url }), url).toEqual(['cityApiUrl:invalid']);
    }
  });

  it('explains credentials and queries in words', () => {
    expect(problems({ ...VALID, cityApiUrl: 'https://u:p@api.example.vn' })[0]?.detail).toMatch(
      /credentials/,
    );
    expect(problems({ ...VALID, cityApiUrl: 'http://api.example.vn' })[0]?.detail).toMatch(/https/);
  });

  it.each(['hn-001', 'AB', '-HN-001', 'HN_001', 'HN 001', 'A'.repeat(65)])(
    'rejects the kiosk id %j',
    (kioskId) => {
      expect(fields({ ...VALID, kioskId })).toEqual(['kioskId:invalid']);
    },
  );

  it.each(['0007', '000700', 'abcde', ''])('rejects the ward code %j', (wardCode) => {
    expect(fields({ ...VALID, wardCode })).toEqual(['wardCode:invalid']);
  });

  it('names missing fields as missing', () => {
    const rest = { schemaVersion: 1, cityApiUrl: VALID.cityApiUrl };
    expect(fields(rest).sort()).toEqual([
      'cityPublicKey:missing',
      'enrolmentToken:missing',
      'kioskId:missing',
      'wardCode:missing',
    ]);
  });

  it('calls a field of the wrong type invalid, not missing', () => {
    expect(fields({ ...VALID, wardCode: 70 })).toEqual(['wardCode:invalid']);
    expect(fields({ ...VALID, kioskId: null })).toEqual(['kioskId:invalid']);
    expect(fields(null)).toEqual(['(file):invalid']);
    expect(fields([])).toEqual(['(file):invalid']);
  });

  it('reports a field that is absent as missing', () => {
    const result = ProvisioningConfigSchema.safeParse(
      { ...VALID, kioskId: undefined },
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    if (!result.success)
      expect(describeConfigIssues(result.error).map((p) => p.problem)).toEqual(['missing']);
  });

  it('names each unknown key as unknown_field', () => {
    expect(problems({ ...VALID, pin: '1234', kiosk_id: 'x' })).toEqual([
      { field: 'pin', problem: 'unknown_field', detail: 'not a known setting' },
      { field: 'kiosk_id', problem: 'unknown_field', detail: 'not a known setting' },
    ]);
  });

  it('requires the default locale to be one of the locales', () => {
    expect(fields({ ...VALID, defaultLocale: 'en', locales: ['vi'] })).toEqual(['defaultLocale:invalid']);
    expect(fields({ ...VALID, defaultLocale: 'fr' })).toContain('defaultLocale:invalid');
    expect(fields({ ...VALID, locales: [] })).toContain('locales:invalid');
    expect(fields({ ...VALID, locales: ['vi', 'fr'] })).toEqual(['locales.1:invalid']);
  });

  it('rejects another schema version', () => {
    expect(fields({ ...VALID, schemaVersion: 2 })).toEqual(['schemaVersion:invalid']);
  });
});

describe('CityApiUrlSchema', () => {
  it('strips every trailing slash', () => {
    expect(CityApiUrlSchema.parse('https://api.example.vn///')).toBe('https://api.example.vn');
    expect(CityApiUrlSchema.parse('https://api.example.vn/v1')).toBe('https://api.example.vn/v1');
  });
});

describe('cityPublicKey', () => {
  it.each([
    '',
    'not a key',
    '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
    DEV_CITY_PRIVATE_KEY,
  ])('rejects %j', (cityPublicKey) => {
    expect(fields({ ...VALID, cityPublicKey })).toEqual(['cityPublicKey:invalid']);
  });
});

describe('toRendererConfig', () => {
  it('passes only the public subset, which satisfies the IPC result schema', () => {
    const config = toRendererConfig(ProvisioningConfigSchema.parse(VALID));
    expect(Object.keys(config).sort()).toEqual([
      'cityApiUrl',
      'cityPublicKey',
      'defaultLocale',
      'heartbeatMinutes',
      'kioskId',
      'locales',
      'syncProbeGapSeconds',
      'wardCode',
    ]);
    expect(ConfigResultSchema.parse({ ok: true, config })).toEqual({ ok: true, config });
  });
});

describe('feeAccount', () => {
  const FEE_ACCOUNT = {
    bankBin: '970415',
    accountNumber: '113366668888',
    accountName: 'UBND PHUONG HOAN KIEM',
  };

  it('is optional, and absent from the renderer config when absent', () => {
    const config = ProvisioningConfigSchema.parse(VALID);
    expect(config.feeAccount).toBeUndefined();
    expect(toRendererConfig(config)).not.toHaveProperty('feeAccount');
  });

  it('passes a valid account to the renderer, which the IPC result schema accepts', () => {
    const config = toRendererConfig(ProvisioningConfigSchema.parse({ ...VALID, feeAccount: FEE_ACCOUNT }));
    expect(config.feeAccount).toEqual(FEE_ACCOUNT);
    expect(ConfigResultSchema.parse({ ok: true, config })).toEqual({ ok: true, config });
  });

  it.each([
    [{ bankBin: '97041' }, 'feeAccount.bankBin:invalid'],
    [{ bankBin: '970415 ' }, 'feeAccount.bankBin:invalid'],
    [{ accountNumber: '' }, 'feeAccount.accountNumber:invalid'],
    [{ accountNumber: '1'.repeat(20) }, 'feeAccount.accountNumber:invalid'],
    [{ accountNumber: '0011-0019' }, 'feeAccount.accountNumber:invalid'],
    [{ accountName: '   ' }, 'feeAccount.accountName:invalid'],
  ])('names the bad field of %j', (change, problem) => {
    expect(fields({ ...VALID, feeAccount: { ...FEE_ACCOUNT, ...change } })).toEqual([problem]);
  });

  it('names a missing part as missing, and an unknown part as unknown', () => {
    const { accountName: _omitted, ...partial } = FEE_ACCOUNT;
    expect(fields({ ...VALID, feeAccount: partial })).toEqual(['feeAccount.accountName:missing']);
    expect(fields({ ...VALID, feeAccount: { ...FEE_ACCOUNT, pin: '1' } })).toEqual([
      'feeAccount.pin:unknown_field',
    ]);
  });
});

describe('printerName', () => {
  it('is optional and stays in the main process', () => {
    const config = ProvisioningConfigSchema.parse({ ...VALID, printerName: ' EPSON TM-T82 ' });
    expect(config.printerName).toBe('EPSON TM-T82');
    expect(toRendererConfig(config)).not.toHaveProperty('printerName');
  });

  it('refuses an empty name', () => {
    expect(fields({ ...VALID, printerName: '  ' })).toEqual(['printerName:invalid']);
  });
});

describe('enrolmentToken', () => {
  it('is required, and never reaches the renderer', () => {
    const { enrolmentToken: _omitted, ...without } = VALID;
    expect(fields(without)).toEqual(['enrolmentToken:missing']);
    const config = toRendererConfig(ProvisioningConfigSchema.parse(VALID));
    expect(JSON.stringify(config)).not.toContain(VALID.enrolmentToken);
  });

  it.each([
    'short',
    'has spaces in the middle of it ok',
    'ký-tự-có-dấu-không-được-dùng',
    'x'.repeat(129),
    42,
  ])('refuses %j without echoing it', (enrolmentToken) => {
    const found = problems({ ...VALID, enrolmentToken });
    expect(found.map((p) => `${p.field}:${p.problem}`)).toEqual(['enrolmentToken:invalid']);
    // The token is a secret: the on-screen explanation must not repeat it.
    if (typeof enrolmentToken === 'string') expect(JSON.stringify(found)).not.toContain(enrolmentToken);
  });
});

describe('heartbeatMinutes', () => {
  it('defaults to 5, accepts 1–60 and reaches the renderer', () => {
    expect(
      toRendererConfig(ProvisioningConfigSchema.parse({ ...VALID, heartbeatMinutes: 15 })),
    ).toMatchObject({ heartbeatMinutes: 15 });
    expect(fields({ ...VALID, heartbeatMinutes: 0 })).toEqual(['heartbeatMinutes:invalid']);
    expect(fields({ ...VALID, heartbeatMinutes: 61 })).toEqual(['heartbeatMinutes:invalid']);
    expect(fields({ ...VALID, heartbeatMinutes: 2.5 })).toEqual(['heartbeatMinutes:invalid']);
  });
});

describe('nightlyRestart', () => {
  it('is optional, accepts a window (also across midnight) or false, and stays in the main process', () => {
    expect(ProvisioningConfigSchema.parse(VALID)).not.toHaveProperty('nightlyRestart');
    for (const nightlyRestart of [{ from: '02:00', to: '04:00' }, { from: '23:30', to: '01:00' }, false]) {
      const config = ProvisioningConfigSchema.parse({ ...VALID, nightlyRestart });
      expect(config.nightlyRestart).toEqual(nightlyRestart);
      expect(toRendererConfig(config)).not.toHaveProperty('nightlyRestart');
    }
  });

  it.each([
    [{ from: '2:00', to: '04:00' }, 'nightlyRestart.from:invalid'],
    [{ from: '02:00', to: '24:00' }, 'nightlyRestart.to:invalid'],
    [{ from: '02:00', to: '02:00' }, 'nightlyRestart:invalid'],
    [{ from: '02:00' }, 'nightlyRestart:invalid'],
    [{ from: '02:00', to: '04:00', days: 'all' }, 'nightlyRestart.days:unknown_field'],
    [true, 'nightlyRestart:invalid'],
  ])('names the problem with %j', (nightlyRestart, problem) => {
    expect(fields({ ...VALID, nightlyRestart })).toEqual([problem]);
  });
});

describe('serviceWorker', () => {
  it('reaches the renderer only when on', () => {
    const on = toRendererConfig(ProvisioningConfigSchema.parse({ ...VALID, serviceWorker: true }));
    expect(on.serviceWorker).toBe(true);
    expect(ConfigResultSchema.parse({ ok: true, config: on })).toEqual({ ok: true, config: on });
    const off = toRendererConfig(ProvisioningConfigSchema.parse({ ...VALID, serviceWorker: false }));
    expect(off).not.toHaveProperty('serviceWorker');
    expect(fields({ ...VALID, serviceWorker: 'yes' })).toEqual(['serviceWorker:invalid']);
  });
});
