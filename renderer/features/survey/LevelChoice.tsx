import { useTranslation } from 'react-i18next';
import { SATISFACTION_LEVELS, type SatisfactionLevel } from '../../../shared/survey/survey-definition';
import { SatisfactionFace } from './SatisfactionFace';
import { LEVEL_TEXT } from './survey-text';

/** The 5-level scale as one radio group of large face tiles; the whole tile is the touch target. */
export function LevelChoice({
  name,
  labelledBy,
  describedBy,
  value,
  onChange,
}: {
  name: string;
  labelledBy: string;
  describedBy: string | undefined;
  value: SatisfactionLevel | undefined;
  onChange: (level: SatisfactionLevel) => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="survey-levels"
    >
      {SATISFACTION_LEVELS.map((level) => (
        <label key={level} className={level === value ? 'survey-level selected' : 'survey-level'}>
          <input
            type="radio"
            name={name}
            value={level}
            checked={level === value}
            onChange={() => onChange(level)}
          />
          <SatisfactionFace level={level} />
          <span>{t(LEVEL_TEXT[level])}</span>
        </label>
      ))}
    </div>
  );
}
