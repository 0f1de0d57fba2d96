/**
 * Every error leaves the sandbox as an ApiError body `{code, message}` (the
 * contract in shared/api/city-api.ts), including fastify's own errors (bad JSON,
 * body too large) and unknown routes, so a kiosk never has to parse anything else.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ApiError } from '../shared/api/city-api';

export function sendError(
  reply: FastifyReply,
  status: number,
  code: ApiError['code'],
  message: string,
  retryAfterSeconds?: number,
): FastifyReply {
  if (retryAfterSeconds !== undefined) reply.header('Retry-After', String(retryAfterSeconds));
  const body: ApiError = { code, message };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function registerErrorHandlers(app: FastifyInstance, retryAfterSeconds: () => number): void {
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not_found', `No route ${request.method} ${request.url}`),
  );
  app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500)
      return sendError(reply, status, 'invalid_request', error.message ?? 'Bad request');
    // Anything unexpected (e.g. the database file could not be written) is transient from the kiosk's view.
    return sendError(
      reply,
      503,
      'unavailable',
      `Sandbox failure: ${error.message ?? 'unknown'}`,
      retryAfterSeconds(),
    );
  });
}
