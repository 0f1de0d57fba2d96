import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../ui/format-vnd';
import { NumberField, type BoundedNumberProps } from './NumberField';

/**
 * An amount in đồng (business capital): typed on the number pad with its "000" key, shown as
 * 150.000.000 ₫, and bounded by the question's min..max, which the hint under the box states.
 */
export function MoneyInput({ min, max, ...field }: BoundedNumberProps) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatVnd(amount, i18n.language);
  const rangeText =
    min === 0
      ? t('wizard.money.upTo', { max: money(max) })
      : t('wizard.money.range', { min: money(min), max: money(max) });
  return <NumberField {...field} layout="money" unit={t('wizard.money.unit')} rangeText={rangeText} />;
}
