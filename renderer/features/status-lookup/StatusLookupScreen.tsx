import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../shared/procedures/procedure-schema';
import { normalizeReceiptCode } from '../../../shared/receipt/receipt-code';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import type { ReceiptLookup } from './create-receipt-lookup';
import { LookupResultView } from './LookupResultView';
import type { LookupResult } from './lookup-receipt';
import { RECEIPT_CODE_LENGTH, ReceiptCodePad } from './ReceiptCodePad';
import './status-lookup.css';

type Phase =
  | { name: 'entry'; problem: 'incomplete' | 'typo' | null }
  | { name: 'looking'; code: string }
  | { name: 'result'; code: string; result: LookupResult };

/**
 * "Tra cứu hồ sơ": the resident types a receipt code on the pad, the check character catches a
 * typo before anything is asked, then the answer comes from this kiosk or the city. Back and home
 * are always there; the code is forgotten when the screen closes.
 */
export function StatusLookupScreen({
  lookup,
  catalog,
  onBack,
  onHome,
}: {
  lookup: ReceiptLookup;
  catalog: Catalog;
  onBack: () => void;
  onHome: () => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [code, setCode] = useState('');
  const [phase, setPhase] = useState<Phase>({ name: 'entry', problem: null });

  const run = async (normalized: string) => {
    setPhase({ name: 'looking', code: normalized });
    const result = await lookup(normalized).catch((): LookupResult => ({ kind: 'offline' }));
    setPhase({ name: 'result', code: normalized, result });
  };
  const submit = async () => {
    if (code.length < RECEIPT_CODE_LENGTH) return setPhase({ name: 'entry', problem: 'incomplete' });
    const normalized = normalizeReceiptCode(code);
    if (!normalized) return setPhase({ name: 'entry', problem: 'typo' });
    await run(normalized);
  };
  const again = () => {
    setCode('');
    setPhase({ name: 'entry', problem: null });
  };
  const procedureName = (id: string | null) => {
    const procedure = id ? catalog.procedures.find((p) => p.id === id) : undefined;
    return procedure ? localized(procedure.name) : null;
  };

  if (phase.name === 'result') {
    return (
      <Screen
        title={t('statusLookup.title')}
        onBack={onBack}
        onHome={onHome}
        actions={
          <>
            {phase.result.kind === 'offline' && (
              <Button variant="secondary" onClick={() => void run(phase.code)}>
                {t('statusLookup.retry')}
              </Button>
            )}
            <Button onClick={again}>{t('statusLookup.another')}</Button>
          </>
        }
      >
        <LookupResultView code={phase.code} result={phase.result} procedureName={procedureName} />
      </Screen>
    );
  }

  const looking = phase.name === 'looking';
  return (
    <Screen
      title={t('statusLookup.title')}
      onBack={onBack}
      onHome={onHome}
      actions={
        <Button onClick={() => void submit()} disabled={looking}>
          {looking ? t('statusLookup.looking') : t('statusLookup.lookUp')}
        </Button>
      }
    >
      <p className="lead">{t('statusLookup.lead')}</p>
      <ReceiptCodePad
        value={code}
        disabled={looking}
        onChange={(next) => {
          setCode(next);
          setPhase({ name: 'entry', problem: null });
        }}
        problem={
          phase.name === 'entry' &&
          phase.problem && (
            <p role="alert" className="issue-error">
              {phase.problem === 'typo' ? t('statusLookup.typo') : t('statusLookup.incomplete')}
            </p>
          )
        }
      />
    </Screen>
  );
}
