import { z } from 'zod';
import { LocaleSchema } from '../i18n/localized-text';
import { ACCOUNT_NUMBER_CHARACTERS, ACCOUNT_NUMBER_MAX, BANK_BIN } from '../payment/vietqr-transfer';

/**
 * The one provisioning file IT staff write per kiosk. Parsed by the main process
 * (it may hold secrets later: enrolment token, PIN hash); the renderer only ever
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

export const ProvisioningConfigSchema = z
  .object({
    schemaVersion: z.literal(1),
    kioskId: z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/, 'capital letters, digits and dashes, 3–64 long'),
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
  feeAccount: FeeAccountSchema.optional(),
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
  // The printer stays in the main process; the fee account is public (printed on receipts).
  ...(c.feeAccount ? { feeAccount: c.feeAccount } : {}),
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
