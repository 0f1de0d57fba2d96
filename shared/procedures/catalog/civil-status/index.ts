import type { Procedure } from '../../procedure-schema';
import { BIRTH_RE_REGISTRATION } from './birth-re-registration';
import { BIRTH_REGISTRATION_JOINED } from './birth-registration-joined';
import { BIRTH_WITH_ACKNOWLEDGEMENT } from './birth-with-acknowledgement';
import { CIVIL_STATUS_CHANGE } from './civil-status-change';
import { CIVIL_STATUS_EXTRACT_COPY } from './civil-status-extract-copy';
import { DEATH_REGISTRATION } from './death-registration';
import { DEATH_REGISTRATION_JOINED } from './death-registration-joined';
import { GUARDIANSHIP_REGISTRATION } from './guardianship-registration';
import { MARITAL_STATUS_CERTIFICATE } from './marital-status-certificate';
import { MARRIAGE_REGISTRATION } from './marriage-registration';
import { PARENT_CHILD_ACKNOWLEDGEMENT } from './parent-child-acknowledgement';

/**
 * Civil-status (hộ tịch) procedures handled by the commune People's Committee (domain.md §2.1),
 * in the brief's order. HT-KS (birth registration) lives in ../birth-registration.ts.
 */
export const CIVIL_STATUS_PROCEDURES: Procedure[] = [
  BIRTH_REGISTRATION_JOINED,
  MARRIAGE_REGISTRATION,
  DEATH_REGISTRATION,
  DEATH_REGISTRATION_JOINED,
  MARITAL_STATUS_CERTIFICATE,
  CIVIL_STATUS_EXTRACT_COPY,
  CIVIL_STATUS_CHANGE,
  PARENT_CHILD_ACKNOWLEDGEMENT,
  BIRTH_WITH_ACKNOWLEDGEMENT,
  GUARDIANSHIP_REGISTRATION,
  BIRTH_RE_REGISTRATION,
];
