import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResultSchema } from '../shared/config/provisioning-config';
import { describeJsonError, loadProvisioningConfig, resolveConfigPath } from './config-loader';

const EXAMPLE = path.resolve('build/kiosk.config.example.json');
const DEV = path.resolve('build/kiosk.config.dev.json');
const readReal = (file: string) => readFileSync(file, 'utf8');
const valid = JSON.parse(readReal(EXAMPLE)) as Record<string, unknown>;

const fromText = (text: string) => loadProvisioningConfig('/etc/mot-cua-kiosk/kiosk.config.json', () => text);
const fromObject = (value: unknown) => fromText(JSON.stringify(value));
const problemsOf = (value: unknown) => {
  const { result } = fromObject(value);
  if (result.ok) throw new Error('expected a failure');
  return result.problems;
};

describe('loadProvisioningConfig', () => {
  it.each([EXAMPLE, DEV])('accepts the shipped file %s', (file) => {
    const loaded = loadProvisioningConfig(file, readReal);
    expect(loaded.result.ok).toBe(true);
    expect(ConfigResultSchema.parse(loaded.result)).toEqual(loaded.result);
  });

  it('returns the full config to main and only the public subset to the renderer', () => {
    const loaded = loadProvisioningConfig(EXAMPLE, readReal);
    expect(loaded.config).toMatchObject({ schemaVersion: 1, kioskId: 'HN-00001', wardCode: '00004' });
    expect(loaded.result).toEqual({
      ok: true,
      config: {
        kioskId: 'HN-00001',
        wardCode: '00004',
        cityApiUrl: 'https://api.example.invalid',
        cityPublicKey: expect.stringContaining('-----BEGIN PUBLIC KEY-----'),
        defaultLocale: 'vi',
        locales: ['vi', 'en'],
        syncProbeGapSeconds: 360,
        heartbeatMinutes: 5,
      },
    });
    expect(loaded.result).not.toHaveProperty('config.schemaVersion');
    // The enrolment token is a secret of the main process: never in what the renderer receives.
    expect(loaded.config?.enrolmentToken).toMatch(/^[A-Za-z0-9_-]{24,}$/);
    expect(JSON.stringify(loaded.result)).not.toContain(loaded.config?.enrolmentToken ?? 'missing');
  });

  it('accepts a file saved with a byte-order mark (Windows Notepad)', () => {
    expect(fromText(`\uFEFF${JSON.stringify(valid)}`).result.ok).toBe(true);
  });

  it('reports a missing file as unreadable, naming the path', () => {
    const loaded = loadProvisioningConfig('/nowhere/kiosk.config.json', readReal);
    expect(loaded.config).toBeUndefined();
    expect(loaded.result).toEqual({
      ok: false,
      path: '/nowhere/kiosk.config.json',
      problems: [{ field: '(file)', problem: 'unreadable', detail: 'file not found' }],
    });
  });

  it('reports a permission error as unreadable', () => {
    const denied = () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    const { result } = loadProvisioningConfig('/etc/x.json', denied);
    expect(result.ok === false && result.problems[0]).toMatchObject({
      problem: 'unreadable',
      detail: 'permission denied',
    });
  });

  it.each(['', '{', 'hello', '{"kioskId": "HN-1",}', "{'a': 1}"])('reports %j as not_json', (text) => {
    const { result } = fromText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field: '(file)', problem: 'not_json' });
  });

  it('says where the JSON broke without echoing the file', () => {
    const text = '{\n  "kioskId": "SECRET-TOKEN"\n  "wardCode": "00004"\n}';
    const { result } = fromText(text);
    const detail = result.ok ? '' : (result.problems[0]?.detail ?? '');
    expect(detail).toMatch(/line 3, column 3/);
    expect(detail).not.toContain('SECRET');
    expect(
      describeJsonError('hello', new SyntaxError('Unexpected token \'h\', "hello" is not valid JSON')),
    ).toBe("Unexpected token 'h'");
  });

  it('names a missing kioskId', () => {
    const rest = { ...valid };
    delete rest['kioskId'];
    expect(problemsOf(rest)).toEqual([expect.objectContaining({ field: 'kioskId', problem: 'missing' })]);
  });

  it.each(['4', '0004', '000040', 'abcde', 4])('names a bad wardCode %j', (wardCode) => {
    expect(problemsOf({ ...valid, wardCode })).toEqual([
      expect.objectContaining({ field: 'wardCode', problem: 'invalid' }),
    ]);
  });

  it.each([
    'http://api.example.invalid',
    'http://10.0.0.5:8787',
    'ftp://api.example.invalid',
    'https://user:pw@api.example.invalid',
    'https://api.example.invalid/?token=1',
    'https://api.example.invalid#x',
  ])('names an unsafe cityApiUrl %j', (cityApiUrl) => {
    const problems = problemsOf({ ...valid, cityApiUrl });
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems)
      expect(problem).toMatchObject({ field: 'cityApiUrl', problem: 'invalid' });
  });

  it('names cityApiUrl when it is not a URL at all', () => {
    const problems = problemsOf({ ...valid, cityApiUrl: 'not a url' });
    expect(problems).toEqual([expect.objectContaining({ field: 'cityApiUrl', problem: 'invalid' })]);
  });

  it('names a city key that is not a usable RSA public key', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    for (const cityPublicKey of [weak, ec]) {
      expect(problemsOf({ ...valid, cityPublicKey })).toEqual([
        expect.objectContaining({ field: 'cityPublicKey', problem: 'invalid' }),
      ]);
    }
  });

  it('tells a wrongly typed field from a missing one', () => {
    expect(problemsOf({ ...valid, wardCode: 4 })).toEqual([
      expect.objectContaining({ field: 'wardCode', problem: 'invalid' }),
    ]);
    const withoutKioskId: Record<string, unknown> = { ...valid };
    delete withoutKioskId.kioskId;
    expect(problemsOf(withoutKioskId)).toEqual([
      expect.objectContaining({ field: 'kioskId', problem: 'missing' }),
    ]);
  });

  it('accepts plain http only on this machine', () => {
    expect(fromObject({ ...valid, cityApiUrl: 'http://127.0.0.1:8787' }).result.ok).toBe(true);
    expect(fromObject({ ...valid, cityApiUrl: 'http://localhost:8787' }).result.ok).toBe(true);
  });

  it('names unknown fields', () => {
    expect(problemsOf({ ...valid, adminPassword: 'x', debug: true })).toEqual([
      { field: 'adminPassword', problem: 'unknown_field', detail: expect.any(String) },
      { field: 'debug', problem: 'unknown_field', detail: expect.any(String) },
    ]);
  });

  it('reports several problems at once, each by field', () => {
    const fields = problemsOf({ schemaVersion: 2, wardCode: 'x', cityApiUrl: 'http://evil.example' }).map(
      (p) => p.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['schemaVersion', 'kioskId', 'wardCode', 'cityApiUrl']));
  });

  it.each([null, [], 'text', 42])('reports a non-object %j by field', (value) => {
    expect(problemsOf(value)).toEqual([expect.objectContaining({ field: '(file)', problem: 'invalid' })]);
  });
});

describe('resolveConfigPath', () => {
  const base = {
    userDataDir: '/home/kiosk/.config/mot-cua-kiosk',
    appDir: '/opt/mot-cua-kiosk/resources/app.asar',
  };

  it('uses /etc on Linux', () => {
    expect(resolveConfigPath({ ...base, env: {}, platform: 'linux' })).toBe(
      '/etc/mot-cua-kiosk/kiosk.config.json',
    );
  });

  it('uses %ProgramData% on Windows', () => {
    expect(resolveConfigPath({ ...base, env: { ProgramData: 'D:\\ProgramData' }, platform: 'win32' })).toBe(
      'D:\\ProgramData\\MotCuaKiosk\\kiosk.config.json',
    );
    expect(resolveConfigPath({ ...base, env: {}, platform: 'win32' })).toBe(
      'C:\\ProgramData\\MotCuaKiosk\\kiosk.config.json',
    );
  });

  it('falls back to userData elsewhere', () => {
    expect(resolveConfigPath({ ...base, env: {}, platform: 'darwin' })).toBe(
      path.join(base.userDataDir, 'kiosk.config.json'),
    );
  });

  it('uses the checked-in dev file in dev mode', () => {
    expect(resolveConfigPath({ ...base, env: {}, platform: 'linux', dev: true })).toBe(
      path.join(base.appDir, 'build', 'kiosk.config.dev.json'),
    );
  });

  it('lets KIOSK_CONFIG override everything, and ignores it when empty', () => {
    const env = { KIOSK_CONFIG: '/tmp/k.json' };
    expect(resolveConfigPath({ ...base, env, platform: 'linux', dev: true })).toBe('/tmp/k.json');
    expect(resolveConfigPath({ ...base, env, platform: 'win32' })).toBe('/tmp/k.json');
    expect(resolveConfigPath({ ...base, env: { KIOSK_CONFIG: '' }, platform: 'linux' })).toBe(
      '/etc/mot-cua-kiosk/kiosk.config.json',
    );
  });
});
