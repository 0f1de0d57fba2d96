import { useTranslation } from 'react-i18next';
import type { PrinterReport } from '../../../shared/staff/printer-report';
import { Button } from '../../ui/Button';
import type { DeviceHealth } from './device-health';

/** The device's health as last checked (device-health.ts), with a button to check again. */
export function HealthSection({
  health,
  checking,
  onRecheck,
}: {
  health: DeviceHealth | null;
  checking: boolean;
  onRecheck: () => void;
}) {
  const { t } = useTranslation();
  const city = {
    reachable: t('staff.health.cityReachable'),
    unreachable: t('staff.health.cityUnreachable'),
    unknown: t('staff.health.cityUnknown'),
  };
  const camera = {
    present: t('staff.health.cameraPresent'),
    absent: t('staff.health.cameraAbsent'),
    unknown: t('staff.health.cameraUnknown'),
  };
  return (
    <section className="staff-section" aria-labelledby="staff-health" aria-busy={checking}>
      <h2 id="staff-health">{t('staff.health.title')}</h2>
      {health ? (
        <ul className="staff-facts">
          <li>{health.online ? t('staff.health.networkOnline') : t('staff.health.networkOffline')}</li>
          <li>{city[health.city]}</li>
          <li>
            {health.storage
              ? t('staff.health.storage', { used: health.storage.usedMb, quota: health.storage.quotaMb })
              : t('staff.health.storageUnknown')}
          </li>
          <li>{camera[health.camera]}</li>
          <PrinterFacts printer={health.printer} />
          <li>
            {health.app
              ? t('staff.health.app', { version: health.app.version, shell: health.app.shell })
              : t('staff.health.appUnknown')}
          </li>
        </ul>
      ) : (
        <p>{t('staff.health.checking')}</p>
      )}
      <Button variant="secondary" disabled={checking} onClick={onRecheck}>
        {checking ? t('staff.health.checking') : t('staff.health.recheck')}
      </Button>
    </section>
  );
}

function PrinterFacts({ printer }: { printer: PrinterReport | null }) {
  const { t } = useTranslation();
  if (!printer) return <li>{t('staff.health.printerUnknown')}</li>;
  const { receiptPrinter, configuredName, printerCount } = printer;
  if (!receiptPrinter) {
    if (configuredName !== null)
      return <li>{t('staff.health.printerNotFound', { name: configuredName })}</li>;
    return (
      <li>
        {printerCount === 0
          ? t('staff.health.printerNone')
          : t('staff.health.printerDefault', { n: printerCount })}
      </li>
    );
  }
  const state = {
    idle: t('staff.health.printerIdle'),
    printing: t('staff.health.printerPrinting'),
    stopped: t('staff.health.printerStopped'),
    unknown: t('staff.health.printerStateUnknown'),
  };
  return (
    <>
      <li>{t('staff.health.printer', { name: receiptPrinter.name })}</li>
      <li>{state[receiptPrinter.state]}</li>
      {receiptPrinter.reason && <li>{t('staff.health.printerReason', { reason: receiptPrinter.reason })}</li>}
    </>
  );
}
