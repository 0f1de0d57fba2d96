import type { Procedure } from '../../procedure-schema';
import { CONTRACT_CERTIFICATION } from './contract-certification';
import { COPY_CERTIFICATION } from './copy-certification';
import { COPY_FROM_REGISTER } from './copy-from-register';
import { SIGNATURE_CERTIFICATION } from './signature-certification';

/** Certification (chứng thực) procedures handled by the commune People's Committee (domain.md §2.2). */
export const CERTIFICATION_PROCEDURES: Procedure[] = [
  COPY_CERTIFICATION,
  SIGNATURE_CERTIFICATION,
  CONTRACT_CERTIFICATION,
  COPY_FROM_REGISTER,
];
