import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api/city-api';
import { CATALOG_PATH, isCatalogRequest } from './catalog-route';

const matches = (href: string, method = 'GET') =>
  isCatalogRequest({ url: new URL(href), request: new Request(href, { method }) });

describe('isCatalogRequest', () => {
  it('is the city API contract path', () => {
    expect(CATALOG_PATH).toBe(API_PATHS.catalog);
  });

  it('matches GET of the catalog on any city API origin and base path', () => {
    expect(matches('http://127.0.0.1:8787/v1/catalog')).toBe(true);
    expect(matches('https://api.motcua.hanoi.gov.vn/kiosk/v1/catalog')).toBe(true);
  });

  it('leaves everything else to the network', () => {
    expect(matches('https://api.example/v1/catalog', 'POST')).toBe(false);
    expect(matches('https://api.example/v1/catalog?fresh=1')).toBe(false);
    expect(matches('https://api.example/v1/catalog/extra')).toBe(false);
    expect(matches('https://api.example/v1/submissions')).toBe(false);
    expect(matches('http://127.0.0.1:5173/__kiosk-bridge/kiosk%3Aget-config', 'POST')).toBe(false);
  });
});
