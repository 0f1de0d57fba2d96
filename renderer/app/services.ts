import { createContext, useContext } from 'react';
import type { RendererConfig } from '../../shared/config/provisioning-config';
import type { KioskBridge } from '../../shared/ipc/contract';
import type { Catalog } from '../../shared/procedures/procedure-schema';
import type { Outbox } from '../outbox/outbox';
import type { SyncEngine } from '../sync/sync-engine';

/** Everything a feature needs from outside React, created once by the composition root. */
export interface KioskServices {
  bridge: KioskBridge;
  config: RendererConfig;
  catalog: Catalog;
  outbox: Outbox;
  sync: SyncEngine;
  now: () => Date;
  newId: () => string;
  newReceiptCode: () => string;
}

export const ServicesContext = createContext<KioskServices | null>(null);

export function useServices(): KioskServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
