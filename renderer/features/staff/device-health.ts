import type { AppInfo, KioskBridge } from '../../../shared/ipc/contract';
import type { PrinterReport } from '../../../shared/staff/printer-report';

/**
 * The device as the staff panel shows it, each part checked on its own so one failing check (a
 * printer query that hangs, a storage estimate that throws) cannot hide the others. Everything
 * here is about the machine; nothing is about a resident.
 */
export interface DeviceHealth {
  online: boolean;
  city: 'reachable' | 'unreachable' | 'unknown';
  storage: { usedMb: number; quotaMb: number } | null;
  camera: 'present' | 'absent' | 'unknown';
  printer: PrinterReport | null;
  app: AppInfo | null;
}

export interface DeviceHealthSources {
  navigator: {
    onLine: boolean;
    storage?: Pick<StorageManager, 'estimate'>;
    mediaDevices?: Pick<MediaDevices, 'enumerateDevices'>;
  };
  bridge: Pick<KioskBridge, 'printerStatus' | 'getAppInfo'>;
  /** GET on the city API's health endpoint (CityApiClient.probe). */
  probeCity?: () => Promise<boolean>;
}

const MB = 1024 * 1024;

async function storageOf(
  storage: DeviceHealthSources['navigator']['storage'],
): Promise<DeviceHealth['storage']> {
  const estimate = await storage?.estimate();
  if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
  return { usedMb: Math.round(estimate.usage / MB), quotaMb: Math.round(estimate.quota / MB) };
}

async function cameraOf(
  devices: DeviceHealthSources['navigator']['mediaDevices'],
): Promise<DeviceHealth['camera']> {
  if (!devices) return 'unknown';
  // Without camera permission the labels are empty, but each camera is still listed by kind.
  const listed = await devices.enumerateDevices();
  return listed.some((device) => device.kind === 'videoinput') ? 'present' : 'absent';
}

export async function checkDeviceHealth(sources: DeviceHealthSources): Promise<DeviceHealth> {
  const [city, storage, camera, printer, app] = await Promise.all([
    sources.probeCity
      ? sources.probeCity().then(
          (ok) => (ok ? ('reachable' as const) : ('unreachable' as const)),
          () => 'unreachable' as const,
        )
      : Promise.resolve('unknown' as const),
    storageOf(sources.navigator.storage).catch(() => null),
    cameraOf(sources.navigator.mediaDevices).catch(() => 'unknown' as const),
    sources.bridge.printerStatus().catch(() => null),
    sources.bridge.getAppInfo().catch(() => null),
  ]);
  return { online: sources.navigator.onLine, city, storage, camera, printer, app };
}
