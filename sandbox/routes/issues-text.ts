import type { z } from 'zod';

/** A zod error as one short line naming the fields, for an ApiError message. */
export const issuesText = (error: z.ZodError): string =>
  error.issues
    .slice(0, 10)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ');
