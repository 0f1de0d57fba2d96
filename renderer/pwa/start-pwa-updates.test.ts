import { describe, expect, it } from 'vitest';
import { canUseServiceWorker } from './start-pwa-updates';

const at = (href: string) => new URL(href) as unknown as Location;
const withWorkers = { serviceWorker: {} } as unknown as Navigator;

describe('canUseServiceWorker', () => {
  it('allows https and this machine over http (secure contexts)', () => {
    expect(canUseServiceWorker(at('https://kiosk.hanoi.gov.vn/index.html'), withWorkers)).toBe(true);
    expect(canUseServiceWorker(at('http://127.0.0.1:5173/index.html'), withWorkers)).toBe(true);
    expect(canUseServiceWorker(at('http://localhost:5173/index.html'), withWorkers)).toBe(true);
  });

  it("refuses Electron's app:// (Cache Storage rejects it), plain http and browsers without workers", () => {
    expect(canUseServiceWorker(at('app://kiosk/index.html'), withWorkers)).toBe(false);
    expect(canUseServiceWorker(at('http://kiosk.lan/index.html'), withWorkers)).toBe(false);
    expect(canUseServiceWorker(at('https://kiosk.hanoi.gov.vn/'), {} as Navigator)).toBe(false);
  });
});
