import type { Procedure } from '../../procedure-schema';
import { GUEST_STAY_NOTIFICATION } from './guest-stay-notification';
import { HOUSEHOLD_SPLIT } from './household-split';
import { PERMANENT_RESIDENCE } from './permanent-residence';
import { PERMANENT_RESIDENCE_REMOVAL } from './permanent-residence-removal';
import { TEMPORARY_ABSENCE } from './temporary-absence';
import { TEMPORARY_RESIDENCE } from './temporary-residence';
import { TEMPORARY_RESIDENCE_EXTENSION } from './temporary-residence-extension';

/** Residence (cư trú) procedures, handled by the commune police (domain.md §2.3). */
export const RESIDENCE_PROCEDURES: Procedure[] = [
  PERMANENT_RESIDENCE,
  TEMPORARY_RESIDENCE,
  TEMPORARY_RESIDENCE_EXTENSION,
  TEMPORARY_ABSENCE,
  GUEST_STAY_NOTIFICATION,
  PERMANENT_RESIDENCE_REMOVAL,
  HOUSEHOLD_SPLIT,
];
