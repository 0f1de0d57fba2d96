/**
 * Checks the kiosk credential on every /v1 route except the public ones
 * (PUBLIC_API_PATHS: health, catalog, enrolment). Runs first among the request
 * hooks, before body parsing and before any fault, so an unauthenticated caller
 * learns nothing and costs nothing; the answer is 401 with the contract's
 * `unauthorized` error. Routes read the authenticated kiosk with `kioskOf`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PUBLIC_API_PATHS } from '../shared/api/city-api';
import { parseBearer } from '../shared/api/kiosk-auth';
import { sendError } from './errors';
import type { KioskRegistry } from './kiosk-registry';

export interface AuthenticatedKiosk {
  kioskId: string;
  credentialId: string;
}

export interface AuthCounters {
  /** Requests answered 401 because of a missing, unknown or revoked credential. */
  unauthorized: number;
  revoked: number;
}

const kiosks = new WeakMap<FastifyRequest, AuthenticatedKiosk>();

/** The kiosk whose credential came with this request (undefined on public routes). */
export const kioskOf = (request: FastifyRequest): AuthenticatedKiosk | undefined => kiosks.get(request);

export function registerAuth(app: FastifyInstance, registry: KioskRegistry, counters: AuthCounters): void {
  app.addHook('onRequest', async (request, reply) => {
    const route = request.routeOptions.url;
    // Unknown routes fall through to the 404 handler; /__sandbox controls are not the city contract.
    if (route === undefined || !route.startsWith('/v1/') || PUBLIC_API_PATHS.has(route)) return undefined;
    const credential = parseBearer(request.headers.authorization);
    const result = credential === null ? null : registry.authenticate(credential);
    if (result?.ok) {
      kiosks.set(request, { kioskId: result.kioskId, credentialId: result.credentialId });
      return undefined;
    }
    counters.unauthorized++;
    if (result?.reason === 'revoked') counters.revoked++;
    // One message for every case: a caller probing credentials learns nothing from it.
    reply.header('WWW-Authenticate', 'Bearer realm="city"');
    return sendError(reply, 401, 'unauthorized', 'A valid kiosk credential is required');
  });
}
