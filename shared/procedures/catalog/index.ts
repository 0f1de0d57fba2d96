import type { Catalog } from '../procedure-schema';
import { BIRTH_REGISTRATION } from './birth-registration';
import { ETHNICITIES } from './ethnicities';
import { LIFE_EVENTS } from './life-events';
import { NATIONALITIES } from './nationalities';
import { CERTIFICATION_PROCEDURES } from './certification';
import { CIVIL_STATUS_PROCEDURES } from './civil-status';
import { CONSTRUCTION_LAND_PROCEDURES } from './construction-land';
import { EDUCATION_PROCEDURES } from './education';
import { HOUSEHOLD_BUSINESS_PROCEDURES } from './household-business';
import { RESIDENCE_PROCEDURES } from './residence';
import { SOCIAL_WELFARE_PROCEDURES } from './social-welfare';

/**
 * The catalog that ships inside the app, so a kiosk works on first boot with no
 * network. The city API serves newer versions; the sync layer swaps them in only
 * after they validate.
 */
export const BUNDLED_CATALOG: Catalog = {
  version: '2026.11.3',
  locales: ['vi', 'en'],
  lifeEvents: LIFE_EVENTS,
  optionSets: { ethnicity: ETHNICITIES, nationality: NATIONALITIES },
  // domain.md §2 order: civil status, certification, residence, household business,
  // education, social welfare and people with merit, construction and land.
  procedures: [
    BIRTH_REGISTRATION,
    ...CIVIL_STATUS_PROCEDURES,
    ...CERTIFICATION_PROCEDURES,
    ...RESIDENCE_PROCEDURES,
    ...HOUSEHOLD_BUSINESS_PROCEDURES,
    ...EDUCATION_PROCEDURES,
    ...SOCIAL_WELFARE_PROCEDURES,
    ...CONSTRUCTION_LAND_PROCEDURES,
  ],
};
