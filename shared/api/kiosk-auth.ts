import { z } from 'zod';

/**
 * How a kiosk proves who it is. IT staff put a one-time enrolment token in the
 * provisioning file; at first start the kiosk trades it (POST /v1/kiosks/enrol)
 * for a device credential, which the main process keeps in OS-protected storage
 * and the renderer sends as `Authorization: Bearer <credential>` on every
 * authenticated request. Health and the catalog stay public (see openapi.ts).
 */

/** The same shape the provisioning file demands: capital letters, digits and dashes. */
export const KioskIdSchema = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/, 'capital letters, digits and dashes, 3–64 long');

/** base64url characters only, so the token can travel in JSON and logs never need to quote it. */
export const EnrolmentTokenSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{24,128}$/,
    'the one-time enrolment token from the city (24–128 letters, digits, - or _)',
  );

/** token68 characters (RFC 9110 §11.2), so it fits an Authorization header as it is. */
export const CredentialSchema = z.string().regex(/^[A-Za-z0-9._~-]{32,512}$/);

export const EnrolRequestSchema = z.strictObject({
  kioskId: KioskIdSchema,
  wardCode: z.string().regex(/^[0-9]{5}$/),
  appVersion: z.string().min(1).max(64),
  enrolmentToken: EnrolmentTokenSchema,
});
export type EnrolRequest = z.infer<typeof EnrolRequestSchema>;

export const EnrolResponseSchema = z.object({
  kioskId: KioskIdSchema,
  credential: CredentialSchema,
  /** Public handle of the credential (for logs and the city's audit trail); never the secret itself. */
  credentialId: z.string().regex(/^[A-Za-z0-9_-]{4,64}$/),
  issuedAt: z.iso.datetime({ offset: true }),
});
export type EnrolResponse = z.infer<typeof EnrolResponseSchema>;

/** Where the kiosk keeps its credential: the OS keyring (DPAPI, Keychain, libsecret, KWallet) or not. */
export const CREDENTIAL_STORAGE = ['os_protected', 'weak'] as const;
export const CredentialStorageSchema = z.enum(CREDENTIAL_STORAGE);
export type CredentialStorage = z.infer<typeof CredentialStorageSchema>;

export const AUTHORIZATION_HEADER = 'Authorization';

export const bearer = (credential: string): string => `Bearer ${credential}`;

/** The credential in an `Authorization: Bearer …` header, or null for anything else. */
export function parseBearer(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  const credential = match?.[1];
  return credential !== undefined && CredentialSchema.safeParse(credential).success ? credential : null;
}

/**
 * What the main process tells the renderer about the kiosk's credential (IPC getCredential and
 * renewCredential). `pending`: not enrolled yet (the city was unreachable); `refused`: the city
 * refused the token or the credential and the provisioning file holds no new token.
 */
export const CredentialStatusSchema = z.object({
  credential: CredentialSchema.nullable(),
  storage: CredentialStorageSchema,
  state: z.enum(['enrolled', 'pending', 'refused']),
});
export type CredentialStatus = z.infer<typeof CredentialStatusSchema>;
