import type { CccdCard } from './cccd-qr';

/**
 * What a scanned card may fill in, in the order the resident confirms it. Nothing from the card is
 * used until the resident has said each field is right; a field they reject is left for them to type.
 */
export const CCCD_PREFILL_FIELDS = ['fullName', 'idNumber', 'dateOfBirth', 'sex', 'address'] as const;
export type CccdPrefillField = (typeof CCCD_PREFILL_FIELDS)[number];

/** The confirmed fields only; a rejected field is absent (not empty). */
export type CccdPrefill = Partial<Pick<CccdCard, CccdPrefillField>>;

export type FieldVerdict = 'correct' | 'wrong';

export function confirmedPrefill(
  card: CccdCard,
  verdicts: Partial<Record<CccdPrefillField, FieldVerdict>>,
): CccdPrefill {
  const prefill: Record<string, string> = {};
  for (const field of CCCD_PREFILL_FIELDS) {
    if (verdicts[field] === 'correct') prefill[field] = card[field];
  }
  return prefill as CccdPrefill;
}

/** True once the resident has answered for every field. */
export function allFieldsDecided(verdicts: Partial<Record<CccdPrefillField, FieldVerdict>>): boolean {
  return CCCD_PREFILL_FIELDS.every((field) => verdicts[field] !== undefined);
}
