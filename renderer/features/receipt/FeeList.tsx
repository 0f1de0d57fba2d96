import { useTranslation } from 'react-i18next';
import type { Fee, FeeUnit } from '../../../shared/procedures/procedure-schema';
import { useLocalized } from '../../i18n/useLocalized';
import { formatVnd } from '../../ui/format-vnd';

// Literal keys, so the i18n check sees each one used.
const RATE_KEYS = {
  copy: 'fees.rate.copy',
  page: 'fees.rate.page',
  case: 'fees.rate.case',
  contract: 'fees.rate.contract',
  person: 'fees.rate.person',
} as const satisfies Record<FeeUnit, string>;

/**
 * Fees as the catalog gives them, one per line: "Bản sao trích lục khai sinh: 8.000 ₫ mỗi bản
 * (Nếu cần)". The rate says what the amount is charged per, so a per-copy or per-page fee never
 * reads as a one-off sum, and a condition says when it applies. Used before starting (all fees)
 * and on the receipt (the ones the office works out).
 */
export function FeeList({ fees }: { fees: readonly Fee[] }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const rate = (fee: Fee) => {
    if (fee.amountVnd === 0) return t('procedure.free');
    const amount = formatVnd(fee.amountVnd, i18n.language);
    return fee.per ? t(RATE_KEYS[fee.per], { amount }) : amount;
  };
  return (
    <ul className="facts">
      {fees.map((fee, i) => (
        <li key={i}>
          {localized(fee.name)}: <strong>{rate(fee)}</strong>
          {fee.condition && <span className="condition"> ({localized(fee.condition)})</span>}
        </li>
      ))}
    </ul>
  );
}
