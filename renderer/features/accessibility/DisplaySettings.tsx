import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TEXT_SIZES } from './accessibility-settings';
import { useAccessibilityServices } from './AccessibilityContext';
import { TextSizeIcon, TickIcon } from './icons';
import { useAccessibilitySettings } from './useAccessibilitySettings';
import './accessibility.css';

const SIZE_LABELS = {
  normal: 'accessibility.textSize.normal',
  large: 'accessibility.textSize.large',
  extraLarge: 'accessibility.textSize.extraLarge',
} as const;

/** Opens and closes the text-size and contrast panel. */
export function DisplaySettingsButton({
  panelId,
  open,
  onToggle,
  ref,
}: {
  panelId: string;
  open: boolean;
  onToggle: () => void;
  /** Where focus returns when the panel closes. */
  ref?: Ref<HTMLButtonElement>;
}) {
  const { t } = useTranslation();
  return (
    <Button
      ref={ref}
      variant="quiet"
      className="a11y-button"
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      onClick={onToggle}
    >
      <TextSizeIcon />
      {t('accessibility.display.open')}
    </Button>
  );
}

/**
 * Text size (three steps) and high contrast, for this resident only: the session's end resets them.
 * The choices apply at once, so the resident sees the effect on the screen below.
 */
export function DisplaySettingsPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { store } = useAccessibilityServices();
  const settings = useAccessibilitySettings();
  return (
    <section id={id} className="a11y-panel" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="a11y-panel-title">
        {t('accessibility.display.title')}
      </p>
      <div className="a11y-panel-row" role="group" aria-labelledby={`${id}-size`}>
        <span id={`${id}-size`} className="a11y-panel-label">
          {t('accessibility.textSize.label')}
        </span>
        {TEXT_SIZES.map((size) => (
          <Button
            key={size}
            variant="secondary"
            className={`a11y-choice a11y-size-${size}`}
            aria-pressed={settings.textSize === size}
            onClick={() => store.setTextSize(size)}
          >
            <TickIcon />
            <span className="a11y-sample" aria-hidden="true">
              {t('accessibility.textSize.sample')}
            </span>
            {t(SIZE_LABELS[size])}
          </Button>
        ))}
      </div>
      <div className="a11y-panel-row">
        <span className="a11y-panel-label">{t('accessibility.contrast.label')}</span>
        <Button
          variant="secondary"
          className="a11y-choice"
          aria-pressed={settings.highContrast}
          onClick={() => store.setHighContrast(!settings.highContrast)}
        >
          <TickIcon />
          {t('accessibility.contrast.high')}
        </Button>
        <Button className="a11y-close" onClick={onClose}>
          {t('accessibility.display.close')}
        </Button>
      </div>
    </section>
  );
}
