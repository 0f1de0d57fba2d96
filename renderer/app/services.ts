import { createContext, useContext } from 'react';
import type { RendererConfig } from '../../shared/config/provisioning-config';
import type { KioskBridge } from '../../shared/ipc/contract';
import type { AuditQueue } from '../outbox/audit-queue';
import type { Outbox } from '../outbox/outbox';
import type { CityKey } from '../outbox/seal';
import type { SurveyQueue } from '../outbox/survey-queue';
import type { CatalogStore } from '../sync/catalog-store';
import type { SyncEngine } from '../sync/sync-engine';

/** Everything a feature needs from outside React, created once by the composition root. */
export interface KioskServices {
  bridge: KioskBridge;
  config: RendererConfig;
  /** The city's public key: submissions are sealed to it before they are stored. */
  cityKey: CityKey;
  /** The current catalog; a session takes a snapshot when it begins. */
  catalogs: CatalogStore;
  outbox: Outbox;
  /** Anonymous quick surveys; without it the survey is simply not offered. */
  surveys?: SurveyQueue;
  sync: SyncEngine;
  /** Staff actions for the city's audit log; without it staff actions only reach the local log. */
  audit?: AuditQueue;
  /** Asks the city API's health endpoint (staff screen); without it the city shows as not checked. */
  probeCity?: () => Promise<boolean>;
  now: () => Date;
  newId: () => string;
  newReceiptCode: () => string;
  /** 'full' when there is no room for another submission; checked before a resident starts. */
  checkStorage: () => Promise<'ok' | 'full'>;
}

export const ServicesContext = createContext<KioskServices | null>(null);

export function useServices(): KioskServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
