/**
 * Which requests the service worker answers network-first from its catalog cache: the city API's
 * GET /v1/catalog, wherever the city API lives (provisioning decides its origin and base path).
 * The path is repeated here rather than imported, so the worker does not bundle the zod schemas
 * of shared/api; a unit test keeps it equal to API_PATHS.catalog.
 */
export const CATALOG_PATH = '/v1/catalog';
export const CATALOG_CACHE = 'kiosk-catalog';

export function isCatalogRequest({ url, request }: { url: URL; request: Request }): boolean {
  return request.method === 'GET' && url.pathname.endsWith(CATALOG_PATH) && url.search === '';
}
