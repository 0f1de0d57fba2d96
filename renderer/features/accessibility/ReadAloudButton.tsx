import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { SpeakerIcon, StopIcon } from './icons';
import type { ReadAloudControl } from './useReadAloud';
import './accessibility.css';

/** "Đọc to": reads the screen, "Dừng đọc" while it does. Without a voice it explains instead. */
export function ReadAloudButton({ control }: { control: ReadAloudControl }) {
  const { t } = useTranslation();
  return (
    <Button
      data-read-aloud-button=""
      variant="quiet"
      className="a11y-button"
      aria-describedby={control.noticeShown ? control.noticeId : undefined}
      onClick={control.press}
    >
      {control.speaking ? <StopIcon /> : <SpeakerIcon />}
      {control.speaking ? t('accessibility.readAloud.stop') : t('accessibility.readAloud.start')}
    </Button>
  );
}

/** The explanation under the top bar when this kiosk cannot read the screen's language aloud. */
export function ReadAloudNotice({ control }: { control: ReadAloudControl }) {
  const { t } = useTranslation();
  if (!control.noticeShown) return null;
  return (
    <p id={control.noticeId} role="status" className="a11y-notice">
      {t('accessibility.readAloud.unavailable')}
    </p>
  );
}
