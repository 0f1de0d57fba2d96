import type { Procedure } from '../../procedure-schema';
import { LOWER_SECONDARY_SCHOOL_TRANSFER } from './lower-secondary-school-transfer';
import { PRIMARY_SCHOOL_TRANSFER } from './primary-school-transfer';

/** Education (giáo dục) procedures: school transfers (domain.md §2.5). */
export const EDUCATION_PROCEDURES: Procedure[] = [PRIMARY_SCHOOL_TRANSFER, LOWER_SECONDARY_SCHOOL_TRANSFER];
