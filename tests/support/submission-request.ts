import type { SubmissionRequest } from '../../shared/api/city-api';

/**
 * A well-formed submission request for queue and sync tests; `n` makes ids and
 * receipt codes unique. The sealed payload has the right shape but is not real
 * ciphertext: these tests are about delivery, not cryptography.
 */
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
    sealed: {
      v: 1,
      alg: 'RSA-OAEP-256/A256GCM',
      keyId: '0123456789abcdef',
      wrappedKey: 'd3JhcHBlZC1rZXk=',
      iv: 'AAAAAAAAAAAAAAAA',
      ciphertext: `Y2lwaGVydGV4dC0${n % 10}`,
    },
    attachments: [],
    ...overrides,
  };
}
