import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import type { PlainAttachment } from '../../outbox/seal';
import { CameraSourceContext } from '../camera/camera-source';
import { fakeCamera, type FakeCamera } from '../camera/testing/fake-camera';
import type { CaptureDocument } from './capture-documents';
import { DocumentPhotoStep } from './DocumentPhotoStep';
import type { TakePhoto } from './take-photo';

const DOCUMENTS: CaptureDocument[] = [
  { id: 'doc-2', name: { vi: 'Giấy chứng sinh', en: 'Birth certificate' }, required: true },
  { id: 'doc-3', name: { vi: 'Văn bản ủy quyền', en: 'Letter of authorisation' }, required: false },
];

/** A stand-in for canvas + toBlob: each shot is a distinct small "JPEG". */
function fakeShots() {
  let shots = 0;
  return vi.fn<TakePhoto>(async () => {
    shots++;
    return {
      blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, shots])], { type: 'image/jpeg' }),
      width: 1600,
      height: 1200,
    };
  });
}

const urls = { created: [] as string[], revoked: [] as string[] };

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  urls.created = [];
  urls.revoked = [];
  // jsdom has no object URLs.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${urls.created.length}-${blob.size}`;
    urls.created.push(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    urls.revoked.push(url);
  };
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

function renderStep(camera: FakeCamera, takePhoto = fakeShots()) {
  const onContinue = vi.fn<(attachments: PlainAttachment[]) => void>();
  const view = render(
    <I18nextProvider i18n={createI18n('vi')}>
      <CameraSourceContext.Provider value={camera.source}>
        <DocumentPhotoStep documents={DOCUMENTS} onContinue={onContinue} takePhoto={takePhoto} />
      </CameraSourceContext.Provider>
    </I18nextProvider>,
  );
  return { ...view, onContinue, takePhoto };
}

const documentBlock = (name: string) => screen.getByRole('region', { name });

async function photograph(name: string, camera: FakeCamera) {
  const block = documentBlock(name);
  const take =
    within(block).queryByRole('button', { name: 'Chụp ảnh' }) ??
    within(block).getByRole('button', { name: 'Chụp thêm trang' });
  await userEvent.click(take);
  const shoot = screen.getByRole('button', { name: 'Chụp' });
  await vi.waitFor(() => expect(shoot).toBeEnabled());
  expect(camera.liveTracks()).toBe(1);
  await userEvent.click(shoot);
  await userEvent.click(await screen.findByRole('button', { name: 'Dùng ảnh này' }));
}

describe('DocumentPhotoStep', () => {
  it('blocks Tiếp tục until the required document is photographed, and says why', async () => {
    const camera = fakeCamera();
    renderStep(camera);
    const next = screen.getByRole('button', { name: 'Tiếp tục' });
    expect(next).toBeDisabled();
    expect(next).toHaveAccessibleDescription('Cần chụp ảnh trước khi tiếp tục: Giấy chứng sinh');
    expect(within(documentBlock('Giấy chứng sinh')).getByText('Bắt buộc')).toBeInTheDocument();
    expect(within(documentBlock('Văn bản ủy quyền')).getByText('Không bắt buộc')).toBeInTheDocument();
    // Nothing is being photographed, so the camera is off.
    expect(camera.opens).toBe(0);
  });

  it('takes several pages, removes one, and hands over JPEG attachments', async () => {
    const camera = fakeCamera();
    const { onContinue, unmount } = renderStep(camera);
    await photograph('Giấy chứng sinh', camera);
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(0));
    await photograph('Giấy chứng sinh', camera);
    await photograph('Giấy chứng sinh', camera);
    const block = documentBlock('Giấy chứng sinh');
    expect(within(block).getByText('Đã chụp 3 trang')).toBeInTheDocument();
    expect(
      within(block)
        .getAllByRole('img')
        .map((img) => img.getAttribute('alt')),
    ).toEqual(['Trang 1', 'Trang 2', 'Trang 3']);
    await userEvent.click(within(block).getByRole('button', { name: 'Xóa trang 2' }));
    expect(within(block).getByText('Đã chụp 2 trang')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await vi.waitFor(() => expect(onContinue).toHaveBeenCalledOnce());
    const attachments = onContinue.mock.calls[0]?.[0] ?? [];
    expect(attachments.map(({ id, contentType, label }) => ({ id, contentType, label }))).toEqual([
      { id: 'doc-2-1', contentType: 'image/jpeg', label: 'Giấy chứng sinh – trang 1/2' },
      { id: 'doc-2-2', contentType: 'image/jpeg', label: 'Giấy chứng sinh – trang 2/2' },
    ]);
    // Pages 1 and 3 (the second shot was removed).
    expect(attachments.map((a) => [...a.bytes])).toEqual([
      [0xff, 0xd8, 0xff, 1],
      [0xff, 0xd8, 0xff, 3],
    ]);

    unmount();
    expect(urls.created.length).toBeGreaterThan(0);
    expect([...urls.revoked].sort()).toEqual([...urls.created].sort());
    expect(camera.liveTracks()).toBe(0);
  });

  it('retakes a page without keeping the discarded shot', async () => {
    const camera = fakeCamera();
    const { takePhoto } = renderStep(camera);
    await userEvent.click(within(documentBlock('Giấy chứng sinh')).getByRole('button', { name: 'Chụp ảnh' }));
    expect(screen.getByRole('heading', { name: 'Giấy chứng sinh – trang 1' })).toBeInTheDocument();
    const shoot = screen.getByRole('button', { name: 'Chụp' });
    await vi.waitFor(() => expect(shoot).toBeEnabled());
    await userEvent.click(shoot);
    expect(
      await screen.findByRole('img', { name: 'Ảnh vừa chụp: Giấy chứng sinh, trang 1' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Chụp lại' }));
    await userEvent.click(screen.getByRole('button', { name: 'Chụp' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Dùng ảnh này' }));
    expect(takePhoto).toHaveBeenCalledTimes(2);
    expect(within(documentBlock('Giấy chứng sinh')).getByText('Đã chụp 1 trang')).toBeInTheDocument();
    // The camera was opened once for the whole capture screen, and is off again.
    expect(camera.opens).toBe(1);
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(0));
  });

  it('goes back to the list without a page, and says when a shot fails', async () => {
    const camera = fakeCamera();
    const failing = vi.fn<TakePhoto>(async () => {
      throw new Error('no frame');
    });
    renderStep(camera, failing);
    await userEvent.click(
      within(documentBlock('Văn bản ủy quyền')).getByRole('button', { name: 'Chụp ảnh' }),
    );
    const shoot = screen.getByRole('button', { name: 'Chụp' });
    await vi.waitFor(() => expect(shoot).toBeEnabled());
    await userEvent.click(shoot);
    expect(await screen.findByText('Chưa chụp được ảnh. Vui lòng chạm Chụp lần nữa.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(within(documentBlock('Văn bản ủy quyền')).getByText('Chưa chụp')).toBeInTheDocument();
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(0));
  });
});
