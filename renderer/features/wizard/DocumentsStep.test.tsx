import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { CameraSourceContext } from '../camera/camera-source';
import { fakeCamera, type FakeCamera } from '../camera/testing/fake-camera';
import type { CaptureDocument } from '../documents/capture-documents';
import { DocumentsStep } from './DocumentsStep';

const DOCUMENTS: CaptureDocument[] = [
  { id: 'doc-2', name: { vi: 'Giấy chứng sinh', en: 'Birth certificate' }, required: true },
  { id: 'doc-3', name: { vi: 'Văn bản ủy quyền', en: 'Letter of authorisation' }, required: false },
];

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});

function renderStep(camera?: FakeCamera) {
  const onContinue = vi.fn<(onPaper: boolean) => void>();
  const step = (
    <DocumentsStep
      documents={DOCUMENTS}
      photos={{}}
      onPhotosChange={() => undefined}
      onContinue={onContinue}
      onBack={() => undefined}
      onHome={() => undefined}
    />
  );
  render(
    <I18nextProvider i18n={createI18n('vi')}>
      {camera ? (
        <CameraSourceContext.Provider value={camera.source}>{step}</CameraSourceContext.Provider>
      ) : (
        step
      )}
    </I18nextProvider>,
  );
  return { onContinue };
}

describe('DocumentsStep', () => {
  it('without a camera, asks for the papers at the office and lets the resident go on', async () => {
    // jsdom has no media devices: the kiosk's browser camera is absent.
    const { onContinue } = renderStep();
    expect(await screen.findByRole('heading', { name: 'Máy này chưa chụp ảnh được' })).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(within(list).getByText(/Giấy chứng sinh/)).toHaveTextContent('(mang bản chính)');
    expect(within(list).getByText(/Văn bản ủy quyền/)).toHaveTextContent('(mang bản chính, nếu có)');
    await userEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onContinue).toHaveBeenCalledWith(true);
  });

  it('with a camera, shows the photo step; a camera that will not open switches to the paper way', async () => {
    const camera = fakeCamera();
    renderStep(camera);
    expect(screen.getByRole('heading', { name: 'Chụp ảnh giấy tờ' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tiếp tục' })).toBeDisabled();
    camera.failNext('NotFoundError');
    await userEvent.click(
      within(screen.getByRole('region', { name: /Giấy chứng sinh/ })).getByRole('button', {
        name: 'Chụp ảnh',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Máy này chưa chụp ảnh được' })).toBeInTheDocument();
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(0));
  });
});
