import type { IdleTimings } from './idle-machine';

/**
 * The session and screen timeouts from the provisioning file, with the defaults IT gets when a
 * field is absent. 90 s + a 30 s warning follows kiosk practice (Kiosk Pro: 30–60 s) while leaving
 * elderly residents time to read; WCAG 2.2.1 asks for at least 20 s to answer the warning.
 */
export const SESSION_TIMING_LIMITS = {
  sessionIdleSeconds: { min: 5, max: 1800, default: 90 },
  idleWarningSeconds: { min: 20, max: 300, default: 30 },
  screenDimSeconds: { min: 5, max: 86_400, default: 300 },
} as const;

export interface SessionTimingFields {
  readonly sessionIdleSeconds?: number | undefined;
  readonly idleWarningSeconds?: number | undefined;
  readonly screenDimSeconds?: number | undefined;
}

export function sessionTimings(fields: SessionTimingFields): IdleTimings {
  const seconds = (name: keyof SessionTimingFields) => {
    const { min, max } = SESSION_TIMING_LIMITS[name];
    const value = fields[name] ?? SESSION_TIMING_LIMITS[name].default;
    // The main process validates the file; clamping here keeps a stale or hand-made config safe.
    return Math.min(max, Math.max(min, value));
  };
  return {
    idleMs: seconds('sessionIdleSeconds') * 1000,
    warningMs: seconds('idleWarningSeconds') * 1000,
    dimMs: seconds('screenDimSeconds') * 1000,
  };
}
