import { z } from 'zod';
import { EnrolmentTokenSchema, KioskIdSchema } from '../api/kiosk-auth';
import { LocaleSchema } from '../i18n/localized-text';
import { ACCOUNT_NUMBER_CHARACTERS, ACCOUNT_NUMBER_MAX, BANK_BIN } from '../payment/vietqr-transfer';
import { StaffPinHashSchema } from '../staff/pin-hash-format';
import { SESSION_TIMING_LIMITS } from '../session/session-timings';

/**
 * The one provisioning file IT staff write per kiosk. Parsed by the main process
 * because it holds a secret (the enrolment token); the renderer only ever
 * receives the public subset, `RendererConfig`.
 */
const isLoopback = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '[::1]';

/** zod runs refinements even after the URL format check failed, so they must not assume a parsable URL. */
function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

export const CityApiUrlSchema = z
  .url({ protocol: /^https?$/ })
  .refine((raw) => {
    const url = parseUrl(raw);
    return url === null || url.protocol === 'https:' || isLoopback(url.hostname);
  }, 'must use https (plain http is allowed only for a sandbox on this machine)')
  .refine((raw) => {
    const url = parseUrl(raw);
    return (
      url === null || (url.username === '' && url.password === '' && url.search === '' && url.hash === '')
    );
  }, 'must not contain credentials, a query or a fragment')
  .transform((raw) => raw.replace(/\/+$/, ''));

export const CityPublicKeySchema = z
  .string()
  .trim()
  .regex(
    /^-----BEGIN PUBLIC KEY-----\s+[A-Za-z0-9+/=\s]{300,2000}-----END PUBLIC KEY-----$/,
    'an RSA public key in PEM form (-----BEGIN PUBLIC KEY----- …)',
  );

/**
 * The account residents pay fees into with a VietQR code on the receipt (the ward's fee-collection
 * account). Public: it is printed on every receipt. Without it, the receipt says to pay at the office.
 */
export const FeeAccountSchema = z
  .object({
    bankBin: z.string().regex(BANK_BIN, "the bank's 6-digit NAPAS BIN, e.g. 970415"),
    accountNumber: z
      .string()
      .min(1, 'the account number')
      .max(ACCOUNT_NUMBER_MAX, `at most ${ACCOUNT_NUMBER_MAX} characters`)
      .regex(ACCOUNT_NUMBER_CHARACTERS, 'letters and digits only, no spaces or dashes'),
    /** Shown beside the code so residents can check whom they pay; bank apps show their own copy too. */
    accountName: z.string().trim().min(1, 'the account holder, as the bank shows it').max(100),
  })
  .strict();
export type FeeAccount = z.infer<typeof FeeAccountSchema>;

/** Whole seconds within the field's limits; absent means the default, applied where it is used. */
const secondsField = (name: keyof typeof SESSION_TIMING_LIMITS) =>
  z.number().int().min(SESSION_TIMING_LIMITS[name].min).max(SESSION_TIMING_LIMITS[name].max).optional();

/** A local time in Hanoi (UTC+7 all year), 24-hour "HH:MM". */
const HanoiClockTimeSchema = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'a 24-hour time as HH:MM, e.g. 02:00');

/** When the app may restart itself at night (electron/services/night-restart.ts); false: never. */
export const NightlyRestartSchema = z.union(
  [
    z.literal(false),
    z
      .object({ from: HanoiClockTimeSchema, to: HanoiClockTimeSchema })
      .strict()
      .refine((w) => w.from !== w.to, 'from and to must differ'),
  ],
  { error: 'false, or { "from": "HH:MM", "to": "HH:MM" } in Hanoi time, from ≠ to (e.g. 02:00 to 04:00)' },
);
export type NightlyRestart = z.infer<typeof NightlyRestartSchema>;

export const ProvisioningConfigSchema = z
  .object({
    schemaVersion: z.literal(1),
    kioskId: KioskIdSchema,
    /** 5-digit commune-level unit code (Công văn 1027/CTK-CSCL, domain.md Appendix A). */
    wardCode: z.string().regex(/^[0-9]{5}$/, 'the 5-digit code of the ward or commune'),
    cityApiUrl: CityApiUrlSchema,
    /** The city's RSA public key (SPKI, PEM): every submission is sealed to it before it is stored. */
    cityPublicKey: CityPublicKeySchema,
    defaultLocale: LocaleSchema.default('vi'),
    locales: z.array(LocaleSchema).min(1).default(['vi', 'en']),
    /**
     * Mean wait between retries while the city API is unreachable (after one quick retry).
     * 6 minutes keeps a fleet of 5,000 kiosks within 3× its normal request rate after an
     * outage (bench/fleet-reconnect.ts); a larger or busier fleet may want more.
     */
    syncProbeGapSeconds: z.number().int().min(1).max(3600).default(360),
    /** Optional: where fees are paid by VietQR. Absent: fees are paid at the office. */
    feeAccount: FeeAccountSchema.optional(),
    /** Optional: the receipt printer's name as the OS knows it. Absent: the system's default printer. */
    printerName: z.string().trim().min(1).max(200).optional(),
    /**
     * Secret, main process only: traded once with the city for the kiosk's device credential
     * (electron/services/kiosk-credential.ts). A new token here makes a refused kiosk enrol again.
     */
    enrolmentToken: EnrolmentTokenSchema,
    /** Minutes between heartbeats to the city (renderer/sync/heartbeat.ts). */
    heartbeatMinutes: z.number().int().min(1).max(60).default(5),
    /**
     * Optional, main process only: the slow salted hash of the ward staff's PIN (npm run
     * staff-pin-hash). Absent: the staff gesture opens a pad that says staff mode is not set up.
     */
    staffPinHash: StaffPinHashSchema.optional(),
    /** Optional session and screen timeouts (shared/session/session-timings.ts has the defaults). */
    sessionIdleSeconds: secondsField('sessionIdleSeconds'),
    idleWarningSeconds: secondsField('idleWarningSeconds'),
    screenDimSeconds: secondsField('screenDimSeconds'),
    /** Optional, main process only; absent: 02:00–04:00 (DEFAULT_NIGHTLY_RESTART in night-restart.ts). */
    nightlyRestart: NightlyRestartSchema.optional(),
    /** Optional: register the service worker (hosted PWA mode over https only; never in Electron). */
    serviceWorker: z.boolean().optional(),
  })
  .strict()
  .refine((c) => c.locales.includes(c.defaultLocale), {
    path: ['defaultLocale'],
    message: 'must be one of locales',
  });
export type ProvisioningConfig = z.infer<typeof ProvisioningConfigSchema>;

export const RendererConfigSchema = z.object({
  kioskId: z.string(),
  wardCode: z.string(),
  cityApiUrl: z.string(),
  cityPublicKey: z.string(),
  defaultLocale: LocaleSchema,
  locales: z.array(LocaleSchema),
  syncProbeGapSeconds: z.number().int().positive(),
  /** Always set by toRendererConfig; optional so configs written before it existed still parse. */
  heartbeatMinutes: z.number().int().positive().optional(),
  feeAccount: FeeAccountSchema.optional(),
  sessionIdleSeconds: z.number().int().positive().optional(),
  idleWarningSeconds: z.number().int().positive().optional(),
  screenDimSeconds: z.number().int().positive().optional(),
  /** Hosted PWA mode: renderer/pwa registers the Workbox service worker. Absent: none. */
  serviceWorker: z.boolean().optional(),
});
export type RendererConfig = z.infer<typeof RendererConfigSchema>;

export const toRendererConfig = (c: ProvisioningConfig): RendererConfig => ({
  kioskId: c.kioskId,
  wardCode: c.wardCode,
  cityApiUrl: c.cityApiUrl,
  cityPublicKey: c.cityPublicKey,
  defaultLocale: c.defaultLocale,
  locales: c.locales,
  syncProbeGapSeconds: c.syncProbeGapSeconds,
  heartbeatMinutes: c.heartbeatMinutes,
  // The printer and the enrolment token stay in the main process; the fee account is public (printed on receipts).
  ...(c.feeAccount ? { feeAccount: c.feeAccount } : {}),
  // Timeouts only when set, so the renderer applies the same defaults to an old config.
  ...(c.sessionIdleSeconds ? { sessionIdleSeconds: c.sessionIdleSeconds } : {}),
  ...(c.idleWarningSeconds ? { idleWarningSeconds: c.idleWarningSeconds } : {}),
  ...(c.screenDimSeconds ? { screenDimSeconds: c.screenDimSeconds } : {}),
  // Only when on, so an old config and an Electron kiosk read exactly as before.
  ...(c.serviceWorker ? { serviceWorker: true } : {}),
});

/** What is wrong with the file, by field, for a full-screen translated explanation. */
export const CONFIG_PROBLEMS = ['unreadable', 'not_json', 'missing', 'invalid', 'unknown_field'] as const;
export const ConfigProblemSchema = z.object({
  field: z.string(),
  problem: z.enum(CONFIG_PROBLEMS),
  detail: z.string(),
});
export type ConfigProblem = z.infer<typeof ConfigProblemSchema>;

export const ConfigResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), config: RendererConfigSchema }),
  z.object({ ok: z.literal(false), path: z.string(), problems: z.array(ConfigProblemSchema).min(1) }),
]);
export type ConfigResult = z.infer<typeof ConfigResultSchema>;

/**
 * Parses a provisioning file's JSON. `reportInput` is what lets the problems tell a
 * missing field from a wrongly typed one (zod 4 leaves `issue.input` unset otherwise).
 */
export function parseProvisioningConfig(
  json: unknown,
): { ok: true; config: ProvisioningConfig } | { ok: false; problems: ConfigProblem[] } {
  const parsed = ProvisioningConfigSchema.safeParse(json, { reportInput: true });
  return parsed.success
    ? { ok: true, config: parsed.data }
    : { ok: false, problems: describeConfigIssues(parsed.error) };
}

/** Maps zod's findings to problems that name the field. Needs issues parsed with `reportInput: true`. */
export function describeConfigIssues(error: z.ZodError): ConfigProblem[] {
  return error.issues.flatMap((issue): ConfigProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...issue.path, key].join('.'),
        problem: 'unknown_field',
        detail: 'not a known setting',
      }));
    }
    const field = issue.path.join('.') || '(file)';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return [{ field, problem: missing ? 'missing' : 'invalid', detail: issue.message }];
  });
}
