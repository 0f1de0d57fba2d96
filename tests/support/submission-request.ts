import type { SubmissionRequest } from '../../shared/api/city-api';

/** A valid submission request for queue and sync tests; `n` makes ids and receipt codes unique. */
export function submissionRequest(n: number, overrides: Partial<SubmissionRequest> = {}): SubmissionRequest {
  const alphabet = '34679ACDEFGHJKMNPQRTUVWXY';
  const code = [0, 1, 2, 3]
    .map((i) => alphabet.charAt(Math.floor(n / alphabet.length ** i) % alphabet.length))
    .join('');
  return {
    submissionId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    receiptCode: `AAAA-${code}-C`,
    kioskId: 'HN-TEST',
    wardCode: '00004',
    procedureId: 'HT-KS',
    procedureVersion: 1,
    locale: 'vi',
    submittedAt: '2026-11-23T10:00:00.000Z',
    answers: { 'tre.ho_ten': 'Nguyễn Minh An' },
    ...overrides,
  };
}
