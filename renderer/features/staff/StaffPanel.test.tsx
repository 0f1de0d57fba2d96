import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RecentLogEntry } from '../../../shared/staff/recent-log-entry';
import { submissionRequest } from '../../../tests/support/submission-request';
import { staffAudit } from './staff-audit';
import { StaffPanel } from './StaffPanel';
import { renderWithServices, staffServices } from './testing/staff-fixture';

const LOG: RecentLogEntry[] = [
  {
    time: '2026-11-23T03:00:05.000Z',
    level: 'warn',
    event: 'sync.retry_scheduled',
    data: { reason: 'network', delayMs: 900 },
  },
  { time: '2026-11-23T03:00:01.000Z', level: 'info', event: 'staff.unlock' },
];

async function openPanel() {
  const fixture = staffServices({
    recentLog: () => LOG,
    printerStatus: () => ({
      printerCount: 2,
      configuredName: 'Receipts-80mm',
      receiptPrinter: { name: 'Receipts-80mm', state: 'stopped', reason: 'media-empty-error' },
    }),
  });
  // A resident's queued submission, a quick survey and a staff event: the panel may count them, no more.
  const request = submissionRequest(7, { procedureId: 'HT-KS' });
  await fixture.services.outbox.enqueue(request);
  await fixture.services.surveys?.enqueue({
    surveyId: '5a000000-0000-4000-8000-000000000009',
    kioskId: 'HN-T',
    wardCode: '00004',
    procedureId: 'HT-KS',
    locale: 'vi',
    answeredHour: '2026-11-23T03:00:00.000Z',
    answers: [{ questionId: 'overall', level: 2 }],
  });
  const onExit = vi.fn();
  const onAssistedSession = vi.fn();
  renderWithServices(
    <StaffPanel
      record={staffAudit(fixture.services)}
      onExit={onExit}
      onAssistedSession={onAssistedSession}
    />,
    fixture.services,
  );
  await screen.findByText('Hồ sơ chờ gửi: 1');
  return { ...fixture, request, onExit, onAssistedSession, user: userEvent.setup() };
}

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('the staff panel', () => {
  it('shows the queue in counts, the device, the configuration and the recent log', async () => {
    await openPanel();
    const queue = section('Hàng đợi gửi');
    expect(queue.getByText('Hồ sơ chờ gửi: 1')).toBeInTheDocument();
    expect(queue.getByText('Thành phố không nhận (cần xử lý): 0')).toBeInTheDocument();
    expect(queue.getByText('Khảo sát chờ gửi: 1 · bị từ chối: 0')).toBeInTheDocument();
    expect(queue.getByText('Hồ sơ chờ lâu nhất: 0 phút')).toBeInTheDocument();

    const health = section('Tình trạng thiết bị');
    await waitFor(() => expect(health.getByText('Máy chủ thành phố: không trả lời')).toBeInTheDocument());
    expect(health.getByText('Máy in: Receipts-80mm')).toBeInTheDocument();
    expect(health.getByText('Trạng thái máy in: đã dừng')).toBeInTheDocument();
    expect(health.getByText('Máy in báo: media-empty-error')).toBeInTheDocument();
    expect(health.getByText('Phiên bản ứng dụng: 1.2.3 (electron)')).toBeInTheDocument();
    expect(health.getByText('Camera: không rõ')).toBeInTheDocument(); // jsdom has no media devices

    const config = section('Cấu hình');
    expect(config.getByText('Mã máy: HN-T')).toBeInTheDocument();
    expect(config.getByText('Địa chỉ API của thành phố: https://city.example')).toBeInTheDocument();

    const log = section('Nhật ký gần đây');
    const lines = log.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines[0]).toMatch(/sync\.retry_scheduled reason=network delayMs=900$/);
    expect(lines[1]).toMatch(/staff\.unlock $/);
  });

  it('never shows anything of a resident: no receipt code, id or sealed data', async () => {
    const { request } = await openPanel();
    await waitFor(() => expect(screen.getByText(/Máy chủ thành phố: không trả lời/)).toBeInTheDocument());
    const text = document.body.textContent ?? '';
    for (const secret of [
      request.receiptCode,
      request.submissionId,
      request.sealed.ciphertext,
      request.sealed.wrappedKey,
      '5a000000-0000-4000-8000-000000000009',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('"send now" asks the sync engine for a pass, reports the outcome and audits it', async () => {
    const panel = await openPanel();
    const syncNow = vi.spyOn(panel.services.sync, 'syncNow');
    await panel.user.click(screen.getByRole('button', { name: 'Gửi ngay' }));
    await waitFor(() =>
      expect(screen.getByText('Chưa kết nối được với thành phố. Máy sẽ tự thử lại.')).toBeInTheDocument(),
    );
    expect(syncNow).toHaveBeenCalledOnce();
    await waitFor(async () =>
      expect(await panel.auditedActions()).toEqual([['staff.force_sync', { waiting: 1, outcome: 'failed' }]]),
    );
    expect(panel.calls.filter((c) => c.method === 'log').map((c) => c.args[0])).toContainEqual({
      level: 'info',
      event: 'staff.force_sync',
      data: { waiting: 1, outcome: 'failed' },
    });
  });

  it('offers the two ways out', async () => {
    const panel = await openPanel();
    await panel.user.click(screen.getByRole('button', { name: 'Bắt đầu phiên hỗ trợ người dân' }));
    expect(panel.onAssistedSession).toHaveBeenCalledOnce();
    await panel.user.click(screen.getByRole('button', { name: 'Thoát chế độ cán bộ' }));
    expect(panel.onExit).toHaveBeenCalledOnce();
  });
});
