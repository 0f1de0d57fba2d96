import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintResult, ReceiptPrint } from '../../../shared/ipc/receipt-print';
import { Button } from '../../ui/Button';

type PrintState = 'idle' | 'printing' | 'printed' | 'no_printer' | 'busy' | 'failed';

/** Literal keys, so the i18n check can see every message this button may show. */
const MESSAGE = {
  idle: null,
  printing: 'print.printing',
  printed: 'print.printed',
  no_printer: 'print.noPrinter',
  busy: 'print.busy',
  failed: 'print.failed',
} as const;

/**
 * "In biên nhận": asks the main process to print the receipt on screen (its @media print layout).
 * Whatever happens, the resident gets a sentence, never a silent failure; a broken bridge counts
 * as a failed print.
 */
export function PrintButton({
  receipt,
  print,
}: {
  receipt: ReceiptPrint;
  print: (receipt: ReceiptPrint) => Promise<PrintResult>;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<PrintState>('idle');
  const onPrint = async () => {
    setState('printing');
    const result = await print(receipt).catch((): PrintResult => ({ ok: false, reason: 'failed' }));
    setState(result.ok ? 'printed' : result.reason);
  };
  const message = MESSAGE[state];
  return (
    <>
      <p className="print-message" aria-live="polite">
        {message && t(message)}
      </p>
      <Button variant="secondary" onClick={() => void onPrint()} disabled={state === 'printing'}>
        {t('print.button')}
      </Button>
    </>
  );
}
