/**
 * `npm run sandbox`: runs the sandbox city API in the foreground.
 *   --port <n>   (default 8787)
 *   --data <dir> (default .sandbox-data/)
 * Stops cleanly on SIGINT/SIGTERM so the database file is never left half-written.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createSandboxServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    data: { type: 'string', default: '.sandbox-data' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}
const dataDir = path.resolve(values.data);

const server = await createSandboxServer({ dataDir, port });
console.log(`Sandbox city API listening on ${server.url} (data: ${server.store.file})`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => {
      console.log(`Sandbox city API stopped (${signal})`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
