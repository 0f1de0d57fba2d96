/**
 * POST /v1/surveys: the anonymous quick survey, idempotent on the
 * Idempotency-Key (= surveyId) like submissions: new → 201 and stored; same key
 * and body → 200 replay; same key, other body → 422; key being processed → 409.
 * GET /__sandbox/surveys: every stored survey and the aggregates the city would
 * report. Nothing is answered 2xx before the survey is on disk.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SURVEYS_PATH, SurveyRequestSchema, type SurveyAccepted } from '../../shared/api/city-api';
import { sendError } from '../errors';
import { dropConnection, faultPlanOf } from '../fault-hooks';
import { bodySha256, decide, InFlightKeys } from '../idempotency';
import { aggregateSurveys } from '../survey-aggregates';
import { SurveyStore } from '../survey-store';
import { ADMIN_PREFIX } from './admin';
import { issuesText } from './issues-text';

const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

export interface SurveyCounters {
  /** Every POST /v1/surveys that reached the server, including ones a fault then dropped. */
  received: number;
  replays: number;
  conflicts: number;
  inProgress: number;
}

export function registerSurveyRoutes(app: FastifyInstance, dataDir: string): void {
  const store = SurveyStore.open(dataDir);
  const inFlight = new InFlightKeys();
  const counters: SurveyCounters = { received: 0, replays: 0, conflicts: 0, inProgress: 0 };

  app.post(
    SURVEYS_PATH,
    {
      onRequest: async () => {
        counters.received++;
      },
    },
    async (request, reply) => {
      const header = request.headers['idempotency-key'];
      if (header === undefined || header === '') {
        return sendError(reply, 400, 'missing_idempotency_key', 'The Idempotency-Key header is required');
      }
      const parsed = SurveyRequestSchema.safeParse(request.body);
      if (!parsed.success) return sendError(reply, 400, 'invalid_request', issuesText(parsed.error));
      const body = parsed.data;
      const key = (Array.isArray(header) ? '' : header).trim().toLowerCase();
      if (!z.uuid().safeParse(key).success || key !== body.surveyId.toLowerCase()) {
        return sendError(reply, 400, 'invalid_request', 'Idempotency-Key must equal surveyId');
      }
      if (!inFlight.claim(key)) {
        counters.inProgress++;
        return sendError(
          reply,
          409,
          'request_in_progress',
          'A request with this key is being processed',
          IN_PROGRESS_RETRY_AFTER_SECONDS,
        );
      }
      let status: 200 | 201;
      try {
        const sha = bodySha256(body);
        const decision = decide({
          storedSha256: store.find(key)?.bodySha256,
          requestSha256: sha,
          versionCheck: 'ok', // any well-formed procedure id: a kiosk may answer for one the catalog has since dropped
          receiptCodeOwnedByOtherKey: false,
        });
        if (decision === 'replay') {
          counters.replays++;
          status = 200;
        } else if (decision === 'new') {
          store.insert({ key, bodySha256: sha, body });
          status = 201;
        } else {
          counters.conflicts++;
          return sendError(
            reply,
            422,
            'idempotency_key_reused',
            'This Idempotency-Key was used with a different body',
          );
        }
      } finally {
        inFlight.release(key);
      }
      if (faultPlanOf(request).commitThenDrop) {
        dropConnection(request, reply, false);
        return reply;
      }
      const result: SurveyAccepted = { surveyId: body.surveyId };
      return reply.code(status).send(result);
    },
  );

  app.get(`${ADMIN_PREFIX}/surveys`, async () => {
    const surveys = store.list().map((s) => s.body);
    return {
      surveys,
      aggregates: aggregateSurveys(surveys),
      counters: { ...counters, stored: surveys.length },
    };
  });
}
