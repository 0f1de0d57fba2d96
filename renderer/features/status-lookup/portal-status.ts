import { DOSSIER_STATUSES, type DossierStatusCode } from '../../../shared/api/dossier-status';

/**
 * The national portal's name for a status code: always the Vietnamese one, verbatim (residents know
 * it from dichvucong.gov.vn), and the current language's where that is not Vietnamese.
 */
export function portalStatus(code: number, locale: string): { vi: string; local: string | null } {
  const names = DOSSIER_STATUSES[code as DossierStatusCode] ?? DOSSIER_STATUSES[1];
  return { vi: names.vi, local: locale === 'vi' ? null : names.en };
}

/** What the resident should do next for the statuses that ask something of them. */
const HINTS = {
  3: 'statusLookup.hintContactOffice',
  5: 'statusLookup.hintDocuments',
  6: 'statusLookup.hintPayment',
  8: 'statusLookup.hintContactOffice',
  9: 'statusLookup.hintResultReady',
} as const;

export type StatusHintKey = (typeof HINTS)[keyof typeof HINTS];

export function statusHint(code: number): StatusHintKey | null {
  return (HINTS as Record<number, StatusHintKey | undefined>)[code] ?? null;
}
