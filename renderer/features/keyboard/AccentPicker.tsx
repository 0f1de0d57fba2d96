import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { accentAlternatives } from '../../../shared/text/vietnamese-input';
import { KeyButton } from './KeyButton';

const TONES_PER_ROW = 6;

/**
 * The letters a held key offers, one row per letter (a, ă, â), one column per tone (ngang, huyền,
 * sắc, hỏi, ngã, nặng), so the same tone is always in the same place. It takes the keyboard's
 * place until the resident picks a letter or closes it.
 */
export function AccentPicker({
  letter,
  onPick,
  onClose,
}: {
  letter: string;
  onPick: (letter: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const alternatives = accentAlternatives(letter);
  const rows: string[][] = [];
  for (let i = 0; i < alternatives.length; i += TONES_PER_ROW)
    rows.push(alternatives.slice(i, i + TONES_PER_ROW));
  return (
    <div className="osk-picker" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="osk-picker-title">
        {t('keyboard.pickerTitle', { letter })}
      </p>
      {rows.map((row) => (
        <div key={row[0]} className="osk-row osk-picker-row">
          {row.map((alternative) => (
            <KeyButton
              key={alternative}
              className="osk-letter osk-picker-letter"
              dataKey={alternative}
              onPress={() => onPick(alternative)}
            >
              {alternative}
            </KeyButton>
          ))}
        </div>
      ))}
      <div className="osk-row">
        <KeyButton className="osk-wide osk-close" onPress={onClose}>
          {t('keyboard.close')}
        </KeyButton>
      </div>
    </div>
  );
}
