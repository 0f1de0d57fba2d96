import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RECEIPT_ALPHABET } from '../../../shared/receipt/receipt-code';
import { Button } from '../../ui/Button';

/** A receipt code has 8 characters and a check character: XXXX-XXXX-C. */
export const RECEIPT_CODE_LENGTH = 9;

/** XXXX-XXXX-C, with a placeholder for each character still to come. */
export function formatPartialCode(compact: string): string {
  const slots = compact.padEnd(RECEIPT_CODE_LENGTH, '_');
  return `${slots.slice(0, 4)}-${slots.slice(4, 8)}-${slots.slice(8)}`;
}

/**
 * A big on-screen pad with only the characters a receipt code can hold (no 0/O, 1/I/L…), so a
 * resident cannot type a look-alike; the check character then catches any remaining slip.
 */
export function ReceiptCodePad({
  value,
  onChange,
  disabled,
  problem,
}: {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  /** Shown right under the code, where the resident is looking (e.g. a typo). */
  problem?: ReactNode;
}) {
  const { t } = useTranslation();
  const full = value.length >= RECEIPT_CODE_LENGTH;
  return (
    <div className="code-pad">
      <p
        className="code-entry"
        aria-live="polite"
        aria-label={
          value === ''
            ? t('statusLookup.codeEmpty')
            : t('statusLookup.codeAria', { code: value.split('').join(' ') })
        }
      >
        {formatPartialCode(value)}
      </p>
      {problem}
      <div className="code-keys" role="group" aria-label={t('statusLookup.keypad')}>
        {[...RECEIPT_ALPHABET].map((character) => (
          <Button
            key={character}
            variant="secondary"
            className="code-key"
            disabled={disabled || full}
            onClick={() => onChange(value + character)}
          >
            {character}
          </Button>
        ))}
      </div>
      <div className="code-edit">
        <Button
          variant="secondary"
          disabled={disabled || value === ''}
          onClick={() => onChange(value.slice(0, -1))}
        >
          {t('statusLookup.backspace')}
        </Button>
        <Button variant="secondary" disabled={disabled || value === ''} onClick={() => onChange('')}>
          {t('statusLookup.clear')}
        </Button>
      </div>
    </div>
  );
}
