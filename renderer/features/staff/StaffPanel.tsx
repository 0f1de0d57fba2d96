import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentLogEntry } from '../../../shared/staff/recent-log-entry';
import { useServices } from '../../app/services';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { ConfigSection } from './ConfigSection';
import { checkDeviceHealth, type DeviceHealth } from './device-health';
import { HealthSection } from './HealthSection';
import { QueueSection } from './QueueSection';
import { RecentLogSection } from './RecentLogSection';
import type { RecordStaffAction } from './staff-audit';

/** Log lines shown: enough for the last few minutes of a busy kiosk, short enough to scan. */
export const STAFF_LOG_LINES = 50;

/**
 * The staff panel: the queue, device health, configuration and recent log, then the two ways out
 * (help a resident, or leave). Every part shows the machine's state, never a resident's data.
 */
export function StaffPanel({
  record,
  onAssistedSession,
  onExit,
}: {
  record: RecordStaffAction;
  onAssistedSession: () => void;
  onExit: () => void;
}) {
  const { t } = useTranslation();
  const { bridge, config, probeCity } = useServices();
  const [health, setHealth] = useState<DeviceHealth | null>(null);
  const [checking, setChecking] = useState(true);
  const [log, setLog] = useState<RecentLogEntry[] | null>([]);

  const check = useCallback(
    () =>
      checkDeviceHealth({ navigator, bridge, probeCity }).then((checked) => {
        setHealth(checked);
        setChecking(false);
      }),
    [bridge, probeCity],
  );
  const recheck = () => {
    setChecking(true);
    void check();
  };
  const reloadLog = useCallback(
    () => bridge.recentLog(STAFF_LOG_LINES).then(setLog, () => setLog(null)),
    [bridge],
  );
  useEffect(() => {
    void check();
    void reloadLog();
  }, [check, reloadLog]);

  return (
    <Screen
      title={t('staff.panel.title')}
      actions={
        <>
          <Button variant="secondary" onClick={onExit}>
            {t('staff.panel.exit')}
          </Button>
          <Button onClick={onAssistedSession}>{t('staff.panel.assist')}</Button>
        </>
      }
    >
      <p>{t('staff.panel.autoLock')}</p>
      <div className="staff-grid">
        <QueueSection
          record={record}
          onSynced={() => {
            recheck();
            void reloadLog();
          }}
        />
        <HealthSection health={health} checking={checking} onRecheck={recheck} />
        <ConfigSection config={config} />
      </div>
      <RecentLogSection entries={log} onReload={() => void reloadLog()} />
    </Screen>
  );
}
