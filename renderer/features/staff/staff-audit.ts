import type { AuditAction, AuditDetails } from '../../../shared/api/audit-events';
import type { KioskServices } from '../../app/services';

/**
 * Records one staff action: in the durable audit queue, which the sync engine sends to the city,
 * and in the local log. Unlock outcomes are decided and logged by the main process, so for those
 * the caller passes `logged` and only the queue is written here.
 */
export type RecordStaffAction = (
  action: AuditAction,
  details?: AuditDetails,
  options?: { logged?: boolean },
) => Promise<void>;

export function staffAudit(services: Pick<KioskServices, 'audit' | 'bridge' | 'sync'>): RecordStaffAction {
  const log = (event: string, data?: Record<string, string | number>) =>
    services.bridge.log({ level: 'info', event, ...(data ? { data } : {}) }).catch(() => undefined);
  return async (action, details = {}, options = {}) => {
    const data = Object.fromEntries(
      Object.entries(details).filter((entry): entry is [string, string | number] => entry[1] !== undefined),
    );
    if (!options.logged) void log(action, data);
    try {
      await services.audit?.record(action, details);
    } catch (error) {
      void log('staff.audit_not_queued', { action, error: error instanceof Error ? error.name : 'unknown' });
      return;
    }
    // Sent on the next pass; online that is now, offline it waits with the submissions.
    services.sync.kick();
  };
}
