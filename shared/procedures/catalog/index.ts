import type { Catalog } from '../procedure-schema';
import { BIRTH_REGISTRATION } from './birth-registration';
import { ETHNICITIES } from './ethnicities';
import { LIFE_EVENTS } from './life-events';
import { NATIONALITIES } from './nationalities';

/**
 * The catalog that ships inside the app, so a kiosk works on first boot with no
 * network. The city API serves newer versions; the sync layer swaps them in only
 * after they validate.
 */
export const BUNDLED_CATALOG: Catalog = {
  version: '2026.11.1',
  locales: ['vi', 'en'],
  lifeEvents: LIFE_EVENTS,
  optionSets: { ethnicity: ETHNICITIES, nationality: NATIONALITIES },
  procedures: [BIRTH_REGISTRATION],
};
