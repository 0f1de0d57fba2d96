import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../electron/content-security-policy';
import { OUT_OF_SERVICE_STYLESHEET, outOfServiceHtml } from './out-of-service-html';

describe('outOfServiceHtml', () => {
  const html = outOfServiceHtml();

  it('says it in Vietnamese first, then English', () => {
    const vi = html.indexOf('Máy tạm ngừng phục vụ');
    const en = html.indexOf('This kiosk is out of service');
    expect(vi).toBeGreaterThan(0);
    expect(en).toBeGreaterThan(vi);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<section lang="en"');
  });

  it("needs nothing the renderer's CSP forbids: no script, no inline style, only its own stylesheet", () => {
    expect(buildContentSecurityPolicy()).toContain("style-src 'self'");
    expect(html).not.toMatch(/<script|\sstyle=|<style|javascript:|https?:\/\//i);
    expect(html).toContain(`<link rel="stylesheet" href="./${OUT_OF_SERVICE_STYLESHEET}" />`);
  });
});
