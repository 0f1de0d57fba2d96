// Regenerates shared/api/openapi.json from the zod schemas (npm run openapi).
// shared/api/openapi.test.ts fails when the committed file is out of step.
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../shared/api/openapi';

const target = new URL('../shared/api/openapi.json', import.meta.url);
writeFileSync(target, JSON.stringify(buildOpenApiDocument(), null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
