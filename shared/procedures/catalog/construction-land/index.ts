import type { Procedure } from '../../procedure-schema';
import { CONSTRUCTION_PERMIT } from './construction-permit';
import { LAND_CERTIFICATE_FIRST_ISSUE } from './land-certificate-first-issue';
import { LAND_CHANGE_REGISTRATION } from './land-change-registration';

/** Construction and land (xây dựng, đất đai) procedures (domain.md §2.7). */
export const CONSTRUCTION_LAND_PROCEDURES: Procedure[] = [
  CONSTRUCTION_PERMIT,
  LAND_CERTIFICATE_FIRST_ISSUE,
  LAND_CHANGE_REGISTRATION,
];
