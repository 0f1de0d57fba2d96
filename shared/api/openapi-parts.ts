import { z } from 'zod';

/** Small builders shared by the OpenAPI document's modules (openapi.ts, openapi-kiosk-paths.ts). */
export const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input' });
export const json = (ref: string) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${ref}` } },
});
export const errorResponse = (description: string) => ({ description, content: json('ApiError') });

/** The security scheme every authenticated operation names (and public ones override with `[]`). */
export const KIOSK_CREDENTIAL = 'kioskCredential';
export const PUBLIC = { security: [] };
export const UNAUTHORIZED = {
  '401': errorResponse('No credential, or one the city does not know or has revoked (code `unauthorized`)'),
};
