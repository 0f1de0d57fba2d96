import { useTranslation } from 'react-i18next';
import type { KeyboardField } from '../../../shared/text/vietnamese-input';
import { ACCENT_KEYS, applyAccent, type AccentId, type AccentKey } from './accent-keys';
import { KeyButton } from './KeyButton';

// Literal keys, so the i18n check sees each one used.
const ACCENT_NAMES = {
  sac: 'keyboard.accent.sac',
  huyen: 'keyboard.accent.huyen',
  hoi: 'keyboard.accent.hoi',
  nga: 'keyboard.accent.nga',
  nang: 'keyboard.accent.nang',
  ngang: 'keyboard.accent.ngang',
  circumflex: 'keyboard.accent.circumflex',
  breve: 'keyboard.accent.breve',
  horn: 'keyboard.accent.horn',
  stroke: 'keyboard.accent.stroke',
} as const satisfies Record<AccentId, string>;

/**
 * The top of the Vietnamese keyboard: how to get an accented letter (`hintId`, which the letter
 * keys point to), then one key per tone and letter mark, resting when it cannot apply.
 */
export function AccentRow({
  field,
  hintId,
  onAccent,
}: {
  field: KeyboardField;
  hintId: string;
  onAccent: (accent: AccentKey) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p id={hintId} className="osk-hint">
        {t('keyboard.hint')}
      </p>
      <div className="osk-row osk-accents" role="group" aria-label={t('keyboard.accents')}>
        {ACCENT_KEYS.map((accent) => (
          <KeyButton
            key={accent.id}
            className="osk-letter osk-accent"
            name={t(ACCENT_NAMES[accent.id])}
            dataKey={`accent-${accent.id}`}
            inactive={applyAccent(field, accent) === null}
            onPress={() => onAccent(accent)}
          >
            {accent.glyph ?? t(ACCENT_NAMES[accent.id])}
          </KeyButton>
        ))}
      </div>
    </>
  );
}
