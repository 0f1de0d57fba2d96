import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { AccessibilityProvider } from '../accessibility/AccessibilityContext';
import { createAccessibilityStore } from '../accessibility/accessibility-store';
import { FakeSpeechSynthesis, VI_VOICE, fakeUtterance } from '../accessibility/fake-speech-synthesis';
import { createReadAloud } from '../accessibility/read-aloud';
import { useAccessibilitySession } from '../accessibility/useAccessibilitySession';
import { CameraSourceContext } from '../camera/camera-source';
import { CameraPreview } from '../camera/CameraPreview';
import { fakeCamera } from '../camera/testing/fake-camera';
import { useCamera } from '../camera/useCamera';
import { useBlobImage } from '../documents/useBlobImage';
import { sessionWipe } from './wipe-registry';

/**
 * What each feature registers with the privacy wipe does its job while its screen is still
 * mounted: the wipe runs before the screens go away, so it cannot count on their clean-ups.
 */
beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

function Camera() {
  const camera = useCamera('document');
  return <CameraPreview camera={camera} label="Camera" />;
}

function Photo({ blob }: { blob: Blob }) {
  return <img ref={useBlobImage(blob)} alt="Trang 1" />;
}

function Session() {
  useAccessibilitySession(true);
  return null;
}

describe('registered wipes', () => {
  it('the camera: every track stops, and the registration goes with the preview', async () => {
    const camera = fakeCamera();
    const before = sessionWipe.size();
    const view = render(
      <I18nextProvider i18n={createI18n('vi')}>
        <CameraSourceContext.Provider value={camera.source}>
          <Camera />
        </CameraSourceContext.Provider>
      </I18nextProvider>,
    );
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(1));
    expect(sessionWipe.size()).toBe(before + 1);
    await act(() => sessionWipe.wipe());
    expect(camera.liveTracks()).toBe(0);
    view.unmount();
    expect(sessionWipe.size()).toBe(before);
  });

  it('photos: object URLs are revoked and the images emptied', async () => {
    const created: string[] = [];
    const revoked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      created.push(`blob:page-${created.length + 1}`);
      return created.at(-1) as string;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
    const view = render(<Photo blob={new Blob(['jpeg'])} />);
    const image = screen.getByRole('img', { name: 'Trang 1' });
    expect(image).toHaveAttribute('src', 'blob:page-1');
    await sessionWipe.wipe();
    expect(revoked).toEqual(['blob:page-1']);
    expect(image).not.toHaveAttribute('src');
    view.unmount();
  });

  it('photos: once the screen is gone the URL is revoked, and the removed image is left alone', () => {
    // Chromium keeps an <img> whose src changes after its removal, with its whole detached tree.
    const revoked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:page-1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
    const view = render(<Photo blob={new Blob(['jpeg'])} />);
    const image = screen.getByRole('img', { name: 'Trang 1' });
    view.unmount();
    expect(revoked).toEqual(['blob:page-1']);
    expect(image).toHaveAttribute('src', 'blob:page-1');
  });

  it('speech and display settings: reading stops and the settings go back to the defaults', async () => {
    const synth = new FakeSpeechSynthesis([VI_VOICE]);
    const a11y = { store: createAccessibilityStore(), reader: createReadAloud(synth, fakeUtterance) };
    const view = render(
      <AccessibilityProvider services={a11y}>
        <Session />
      </AccessibilityProvider>,
    );
    a11y.store.setTextSize('extraLarge');
    a11y.store.setHighContrast(true);
    a11y.reader.speak([{ text: 'Đăng ký khai sinh', lang: 'vi' }]);
    const cancels = synth.cancels;
    await sessionWipe.wipe();
    expect(synth.cancels).toBeGreaterThan(cancels);
    expect(a11y.reader.getState().speaking).toBe(false);
    expect(a11y.store.get()).toEqual({ textSize: 'normal', highContrast: false });
    view.unmount();
  });
});
