import { z } from 'zod';

/**
 * Encryption at rest and in transit, in the spirit of ODK's encrypted forms: each
 * submission gets a fresh AES-256-GCM key that encrypts its answers and every
 * attachment; that key is wrapped with the city's RSA public key (RSA-OAEP,
 * SHA-256). The kiosk keeps only the sealed form and cannot read it back; the
 * city unwraps with its private key. Only metadata needed for sync stays clear.
 */
export const SEAL_ALGORITHM = 'RSA-OAEP-256/A256GCM';

export const Base64Schema = z
  .string()
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'base64');
export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** First 16 hex digits of SHA-256 over the public key's SPKI DER: which city key sealed this. */
export const KeyIdSchema = z.string().regex(/^[0-9a-f]{16}$/);

export const SealedPayloadSchema = z
  .object({
    v: z.literal(1),
    alg: z.literal(SEAL_ALGORITHM),
    keyId: KeyIdSchema,
    /** The AES key, wrapped with RSA-OAEP-256. */
    wrappedKey: Base64Schema.max(1024),
    /** 12-byte GCM nonce for the answers. */
    iv: Base64Schema.length(16),
    /** AES-GCM ciphertext (with its 16-byte tag) of the JSON `SealedContent`. */
    ciphertext: Base64Schema.max(2_000_000),
  })
  .strict();
export type SealedPayload = z.infer<typeof SealedPayloadSchema>;

/** An attachment as the city sees it before decrypting: sizes and hashes of the encrypted bytes. */
export const AttachmentMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    /** Bytes of the encrypted blob (ciphertext + tag). */
    size: z.number().int().positive().max(20_000_000),
    /** SHA-256 of the encrypted blob; the city verifies it before decrypting. */
    sha256: Sha256HexSchema,
    /** 12-byte GCM nonce for this attachment (same key as the answers, never the same nonce). */
    iv: Base64Schema.length(16),
  })
  .strict();
export type AttachmentMeta = z.infer<typeof AttachmentMetaSchema>;

/** What is inside `ciphertext`: the personal data. */
export const SealedContentSchema = z
  .object({
    answers: z.record(z.string(), z.string().max(1000)),
    attachments: z.array(
      z.object({ id: z.string(), contentType: z.string().max(100), label: z.string().max(200) }),
    ),
  })
  .strict();
export type SealedContent = z.infer<typeof SealedContentSchema>;

/** Attachments travel in chunks of at most this many bytes, resumable from the last acknowledged offset. */
export const ATTACHMENT_CHUNK_BYTES = 64 * 1024;
