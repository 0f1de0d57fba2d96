import type { Procedure } from '../../procedure-schema';
import { DISABILITY_CERTIFICATION } from './disability-certification';
import { FUNERAL_SUPPORT } from './funeral-support';
import { MARTYR_GRAVE_VISIT } from './martyr-grave-visit';
import { MONTHLY_SOCIAL_ALLOWANCE } from './monthly-social-allowance';
import { SOCIAL_PENSION } from './social-pension';

/** Social welfare and people-with-merit procedures (domain.md §2.6). */
export const SOCIAL_WELFARE_PROCEDURES: Procedure[] = [
  MONTHLY_SOCIAL_ALLOWANCE,
  SOCIAL_PENSION,
  DISABILITY_CERTIFICATION,
  FUNERAL_SUPPORT,
  MARTYR_GRAVE_VISIT,
];
