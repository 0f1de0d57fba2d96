import type { SubmissionRequest } from '../../shared/api/city-api';

/** For sync tests: the city's 201 for a submission, as a scripted fake-city reply. */
export const acceptedReply = (r: SubmissionRequest, status = 1, missingAttachments: string[] = []) => ({
  status: 201,
  body: {
    submissionId: r.submissionId,
    receiptCode: r.receiptCode,
    status,
    receivedAt: '2026-11-23T10:00:05.000Z',
    missingAttachments,
  },
});
