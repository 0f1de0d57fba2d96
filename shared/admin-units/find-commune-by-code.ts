import type { HanoiCommune } from './hanoi-commune';
import { HANOI_COMMUNES } from './hanoi-communes';

const BY_CODE = new Map(HANOI_COMMUNES.map((unit) => [unit.code, unit]));

/** The current unit with this 5-digit code, or undefined. Codes were reused in 2025: see HanoiCommune.code. */
export function findCommuneByCode(code: string): HanoiCommune | undefined {
  return BY_CODE.get(code);
}
