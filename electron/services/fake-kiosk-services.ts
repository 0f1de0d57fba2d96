import { APP_ORIGIN } from '../../shared/app-origin';
import { createIpcRouter, exactOriginPredicate, type IpcRouter } from '../ipc-router';
import { fixedKioskCredential } from './fake-kiosk-credential';
import { createKioskServices, type KioskServicesDeps } from './kiosk-services';

/**
 * For tests of one service behind the IPC contract: the kiosk's router (trusting the app's
 * origin) over inert services (no config file, an empty journal, a pending credential), with the
 * service under test passed in.
 */
export function kioskRouterWith(deps: Partial<KioskServicesDeps> = {}): IpcRouter {
  const services = createKioskServices({
    configPath: '/nowhere.json',
    readFile: () => '{}',
    appendLog: () => undefined,
    version: '1',
    shell: 'electron',
    journal: {
      write: async () => undefined,
      remove: async () => undefined,
      ids: async () => [],
      read: async () => null,
    },
    credential: fixedKioskCredential(),
    ...deps,
  });
  return createIpcRouter(services, { isTrustedSender: exactOriginPredicate(APP_ORIGIN) });
}
