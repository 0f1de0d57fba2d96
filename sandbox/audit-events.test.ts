import { describe, expect, it } from 'vitest';
import { AuditBatchAcceptedSchema, type AuditEvent } from '../shared/api/audit-events';
import { API_PATHS } from '../shared/api/city-api';
import { admin, authHeaders, TEST_KIOSK_ID, useSandbox } from './test-support';

const sandbox = useSandbox();

let n = 0;
const event = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  eventId: `7a000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  kioskId: TEST_KIOSK_ID,
  at: '2026-11-20T09:15:00+07:00',
  action: 'staff.unlock',
  details: {},
  ...overrides,
});
const post = (body: unknown, headers = authHeaders(sandbox().url)) =>
  fetch(`${sandbox().url}${API_PATHS.auditEvents}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const stored = async () =>
  (
    (await (await admin(sandbox().url, 'GET', '/audit-events')).json()) as {
      events: { eventId: string; credentialId: string }[];
    }
  ).events;

describe('POST /v1/audit-events', () => {
  it('stores a batch, and a resent batch is reported as duplicates, not stored twice', async () => {
    const batch = {
      events: [
        event({ action: 'staff.unlock_failed', details: { failedAttempts: 2 } }),
        event({ action: 'staff.lockout', details: { failedAttempts: 5, lockoutSeconds: 300 } }),
        event({ action: 'staff.force_sync', details: { waiting: 12, outcome: 'ok' } }),
      ],
    };
    const first = await post(batch);
    expect(first.status).toBe(200);
    expect(AuditBatchAcceptedSchema.parse(await first.json())).toEqual({
      stored: 3,
      duplicates: [],
      conflicts: [],
    });
    const again = await post(batch);
    expect(AuditBatchAcceptedSchema.parse(await again.json())).toEqual({
      stored: 0,
      duplicates: batch.events.map((e) => e.eventId),
      conflicts: [],
    });
    const events = await stored();
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.credentialId)).size).toBe(1);
  });

  it('reports a reused eventId with other content as a conflict and keeps the first', async () => {
    const original = event({ action: 'staff.exit', details: { durationSeconds: 60 } });
    await post({ events: [original] });
    const changed = await post({ events: [{ ...original, details: { durationSeconds: 61 } }, event()] });
    expect(AuditBatchAcceptedSchema.parse(await changed.json())).toEqual({
      stored: 1,
      duplicates: [],
      conflicts: [original.eventId],
    });
    expect(await stored()).toHaveLength(2);
  });

  it.each([
    ['an unknown action', { events: [event({ action: 'staff.delete_everything' as never })] }],
    ['free text in the details', { events: [event({ details: { note: 'Nguyễn Văn An' } as never })] }],
    ['a staff name field', { events: [{ ...event(), staffName: 'Trần Thị B' }] }],
    ['an empty batch', { events: [] }],
    [
      'the same eventId twice',
      (() => {
        const e = event();
        return { events: [e, e] };
      })(),
    ],
  ])('refuses %s with 400', async (_what, body) => {
    expect((await post(body)).status).toBe(400);
    expect(await stored()).toEqual([]);
  });

  it('needs the kiosk credential', async () => {
    expect((await post({ events: [event()] }, {})).status).toBe(401);
  });
});
