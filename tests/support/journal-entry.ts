import type { JournalEntry } from '../../shared/outbox/journal-entry';
import { submissionRequest } from './submission-request';

/** A well-formed journal entry for submission `n`, with one small "encrypted" attachment. */
export function journalEntry(n = 1): JournalEntry {
  const request = submissionRequest(n, {
    attachments: [{ id: 'photo-1', size: 4, sha256: 'a'.repeat(64), iv: 'AAAAAAAAAAAAAAAA' }],
  });
  return {
    request,
    createdAt: 1_700_000_000_000 + n,
    attachments: [{ attachmentId: 'photo-1', sealedBase64: 'AQIDBA==' }],
  };
}
