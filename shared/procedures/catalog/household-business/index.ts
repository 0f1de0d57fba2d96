import type { Procedure } from '../../procedure-schema';
import { HOUSEHOLD_BUSINESS_CHANGE } from './household-business-change';
import { HOUSEHOLD_BUSINESS_REGISTRATION } from './household-business-registration';
import { HOUSEHOLD_BUSINESS_SUSPENSION } from './household-business-suspension';
import { HOUSEHOLD_BUSINESS_TERMINATION } from './household-business-termination';

/** Household-business (hộ kinh doanh) procedures, handled at commune level since 1/7/2025 (domain.md §2.4). */
export const HOUSEHOLD_BUSINESS_PROCEDURES: Procedure[] = [
  HOUSEHOLD_BUSINESS_REGISTRATION,
  HOUSEHOLD_BUSINESS_CHANGE,
  HOUSEHOLD_BUSINESS_SUSPENSION,
  HOUSEHOLD_BUSINESS_TERMINATION,
];
