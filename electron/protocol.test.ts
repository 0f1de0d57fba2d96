import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './content-security-policy';
import { inlineStyleHashes } from './inline-style-hashes';
import { APP_SCHEME_PRIVILEGES, contentTypeFor, createAppProtocolHandler, resolveAppFile } from './protocol';

const ROOT = path.resolve('/srv/kiosk/dist/renderer');

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// a standard, secure origin without bypassing CSP or service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      allowServiceWorkers: false,
      corsEnabled: false,
      bypassCSP: false,
    });
  });
});

describe('resolveAppFile', () => {
  it.each([
    ['app://kiosk', 'index.html'],
    ['app://kiosk/', 'index.html'],
    ['app://kiosk/index.html', 'index.html'],
    ['app://kiosk/index.html?v=2#/wizard', 'index.html'],
    ['app://kiosk/assets/index-Bx12.js', 'assets/index-Bx12.js'],
    ['app://kiosk/assets/font%20name.woff2', 'assets/font name.woff2'],
    ['app://kiosk/assets/../index.html', 'index.html'],
  ])('maps %s inside the root', (url, relative) => {
    expect(resolveAppFile(ROOT, url)).toBe(path.join(ROOT, relative));
  });

  it.each([
    'app://kiosk/..%2f..%2fetc/passwd',
    'app://kiosk/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://kiosk/%2F..%2F..%2Fetc%2Fpasswd',
    'app://kiosk/%2F%2E%2E/secret',
    'app://kiosk/%252e%252e/%252e%252e/etc/passwd',
    'app://kiosk/%252e%252e%252fetc',
    'app://kiosk/index.html%00.png',
    'app://kiosk/%00',
    'app://kiosk/\\..\\..\\etc\\passwd',
    'app://kiosk/..%5c..%5cetc%5cpasswd',
    'app://kiosk/%5c%5cserver%5cshare',
    'app://kiosk//etc/passwd',
    'app://kiosk/%2fetc/passwd',
    'app://kiosk/C:/Windows/win.ini',
    'app://kiosk/C%3a%5cWindows',
    'app://kiosk/assets/',
    'app://kiosk/a//b',
    'app://kiosk/%E0%A4%A',
    'app://kiosk/%',
    'app://kiosk/%zz',
    'app://kiosk.evil/index.html',
    'app://evil/index.html',
    'app://kiosk:8080/index.html',
    'app://user@kiosk/index.html',
    'https://kiosk/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %j', (url) => {
    expect(resolveAppFile(ROOT, url)).toBeNull();
  });

  it.each([
    'app://kiosk/../../etc/passwd',
    'app://kiosk/%2e%2e/%2e%2e/etc/passwd',
    'app://kiosk/./../etc/passwd',
  ])('keeps dot segments the URL parser resolved inside the root: %s', (url) => {
    const file = resolveAppFile(ROOT, url);
    expect(file).toBe(path.join(ROOT, 'etc/passwd'));
    expect(path.relative(ROOT, file ?? '/').startsWith('..')).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['favicon.ico', 'image/x-icon'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['a.exe', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});

describe('buildContentSecurityPolicy', () => {
  it('is strict and names the city API origin only in connect-src', () => {
    const csp = buildContentSecurityPolicy('https://api.example.invalid/v1/');
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => {
        const [name = '', ...sources] = d.split(' ');
        return [name, sources.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self' https://api.example.invalid",
      'media-src': "'self' blob: mediastream:",
      'manifest-src': "'self'",
      'worker-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
      'object-src': "'none'",
    });
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('keeps connect-src to self without a city API', () => {
    expect(buildContentSecurityPolicy()).toContain("connect-src 'self';");
  });

  it('reduces the origin to scheme, host and port', () => {
    expect(buildContentSecurityPolicy('http://127.0.0.1:8787')).toContain(
      "connect-src 'self' http://127.0.0.1:8787;",
    );
    expect(buildContentSecurityPolicy('https://u:p@api.example/x?y; script-src *')).toContain(
      "connect-src 'self' https://api.example;",
    );
  });

  it.each(['javascript:alert(1)', 'data:text/plain,x', 'not a url', "'unsafe-inline'"])(
    'refuses %j',
    (origin) => {
      expect(() => buildContentSecurityPolicy(origin)).toThrow();
    },
  );
});

describe('createAppProtocolHandler', () => {
  let root: string;
  const html = '<!doctype html><title>Một Cửa</title>';

  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-protocol-'));
    root = path.join(dir, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), html);
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  });
  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  const handler = () =>
    createAppProtocolHandler({
      rootDir: root,
      readFile: (file) => readFile(file),
      cityApiOrigin: 'https://api.example',
    });

  it('serves index.html with a CSP header and its content type', async () => {
    const response = await handler()({ url: 'app://kiosk/', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      buildContentSecurityPolicy('https://api.example'),
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(html);
  });

  it("allows a page's own inline <style> by its hash, and nothing inline on other responses", async () => {
    const css = '.attract{background:#0b5394}';
    writeFileSync(path.join(root, 'styled.html'), `<!doctype html><style>${css}</style><p>x</p>`);
    writeFileSync(path.join(root, 'assets', 'styled.css'), `<style>${css}</style>`);
    const page = await handler()({ url: 'app://kiosk/styled.html' });
    const hash = inlineStyleHashes(`<style>${css}</style>`)[0];
    expect(page.headers.get('content-security-policy')).toBe(
      buildContentSecurityPolicy('https://api.example', [hash as string]),
    );
    expect(page.headers.get('content-security-policy')).toContain(`style-src 'self' ${hash};`);
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
    const sheet = await handler()({ url: 'app://kiosk/assets/styled.css' });
    expect(sheet.headers.get('content-security-policy')).toContain("style-src 'self';");
  });

  it('serves assets with their type; method defaults to GET', async () => {
    const response = await handler()({ url: 'app://kiosk/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://kiosk/missing.js',
    'app://kiosk/assets',
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/%2e%2e%2fsecret.txt',
    'app://kiosk.evil/index.html',
  ])('404s %s, still with the CSP', async (url) => {
    const response = await handler()({ url, method: 'GET' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).not.toContain('secret');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'])('405s %s', async (method) => {
    const response = await handler()({ url: 'app://kiosk/index.html', method });
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('asks for the city origin on each response, so a fixed config applies on reload', async () => {
    const city: { origin?: string } = {};
    const serve = createAppProtocolHandler({
      rootDir: root,
      readFile: (f) => readFile(f),
      cityApiOrigin: () => city.origin,
    });
    expect((await serve({ url: 'app://kiosk/' })).headers.get('content-security-policy')).toContain(
      "connect-src 'self';",
    );
    city.origin = 'https://api.example';
    expect((await serve({ url: 'app://kiosk/' })).headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://api.example;",
    );
  });

  it('reads nothing outside the root', async () => {
    const reads: string[] = [];
    const serve = createAppProtocolHandler({
      rootDir: root,
      readFile: async (file) => {
        reads.push(file);
        return readFileSync(file);
      },
    });
    await serve({ url: 'app://kiosk/../secret.txt' });
    await serve({ url: 'app://kiosk/%2e%2e/secret.txt' });
    await serve({ url: 'app://kiosk/..%2fsecret.txt' });
    for (const file of reads) expect(path.relative(root, file).startsWith('..')).toBe(false);
  });
});
