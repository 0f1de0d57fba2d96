import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { classifyCameraError } from './camera-error';
import { CameraSourceContext } from './camera-source';
import { CameraPreview } from './CameraPreview';
import { fakeCamera, type FakeCamera } from './testing/fake-camera';
import { useCamera } from './useCamera';

function Preview() {
  const camera = useCamera('scan');
  return <CameraPreview camera={camera} label="Camera" />;
}

function renderPreview(camera: FakeCamera, locale: 'vi' | 'en' = 'vi') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <CameraSourceContext.Provider value={camera.source}>
        <Preview />
      </CameraSourceContext.Provider>
    </I18nextProvider>,
  );
}

beforeEach(() => {
  // jsdom does not play media.
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});

describe('useCamera + CameraPreview', () => {
  it('turns the camera on, shows the stream, and stops every track on unmount', async () => {
    const camera = fakeCamera();
    const view = renderPreview(camera);
    expect(screen.getByRole('status')).toHaveTextContent('Đang bật camera…');
    await vi.waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    const video = screen.getByLabelText('Camera') as HTMLVideoElement & { srcObject: unknown };
    expect(video.srcObject).toMatchObject({ id: 'stream-1' });
    expect(camera.liveTracks()).toBe(1);
    view.unmount();
    expect(camera.liveTracks()).toBe(0);
  });

  it('closes a stream that arrives after the preview is gone', async () => {
    const camera = fakeCamera();
    const held = camera.holdNext();
    const view = renderPreview(camera);
    view.unmount();
    await act(async () => held.release());
    expect(camera.tracks).toHaveLength(1);
    expect(camera.liveTracks()).toBe(0);
  });

  it.each([
    ['NotAllowedError', 'Máy chưa được phép dùng camera. Vui lòng nhờ cán bộ hỗ trợ.'],
    ['NotFoundError', 'Không tìm thấy camera trên máy này. Vui lòng nhờ cán bộ hỗ trợ.'],
    ['NotReadableError', 'Camera đang bận. Vui lòng chờ một chút rồi chạm Thử lại.'],
  ])('explains %s in Vietnamese and retries', async (name, message) => {
    const camera = fakeCamera();
    camera.failNext(name);
    renderPreview(camera);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(1));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(camera.opens).toBe(2);
  });

  it('explains in English too', async () => {
    const camera = fakeCamera();
    camera.failNext('NotAllowedError');
    renderPreview(camera, 'en');
    expect(await screen.findByRole('alert')).toHaveTextContent('not allowed to use the camera');
  });

  it('stops the camera when the page is hidden, and turns it on again on request', async () => {
    const camera = fakeCamera();
    renderPreview(camera);
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(1));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(camera.liveTracks()).toBe(0);
    visibility.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Bật camera' }));
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(1));
  });

  it('says so when the camera is unplugged', async () => {
    const camera = fakeCamera();
    renderPreview(camera);
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(1));
    act(() => camera.tracks[0]?.unplug());
    expect(await screen.findByRole('alert')).toHaveTextContent('Camera gặp sự cố');
  });
});

describe('classifyCameraError', () => {
  it('maps getUserMedia errors, old and new names, to codes', () => {
    const named = (name: string) => new DOMException('x', name);
    expect(classifyCameraError(named('NotAllowedError'))).toBe('permissionDenied');
    expect(classifyCameraError(named('SecurityError'))).toBe('permissionDenied');
    expect(classifyCameraError(named('OverconstrainedError'))).toBe('noCamera');
    expect(classifyCameraError(named('DevicesNotFoundError'))).toBe('noCamera');
    expect(classifyCameraError(named('TrackStartError'))).toBe('busy');
    expect(classifyCameraError(new TypeError('bad constraints'))).toBe('failed');
    expect(classifyCameraError('nonsense')).toBe('failed');
  });
});
