import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CccdPrefill } from '../../../shared/identity/cccd-prefill';
import { createI18n } from '../../i18n/i18n';
import { CameraSourceContext } from '../camera/camera-source';
import { fakeCamera, type FakeCamera } from '../camera/testing/fake-camera';
import { IdCardScanner } from './IdCardScanner';

const TODAY = { year: 2026, month: 11, day: 23 };
const ADDRESS = 'Số 12 ngõ 34 phố Kim Mã, Phường Giảng Võ, Hà Nội';
const CARD = `001190012345|012345678|Nguyễn Thị Mai Anh|15031990|Nữ|${ADDRESS}|20042021`;
const VIETQR =
  '00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN6304ABCD';

/** Frames the fake camera "sees", one per read; null = no QR in that frame. */
function framesOf(...texts: (string | null)[]) {
  const queue = [...texts];
  return vi.fn(async () => (queue.length > 1 ? (queue.shift() ?? null) : (queue[0] ?? null)));
}

function renderScanner(
  camera: FakeCamera,
  readFrame: ReturnType<typeof framesOf>,
  locale: 'vi' | 'en' = 'vi',
) {
  const onConfirmed = vi.fn<(prefill: CccdPrefill) => void>();
  const onCancel = vi.fn();
  const view = render(
    <I18nextProvider i18n={createI18n(locale)}>
      <CameraSourceContext.Provider value={camera.source}>
        <IdCardScanner today={TODAY} onConfirmed={onConfirmed} onCancel={onCancel} readFrame={readFrame} />
      </CameraSourceContext.Provider>
    </I18nextProvider>,
  );
  return { ...view, onConfirmed, onCancel };
}

const row = (name: RegExp) => screen.getByRole('group', { name });

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});

describe('IdCardScanner', () => {
  it('reads the card, turns the camera off, and lists the fields to confirm', async () => {
    const camera = fakeCamera();
    renderScanner(camera, framesOf(null, null, CARD));
    expect(screen.getByRole('heading', { name: 'Đọc thẻ căn cước' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Kiểm tra thông tin trên thẻ' })).toBeInTheDocument();
    // Privacy: the preview is gone, and so is the camera.
    // The stream stops in the preview's effect clean-up, just after the confirmation renders.
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(0));
    expect(row(/Họ, chữ đệm và tên/)).toHaveAccessibleName('Họ, chữ đệm và tên Nguyễn Thị Mai Anh');
    expect(row(/Số định danh cá nhân/)).toHaveAccessibleName('Số định danh cá nhân 001190012345');
    expect(row(/Ngày sinh/)).toHaveAccessibleName('Ngày sinh 15/03/1990');
    expect(row(/Giới tính/)).toHaveAccessibleName('Giới tính Nữ');
    expect(row(/Nơi thường trú/)).toHaveAccessibleName(`Nơi thường trú ${ADDRESS}`);
  });

  it('uses nothing until every field is judged, and leaves out a field marked wrong', async () => {
    const camera = fakeCamera();
    const { onConfirmed } = renderScanner(camera, framesOf(CARD));
    await screen.findByRole('heading', { name: 'Kiểm tra thông tin trên thẻ' });
    const next = screen.getByRole('button', { name: 'Tiếp tục' });
    expect(next).toBeDisabled();
    expect(next).toHaveAccessibleDescription('Vui lòng chạm Đúng hoặc Sai ở từng dòng trước khi tiếp tục.');
    for (const name of [/Họ, chữ đệm/, /Số định danh/, /Ngày sinh/, /Giới tính/]) {
      await userEvent.click(within(row(name)).getByRole('button', { name: 'Đúng' }));
    }
    expect(next).toBeDisabled();
    const wrong = within(row(/Nơi thường trú/)).getByRole('button', { name: 'Sai' });
    await userEvent.click(wrong);
    expect(wrong).toHaveAttribute('aria-pressed', 'true');
    expect(next).toBeEnabled();
    await userEvent.click(next);
    expect(onConfirmed).toHaveBeenCalledWith({
      fullName: 'Nguyễn Thị Mai Anh',
      idNumber: '001190012345',
      dateOfBirth: '1990-03-15',
      sex: 'female',
    });
  });

  it('says when a QR is not an ID card, and keeps looking', async () => {
    const camera = fakeCamera();
    const readFrame = framesOf(VIETQR, VIETQR, VIETQR, CARD);
    renderScanner(camera, readFrame);
    expect(
      await screen.findByText(
        'Mã QR này không phải mã trên thẻ căn cước. Vui lòng đưa mã QR trên thẻ căn cước.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Kiểm tra thông tin trên thẻ' })).toBeInTheDocument();
    expect(readFrame.mock.calls.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a card whose ID contradicts the birth year', async () => {
    const camera = fakeCamera();
    renderScanner(camera, framesOf(CARD.replace('15031990', '15031991')), 'en');
    expect(await screen.findByText(/do not match each other/)).toBeInTheDocument();
    expect(camera.liveTracks()).toBe(1);
  });

  it('shows the sex mismatch warning on the confirmation screen', async () => {
    const camera = fakeCamera();
    renderScanner(camera, framesOf(CARD.replace('|Nữ|', '|Nam|')));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chữ số thứ tư của số định danh không khớp giới tính',
    );
  });

  it('scans again on request, with the camera back on', async () => {
    const camera = fakeCamera();
    renderScanner(camera, framesOf(CARD));
    await screen.findByRole('heading', { name: 'Kiểm tra thông tin trên thẻ' });
    await userEvent.click(screen.getByRole('button', { name: 'Quét lại' }));
    expect(screen.getByRole('heading', { name: 'Đọc thẻ căn cước' })).toBeInTheDocument();
    expect(camera.opens).toBe(2);
  });

  it('lets the resident type instead; the camera goes off with the screen', async () => {
    const camera = fakeCamera();
    const { onCancel, unmount } = renderScanner(camera, framesOf(null));
    await vi.waitFor(() => expect(camera.liveTracks()).toBe(1));
    await userEvent.click(screen.getByRole('button', { name: 'Không quét, tự nhập' }));
    expect(onCancel).toHaveBeenCalledOnce();
    unmount();
    expect(camera.liveTracks()).toBe(0);
  });

  it('does not read frames while the camera is refused', async () => {
    const camera = fakeCamera();
    camera.failNext('NotAllowedError');
    const readFrame = framesOf(CARD);
    renderScanner(camera, readFrame);
    expect(await screen.findByRole('alert')).toHaveTextContent('Máy chưa được phép dùng camera');
    expect(readFrame).not.toHaveBeenCalled();
  });
});
