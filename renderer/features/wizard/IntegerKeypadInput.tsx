import { useTranslation } from 'react-i18next';
import { groupForLocale } from './number-display';
import { NumberField, type BoundedNumberProps } from './NumberField';

/** A whole number over a wide range (m², workers, pages), typed on the number pad (integer-entry.ts). */
export function IntegerKeypadInput({ min, max, ...field }: BoundedNumberProps) {
  const { t, i18n } = useTranslation();
  const rangeText = t('wizard.number.range', {
    min: groupForLocale(String(min), i18n.language),
    max: groupForLocale(String(max), i18n.language),
  });
  return <NumberField {...field} layout="numeric" rangeText={rangeText} />;
}
