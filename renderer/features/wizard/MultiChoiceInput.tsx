import { useTranslation } from 'react-i18next';
import { joinMultiChoice, splitMultiChoice, type ChoiceOption } from '../../../shared/procedures/form-schema';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';

/**
 * Several options as toggle tiles: buttons that stay pressed, large enough for a finger, with no
 * small check boxes to aim at. Once `maxSelected` are chosen the others rest until one is released.
 */
export function MultiChoiceInput({
  id,
  legend,
  value,
  options,
  minSelected,
  maxSelected,
  describedBy,
  onChange,
}: {
  id: string;
  legend: string;
  value: string;
  options: readonly ChoiceOption[];
  minSelected: number | undefined;
  maxSelected: number | undefined;
  describedBy: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const chosen = new Set(splitMultiChoice(value));
  const full = maxSelected !== undefined && chosen.size >= maxSelected;
  const toggle = (option: string) => {
    const next = new Set(chosen);
    if (!next.delete(option)) next.add(option);
    onChange(joinMultiChoice(options, next));
  };
  return (
    <fieldset className="choice" aria-describedby={[`${id}-rule`, describedBy].filter(Boolean).join(' ')}>
      <legend>{legend}</legend>
      <p className="hint" id={`${id}-rule`}>
        {selectionRule(t, minSelected, maxSelected)}
      </p>
      <div className="choice-grid">
        {options.map((option) => {
          const pressed = chosen.has(option.value);
          return (
            <Button
              key={option.value}
              variant="secondary"
              className={pressed ? 'toggle-tile selected' : 'toggle-tile'}
              aria-pressed={pressed}
              disabled={!pressed && full}
              onClick={() => toggle(option.value)}
            >
              <span className="toggle-mark" aria-hidden="true" />
              <span>{localized(option.label)}</span>
            </Button>
          );
        })}
      </div>
    </fieldset>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function selectionRule(t: T, min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) {
    return min === max
      ? t('wizard.multiChoice.exactly', { max })
      : t('wizard.multiChoice.between', { min, max });
  }
  if (max !== undefined) return t('wizard.multiChoice.atMost', { max });
  if (min !== undefined && min > 1) return t('wizard.multiChoice.atLeast', { min });
  return t('wizard.multiChoice.any');
}
