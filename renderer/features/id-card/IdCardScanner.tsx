import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCccdQr, type CccdCard, type CccdQrErrorCode } from '../../../shared/identity/cccd-qr';
import type { CccdPrefill } from '../../../shared/identity/cccd-prefill';
import type { CalendarDate } from '../../../shared/validation/dates';
import type { ValidationIssue } from '../../../shared/validation/validation-issue';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { CameraPreview } from '../camera/CameraPreview';
import { useCamera } from '../camera/useCamera';
import { ID_CARD_PROBLEM_KEYS } from './id-card-problems';
import { IdCardConfirm } from './IdCardConfirm';
import { readQrFromVideo, type ReadQrFrame } from './read-qr-from-video';
import { useQrScan } from './useQrScan';
import './id-card.css';

export interface IdCardScannerProps {
  /** Today in Asia/Ho_Chi_Minh: a date on the card after it is a misread. */
  today: CalendarDate;
  /** Only the fields the resident confirmed; the ones they marked wrong are absent. */
  onConfirmed(prefill: CccdPrefill): void;
  /** The resident would rather type (no card, camera trouble). */
  onCancel(): void;
  onBack?(): void;
  onHome?(): void;
  /** Reads one camera frame; tests pass a fake. */
  readFrame?: ReadQrFrame;
}

/**
 * "Đọc thẻ căn cước": a live preview that reads the QR on the chip ID card, then the card's fields
 * for the resident to confirm one by one. The camera is on only while the preview is shown.
 */
export function IdCardScanner({ readFrame = readQrFromVideo, ...props }: IdCardScannerProps) {
  const [read, setRead] = useState<{ card: CccdCard; warnings: ValidationIssue[] } | null>(null);
  if (read) {
    return (
      <IdCardConfirm
        card={read.card}
        warnings={read.warnings}
        onConfirmed={props.onConfirmed}
        onRescan={() => setRead(null)}
        onHome={props.onHome}
      />
    );
  }
  return <IdCardScan {...props} readFrame={readFrame} onCard={setRead} />;
}

function IdCardScan({
  today,
  readFrame,
  onCard,
  onCancel,
  onBack,
  onHome,
}: Omit<IdCardScannerProps, 'onConfirmed'> & {
  readFrame: ReadQrFrame;
  onCard(read: { card: CccdCard; warnings: ValidationIssue[] }): void;
}) {
  const { t } = useTranslation();
  const camera = useCamera('scan');
  const [problem, setProblem] = useState<CccdQrErrorCode | null>(null);
  useQrScan(camera.videoRef, camera.state.status === 'live', readFrame, (text) => {
    const parsed = parseCccdQr(text, today);
    if (parsed.ok) onCard(parsed);
    else setProblem(parsed.error);
  });
  const live = camera.state.status === 'live';
  return (
    <Screen
      title={t('idCard.title')}
      onBack={onBack}
      onHome={onHome}
      actions={
        <Button variant="secondary" onClick={onCancel}>
          {t('idCard.typeInstead')}
        </Button>
      }
    >
      <p className="id-card-instruction">{t('idCard.instruction')}</p>
      <CameraPreview camera={camera} label={t('idCard.preview')} />
      <p className={problem ? 'id-card-status issue-warning' : 'id-card-status'} role="status">
        {problem ? t(ID_CARD_PROBLEM_KEYS[problem]) : live ? t('idCard.looking') : ''}
      </p>
    </Screen>
  );
}
