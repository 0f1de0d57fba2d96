import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outbox } from '../../outbox/outbox';
import type { SyncEngine } from '../../sync/sync-engine';

/**
 * What the kiosk holds and whether it can reach the city, in counts only (no
 * personal data), so residents and staff can see that queued applications are safe.
 */
export function QueueSummary({ outbox, sync }: { outbox: Outbox; sync: SyncEngine }) {
  const { t } = useTranslation();
  const counts = useLiveQuery(() => outbox.counts(), [outbox]);
  const connectivity = useSyncExternalStore(
    (notify) => sync.onConnectivity(notify),
    () => sync.connectivity,
  );
  return (
    <section className="queue-summary" aria-label={t('queue.label')}>
      <p role="status">{t(`queue.${connectivity}`)}</p>
      {counts && <p>{t('queue.summary', counts)}</p>}
    </section>
  );
}
