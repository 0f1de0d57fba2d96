import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  API_PATHS,
  ApiErrorSchema,
  PUBLIC_API_PATHS,
  CatalogResponseSchema,
  HealthResponseSchema,
  statusPath,
  SubmissionAcceptedSchema,
  SubmissionRequestSchema,
  SubmissionStatusSchema,
} from './city-api';
import { buildOpenApiDocument } from './openapi';

const committed = JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const built = buildOpenApiDocument();
type Doc = {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};

describe('openapi.json', () => {
  it('is exactly what buildOpenApiDocument() produces', () => {
    expect(committed, 'shared/api/openapi.json is out of date: run `npm run openapi`').toEqual(
      JSON.parse(JSON.stringify(built)),
    );
  });

  it('documents every path in API_PATHS, and no others', () => {
    const paths = Object.keys((committed as Doc).paths);
    expect(paths.sort()).toEqual(Object.values(API_PATHS).sort());
  });

  it('has a component schema for every request and response schema', () => {
    const schemas = (committed as Doc).components.schemas;
    expect(Object.keys(schemas).sort()).toEqual(
      [
        'ApiError',
        'AttachmentStatus',
        'Catalog',
        'Health',
        'SubmissionAccepted',
        'SubmissionRequest',
        'SubmissionStatus',
        'SurveyAccepted',
        'SurveyRequest',
        'EnrolRequest',
        'EnrolResponse',
        'Heartbeat',
        'HeartbeatAccepted',
        'AuditBatch',
        'AuditBatchAccepted',
      ].sort(),
    );
    for (const schema of Object.values(schemas)) expect(schema).toMatchObject({ type: 'object' });
    // Spot-check that each component is the schema it claims to be.
    const required = (name: string) => (schemas[name] as { required?: string[] }).required ?? [];
    expect(required('SubmissionRequest').sort()).toEqual(Object.keys(SubmissionRequestSchema.shape).sort());
    expect(required('SubmissionAccepted').sort()).toEqual(Object.keys(SubmissionAcceptedSchema.shape).sort());
    expect(required('SubmissionStatus').sort()).toEqual(Object.keys(SubmissionStatusSchema.shape).sort());
    expect(required('Health').sort()).toEqual(Object.keys(HealthResponseSchema.shape).sort());
    expect(required('ApiError').sort()).toEqual(Object.keys(ApiErrorSchema.shape).sort());
    expect(required('Catalog')).toEqual(expect.arrayContaining(['version', 'procedures']));
    expect(Object.keys(CatalogResponseSchema.shape)).toEqual(
      expect.arrayContaining(Object.keys((schemas.Catalog as { properties: object }).properties)),
    );
  });

  it('points every $ref at a component that exists', () => {
    const refs = JSON.stringify(committed).match(/"#\/components\/schemas\/[A-Za-z]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    const schemas = (committed as Doc).components.schemas;
    for (const ref of refs) expect(schemas).toHaveProperty(ref.slice('"#/components/schemas/'.length, -1));
  });

  it('requires the Idempotency-Key header on submissions', () => {
    const post = (committed as Doc).paths[API_PATHS.submissions]?.post as { parameters: object[] };
    expect(post.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    );
  });
});

describe('kiosk credential in openapi.json', () => {
  const doc = committed as Doc & { security: object[]; components: { securitySchemes: object } };
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'put', 'post'].includes(method))
      .map(([method, op]) => ({ path, method, op: op as { security?: unknown[]; responses: object } })),
  );

  it('declares the bearer scheme and requires it by default', () => {
    expect(doc.components.securitySchemes).toEqual({
      kioskCredential: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    expect(doc.security).toEqual([{ kioskCredential: [] }]);
  });

  it('leaves exactly health, catalog and enrolment public; every other operation can answer 401', () => {
    for (const { path, method, op } of operations) {
      const isPublic = PUBLIC_API_PATHS.has(path);
      expect(op.security, `${method} ${path}`).toEqual(isPublic ? [] : undefined);
      if (!isPublic) expect(op.responses, `${method} ${path}`).toHaveProperty('401');
    }
    expect(
      operations
        .filter((o) => o.op.security !== undefined)
        .map((o) => o.path)
        .sort(),
    ).toEqual([...PUBLIC_API_PATHS].sort());
  });
});

describe('statusPath', () => {
  it('fills in and escapes the receipt code', () => {
    expect(statusPath('AB34-CD67-9')).toBe('/v1/submissions/AB34-CD67-9/status');
    expect(statusPath('../x?y')).toBe('/v1/submissions/..%2Fx%3Fy/status');
  });
});
