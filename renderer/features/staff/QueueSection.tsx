import { useLiveQuery } from 'dexie-react-hooks';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../receipt/format-date-time';
import { readQueueStats } from './queue-stats';
import type { RecordStaffAction } from './staff-audit';

type SyncOutcome = 'idle' | 'running' | 'ok' | 'failed';

/**
 * The queue in counts (live from the database), the link to the city, and "send now". Pressing it
 * cuts a failure streak's wait short (SyncEngine.syncNow) and is audited with how many were waiting.
 */
export function QueueSection({ record, onSynced }: { record: RecordStaffAction; onSynced: () => void }) {
  const { t, i18n } = useTranslation();
  const { outbox, surveys, audit, sync } = useServices();
  const stats = useLiveQuery(
    () => readQueueStats({ outbox, surveys, audit }, Date.now()),
    [outbox, surveys, audit],
  );
  const connectivity = useSyncExternalStore(
    (notify) => sync.onConnectivity(notify),
    () => sync.connectivity,
  );
  const [outcome, setOutcome] = useState<SyncOutcome>('idle');
  const [left, setLeft] = useState(0);

  const syncNow = async () => {
    setOutcome('running');
    const before = await outbox.counts();
    await sync.syncNow();
    const after = await outbox.counts();
    const ok = sync.connectivity === 'online';
    setLeft(after.queued + after.sending);
    setOutcome(ok ? 'ok' : 'failed');
    await record('staff.force_sync', {
      waiting: before.queued + before.sending,
      outcome: ok ? 'ok' : 'failed',
    });
    onSynced();
  };

  const connection = {
    online: t('staff.queue.online'),
    offline: t('staff.queue.offline'),
    unknown: t('staff.queue.unknown'),
  };
  const lastSync = sync.lastSyncAt;
  return (
    <section className="staff-section" aria-labelledby="staff-queue">
      <h2 id="staff-queue">{t('staff.queue.title')}</h2>
      <p>{connection[connectivity]}</p>
      <p>
        {lastSync === null
          ? t('staff.queue.neverSynced')
          : t('staff.queue.lastSync', { time: formatDateTime(lastSync, i18n.language) })}
      </p>
      {stats && (
        <ul className="staff-facts">
          <li>{t('staff.queue.waiting', { n: stats.queued })}</li>
          <li>{t('staff.queue.sending', { n: stats.sending })}</li>
          <li>{t('staff.queue.delivered', { n: stats.delivered })}</li>
          <li>{t('staff.queue.rejected', { n: stats.rejected })}</li>
          <li>{t('staff.queue.retrying', { n: stats.retrying })}</li>
          {stats.lastError && <li>{t('staff.queue.lastError', { reason: stats.lastError })}</li>}
          {stats.oldestWaitingMinutes !== null && (
            <li>{t('staff.queue.oldest', { minutes: stats.oldestWaitingMinutes })}</li>
          )}
          {stats.surveys && <li>{t('staff.queue.surveys', stats.surveys)}</li>}
          {stats.audit && <li>{t('staff.queue.audit', stats.audit)}</li>}
        </ul>
      )}
      <Button disabled={outcome === 'running'} onClick={() => void syncNow()}>
        {outcome === 'running' ? t('staff.queue.syncing') : t('staff.queue.syncNow')}
      </Button>
      <p role="status">
        {outcome === 'ok' && t('staff.queue.syncDone', { n: left })}
        {outcome === 'failed' && t('staff.queue.syncFailed')}
      </p>
    </section>
  );
}
