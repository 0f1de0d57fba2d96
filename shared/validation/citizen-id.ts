import { error, warning, type ValidationIssue } from './validation-issue';

/**
 * The 12-digit personal identification number (số định danh cá nhân / CCCD), domain.md §4.
 * It has no check digit, so only its structure can be checked: province code (d1–3),
 * sex + century (d4), last two digits of the birth year (d5–6), six random digits.
 */
export type Sex = 'male' | 'female';

const LEGACY_PROVINCE_CODES = new Set([
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
]);

export interface CitizenIdParts {
  provinceCode: string;
  sex: Sex;
  birthYear: number;
}

/** Decodes the structure; returns null when the text is not 12 digits. */
export function parseCitizenId(id: string): CitizenIdParts | null {
  if (!/^[0-9]{12}$/.test(id)) return null;
  const genderCentury = Number(id[3]);
  const century = 1900 + Math.floor(genderCentury / 2) * 100;
  return {
    provinceCode: id.slice(0, 3),
    sex: genderCentury % 2 === 0 ? 'male' : 'female',
    birthYear: century + Number(id.slice(4, 6)),
  };
}

/** Structural check of the number on its own. */
export function validateCitizenId(raw: string): ValidationIssue[] {
  const id = raw.replace(/\s+/g, '');
  if (!/^[0-9]*$/.test(id)) return [error('citizenId.digitsOnly')];
  if (id.length !== 12) return [error('citizenId.length', { count: id.length })];
  const parts = parseCitizenId(id);
  if (!parts) return [error('citizenId.length', { count: id.length })];
  // Codes for births registered abroad and any post-2025 scheme are unverified: warn, never block.
  if (!LEGACY_PROVINCE_CODES.has(parts.provinceCode)) return [warning('citizenId.unknownProvince')];
  return [];
}

/** Cross-check against a known birth year (hard error) and sex (warning only). */
export function crossCheckCitizenId(
  raw: string,
  known: { birthYear?: number; sex?: Sex },
): ValidationIssue[] {
  const parts = parseCitizenId(raw.replace(/\s+/g, ''));
  if (!parts) return [];
  const issues: ValidationIssue[] = [];
  if (known.birthYear !== undefined && known.birthYear !== parts.birthYear) {
    issues.push(error('citizenId.birthYearMismatch', { idYear: parts.birthYear, year: known.birthYear }));
  }
  // Data-entry mistakes happen and a legal sex change would also show here: warn only.
  if (known.sex !== undefined && known.sex !== parts.sex) {
    issues.push(warning('citizenId.sexMismatch'));
  }
  return issues;
}
