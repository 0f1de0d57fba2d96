/**
 * CORS for the kiosk's origins: `app://kiosk` inside Electron and
 * `http://127.0.0.1:<port>` / `http://localhost:<port>` for the browser dev host
 * and e2e runs. A small hook instead of a plugin (no extra dependency). Origins
 * not on the list get no CORS headers at all, so a browser blocks them.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { APP_ORIGIN } from '../shared/app-origin';

export type OriginRule = string | RegExp;

export const DEFAULT_ALLOWED_ORIGINS: readonly OriginRule[] = [
  APP_ORIGIN,
  /^http:\/\/(127\.0\.0\.1|localhost)(:[0-9]{1,5})?$/,
];

// DELETE is for the /__sandbox controls (a dev page may call them); the contract needs GET, HEAD, POST, PUT.
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match, Content-Range';
const EXPOSED_HEADERS = 'ETag, Retry-After';

export function isOriginAllowed(origin: string, rules: readonly OriginRule[]): boolean {
  return rules.some((rule) => (typeof rule === 'string' ? rule === origin : rule.test(origin)));
}

export function registerCors(app: FastifyInstance, rules: readonly OriginRule[]): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    // Caches must not reuse a response made for one origin for another.
    reply.header('Vary', 'Origin');
    const allowed = origin !== undefined && isOriginAllowed(origin, rules);
    if (allowed) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    // Answer every preflight here, before routing, so no route needs an OPTIONS handler.
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      if (allowed) {
        reply.header('Access-Control-Allow-Methods', ALLOWED_METHODS);
        reply.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        reply.header('Access-Control-Max-Age', '600');
      }
      return reply.code(204).send();
    }
    return undefined;
  });
}
