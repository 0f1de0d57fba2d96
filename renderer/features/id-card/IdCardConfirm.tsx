import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CccdCard } from '../../../shared/identity/cccd-qr';
import {
  allFieldsDecided,
  CCCD_PREFILL_FIELDS,
  confirmedPrefill,
  type CccdPrefill,
  type CccdPrefillField,
  type FieldVerdict,
} from '../../../shared/identity/cccd-prefill';
import { formatDate } from '../../../shared/validation/dates';
import type { ValidationIssue } from '../../../shared/validation/validation-issue';
import { Button } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { IssueList } from '../wizard/IssueList';

const FIELD_KEYS = {
  fullName: 'idCard.field.fullName',
  idNumber: 'idCard.field.idNumber',
  dateOfBirth: 'idCard.field.dateOfBirth',
  sex: 'idCard.field.sex',
  address: 'idCard.field.address',
} as const satisfies Record<CccdPrefillField, string>;

const SEX_KEYS = { male: 'idCard.sex.male', female: 'idCard.sex.female' } as const;

/**
 * The card's fields, each with "Đúng" / "Sai": nothing read from the card is used until the
 * resident has judged every line; a line marked wrong is left for them to type later.
 */
export function IdCardConfirm({
  card,
  warnings,
  onConfirmed,
  onRescan,
  onHome,
}: {
  card: CccdCard;
  warnings: readonly ValidationIssue[];
  onConfirmed(prefill: CccdPrefill): void;
  onRescan(): void;
  onHome?(): void;
}) {
  const { t } = useTranslation();
  const [verdicts, setVerdicts] = useState<Partial<Record<CccdPrefillField, FieldVerdict>>>({});
  const decided = allFieldsDecided(verdicts);
  const shown = (field: CccdPrefillField): string => {
    if (field === 'dateOfBirth') return formatDate(card.dateOfBirth);
    if (field === 'sex') return t(SEX_KEYS[card.sex]);
    return card[field];
  };
  const judge = (field: CccdPrefillField, verdict: FieldVerdict) =>
    setVerdicts((current) => ({ ...current, [field]: verdict }));

  return (
    <Screen
      title={t('idCard.confirm.title')}
      onHome={onHome}
      actions={
        <>
          <Button variant="secondary" onClick={onRescan}>
            {t('idCard.confirm.rescan')}
          </Button>
          <Button
            disabled={!decided}
            aria-describedby={decided ? undefined : 'id-card-undecided'}
            onClick={() => onConfirmed(confirmedPrefill(card, verdicts))}
          >
            {t('idCard.confirm.continue')}
          </Button>
        </>
      }
    >
      <p>{t('idCard.confirm.intro')}</p>
      <IssueList id="id-card-warnings" issues={warnings} />
      <ul className="id-card-fields">
        {CCCD_PREFILL_FIELDS.map((field) => (
          <li key={field} className="id-card-field" data-verdict={verdicts[field]}>
            <div className="id-card-text">
              <span id={`id-card-label-${field}`} className="id-card-label">
                {t(FIELD_KEYS[field])}
              </span>
              <span id={`id-card-value-${field}`} className="id-card-value">
                {shown(field)}
              </span>
            </div>
            <div
              role="group"
              aria-labelledby={`id-card-label-${field} id-card-value-${field}`}
              className="id-card-verdict"
            >
              <Button
                variant="secondary"
                className={verdicts[field] === 'correct' ? 'verdict-chosen' : undefined}
                aria-pressed={verdicts[field] === 'correct'}
                onClick={() => judge(field, 'correct')}
              >
                {t('idCard.confirm.correct')}
              </Button>
              <Button
                variant="secondary"
                className={verdicts[field] === 'wrong' ? 'verdict-chosen' : undefined}
                aria-pressed={verdicts[field] === 'wrong'}
                onClick={() => judge(field, 'wrong')}
              >
                {t('idCard.confirm.wrong')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {!decided && (
        <p id="id-card-undecided" className="id-card-undecided">
          {t('idCard.confirm.undecided')}
        </p>
      )}
    </Screen>
  );
}
