/**
 * Applies the switched-on faults to /v1/* requests (never to /__sandbox, so a
 * test can always inspect and reset the sandbox). One plan is drawn per request
 * just before its handler: 503, connection reset and timeout are applied here;
 * latency too, except for POST /v1/submissions, whose handler waits *while
 * holding the idempotency key* so concurrent duplicates really overlap.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PATHS } from '../shared/api/city-api';
import type { SandboxContext } from './context';
import { sendError } from './errors';
import { NO_FAULTS, type FaultPlan } from './faults';

const plans = new WeakMap<FastifyRequest, FaultPlan>();

/** The plan drawn for this request (no faults for routes the hooks skipped). */
export const faultPlanOf = (request: FastifyRequest): FaultPlan => plans.get(request) ?? NO_FAULTS;

/** Waits, but lets go as soon as the server closes. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Ends the exchange without an HTTP answer. `reset` sends a TCP RST (ECONNRESET
 * at the client); otherwise the socket just closes ("other side closed").
 */
export function dropConnection(request: FastifyRequest, reply: FastifyReply, reset: boolean): void {
  reply.hijack();
  const socket = request.raw.socket;
  if (reset) socket.resetAndDestroy();
  else socket.destroy();
}

/** Holds the request unanswered until the client gives up, holdMs passes, or the server closes; then drops it. */
async function hold(
  request: FastifyRequest,
  reply: FastifyReply,
  ms: number,
  signal: AbortSignal,
): Promise<void> {
  reply.hijack();
  const socket = request.raw.socket;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      socket.off('close', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    socket.once('close', done);
    signal.addEventListener('abort', done, { once: true });
  });
  socket.destroy();
}

const isSubmissionPost = (request: FastifyRequest) =>
  request.method === 'POST' && request.routeOptions.url === API_PATHS.submissions;

export function registerFaultHooks(app: FastifyInstance, ctx: SandboxContext): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/v1/')) return undefined;
    const plan = ctx.faults.plan();
    plans.set(request, plan);
    if (plan.error) {
      return sendError(
        reply,
        503,
        'unavailable',
        'Injected fault: unavailable',
        ctx.faults.retryAfterSeconds,
      );
    }
    if (plan.reset) {
      dropConnection(request, reply, true);
      return reply;
    }
    if (plan.timeout) {
      await hold(request, reply, ctx.faults.holdMs, ctx.closing);
      return reply;
    }
    if (!isSubmissionPost(request)) await sleep(plan.latencyMs, ctx.closing);
    return undefined;
  });
}
