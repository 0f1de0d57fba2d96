import { describe, expect, it } from 'vitest';
import {
  SealedPayloadSchema,
  SealedContentSchema,
  AttachmentMetaSchema,
} from '../../shared/api/sealed-payload';
import { decodeBase64 } from '../../shared/encoding/base64';
import { DEV_CITY_PRIVATE_KEY, DEV_CITY_PUBLIC_KEY } from '../../tests/support/city-keys';
import { importCityKey, sealSubmission } from './seal';

/** What the city does with its private key: the test plays the city. */
async function unseal(sealed: { wrappedKey: string; iv: string; ciphertext: string }) {
  const der = decodeBase64(DEV_CITY_PRIVATE_KEY.replace(/-----(BEGIN|END) PRIVATE KEY-----|\s/g, ''));
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    der as BufferSource,
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['unwrapKey'],
  );
  const aes = await crypto.subtle.unwrapKey(
    'raw',
    decodeBase64(sealed.wrappedKey) as BufferSource,
    privateKey,
    { name: 'RSA-OAEP' },
    { name: 'AES-GCM' },
    false,
    ['decrypt'],
  );
  const open = async (iv: string, data: Uint8Array) =>
    new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: decodeBase64(iv) as BufferSource },
        aes,
        data as BufferSource,
      ),
    );
  return { aes, open };
}

describe('sealSubmission', () => {
  const photo = Uint8Array.from({ length: 5000 }, (_, i) => (i * 13) % 256);

  it('produces a contract-valid envelope only the city key can open', async () => {
    const city = await importCityKey(DEV_CITY_PUBLIC_KEY);
    expect(city.keyId).toMatch(/^[0-9a-f]{16}$/);
    const answers = { 'tre.ho_ten': 'Nguyễn Minh An', 'me.so_dinh_danh': '001190012345' };
    const { sealed, attachments } = await sealSubmission(city, { answers }, [
      { id: 'photo-1', contentType: 'image/jpeg', label: 'Giấy chứng sinh', bytes: photo },
    ]);
    expect(SealedPayloadSchema.parse(sealed)).toEqual(sealed);
    expect(AttachmentMetaSchema.parse(attachments[0]?.meta)).toEqual(attachments[0]?.meta);
    // Nothing personal in the envelope or the stored attachment bytes.
    const [sealedPhoto] = attachments;
    if (!sealedPhoto) throw new Error('no sealed attachment');
    const encrypted = new Uint8Array(await sealedPhoto.blob.arrayBuffer());
    const stored = JSON.stringify(sealed) + new TextDecoder().decode(encrypted);
    expect(stored).not.toContain('Nguyễn');
    expect(stored).not.toContain('001190012345');

    const { open } = await unseal(sealed);
    const content = SealedContentSchema.parse(
      JSON.parse(
        new TextDecoder().decode(await open(sealed.iv, decodeBase64(sealed.ciphertext) ?? new Uint8Array())),
      ),
    );
    expect(content).toEqual({
      answers,
      attachments: [{ id: 'photo-1', contentType: 'image/jpeg', label: 'Giấy chứng sinh' }],
    });
    expect(await open(sealedPhoto.meta.iv, encrypted)).toEqual(photo);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encrypted));
    expect(sealedPhoto.meta.sha256).toBe(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''));
  });

  it('uses a fresh key and fresh nonces every time', async () => {
    const city = await importCityKey(DEV_CITY_PUBLIC_KEY);
    const a = await sealSubmission(city, { answers: { x: '1' } }, [
      { id: 'p', contentType: 'image/png', label: 'p', bytes: photo },
    ]);
    const b = await sealSubmission(city, { answers: { x: '1' } }, [
      { id: 'p', contentType: 'image/png', label: 'p', bytes: photo },
    ]);
    expect(a.sealed.wrappedKey).not.toBe(b.sealed.wrappedKey);
    expect(a.sealed.iv).not.toBe(b.sealed.iv);
    expect(a.sealed.ciphertext).not.toBe(b.sealed.ciphertext);
    expect(a.attachments[0]?.meta.iv).not.toBe(a.sealed.iv);
  });

  it('refuses a key that is not an RSA public key', async () => {
    await expect(
      importCityKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'),
    ).rejects.toThrow();
  });
});
