import { lazy } from 'react';
import { whenIdle } from './when-idle';

/**
 * Screens a resident reaches only after choosing a procedure (or the status lookup), in chunks of
 * their own: the kiosk starts without them, and preloadScreens() fetches them one at a time while
 * the attract screen waits, so none of them is a long task at start and none delays a tap later.
 */
const loaders = {
  wizard: () => import('../features/wizard/WizardScreen'),
  check: () => import('../features/wizard/CheckAnswersScreen'),
  documents: () => import('../features/wizard/DocumentsStep'),
  idCard: () => import('../features/id-card/IdCardScanner'),
  statusLookup: () => import('../features/status-lookup/StatusLookupScreen'),
  receipt: () => import('../features/receipt/ReceiptScreen'),
  // Last: residents never need it, but staff may open it after the network is gone, and in the
  // browser shell a chunk not fetched by then cannot be fetched at all.
  staffMode: () => import('../features/staff/StaffMode'),
};

export const WizardScreen = lazy(() => loaders.wizard().then((m) => ({ default: m.WizardScreen })));
export const CheckAnswersScreen = lazy(() =>
  loaders.check().then((m) => ({ default: m.CheckAnswersScreen })),
);
export const DocumentsStep = lazy(() => loaders.documents().then((m) => ({ default: m.DocumentsStep })));
export const IdCardScanner = lazy(() => loaders.idCard().then((m) => ({ default: m.IdCardScanner })));
export const StatusLookupScreen = lazy(() =>
  loaders.statusLookup().then((m) => ({ default: m.StatusLookupScreen })),
);
export const ReceiptScreen = lazy(() => loaders.receipt().then((m) => ({ default: m.ReceiptScreen })));

/** Staff mode (PIN pad and panel); holding the staff corner also starts fetching it, if still needed. */
export const StaffMode = lazy(() => loaders.staffMode().then((m) => ({ default: m.StaffMode })));
export const preloadStaffMode = (): Promise<unknown> => loaders.staffMode().catch(() => undefined);

let preloading: Promise<void> | undefined;

/** Fetches every lazy screen in the background; a failed fetch is retried by React.lazy on use. */
export function preloadScreens(): Promise<void> {
  preloading ??= (async () => {
    for (const load of Object.values(loaders)) {
      await whenIdle(); // one chunk per idle period
      await load().catch(() => undefined);
    }
  })();
  return preloading;
}
