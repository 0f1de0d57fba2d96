import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The sandbox's development key pair (sandbox/dev-keys): public knowledge, for tests only. */
const keyFile = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../sandbox/dev-keys', name), 'utf8');

export const DEV_CITY_PUBLIC_KEY = keyFile('city-dev-public.pem');
export const DEV_CITY_PRIVATE_KEY = keyFile('city-dev-private.pem');
