import { findCommuneByCode } from '../../../shared/admin-units/find-commune-by-code';
import { communeEnglishName } from '../../../shared/admin-units/hanoi-commune';
import { pickLocalized } from '../../../shared/i18n/localized-text';
import { splitMultiChoice, type Question } from '../../../shared/procedures/form-schema';
import type { Catalog } from '../../../shared/procedures/procedure-schema';
import { formatDate } from '../../../shared/validation/dates';
import { parseMoneyAmount } from '../../../shared/procedures/money-amount';
import { formatPhone, normalizePhone } from '../../../shared/validation/phone';
import { formatVnd } from '../../ui/format-vnd';
import { groupForLocale } from './number-display';
import { optionsFor } from './question-options';

/** How an answer reads back on the check-answers page. Empty answers return ''. */
export function formatAnswer(question: Question, value: string, catalog: Catalog, locale: string): string {
  if (value === '') return '';
  switch (question.type) {
    case 'choice':
    case 'multiChoice': {
      const options = optionsFor(question, catalog);
      const chosen = question.type === 'choice' ? [value] : splitMultiChoice(value);
      return chosen
        .map((v) => {
          const option = options.find((o) => o.value === v);
          return option ? pickLocalized(option.label, locale) : v;
        })
        .join(', ');
    }
    case 'pastDate':
    case 'date':
      return formatDate(value);
    case 'phone':
      return formatPhone(normalizePhone(value) ?? value);
    case 'commune':
      return communeName(value, locale);
    case 'money': {
      const amount = parseMoneyAmount(value);
      return amount === null ? value : formatVnd(amount, locale);
    }
    case 'integer':
      return groupForLocale(value, locale);
    default:
      return value;
  }
}

/** A unit's official name; in English its ASCII form, which foreign residents can read and type. */
export function communeName(code: string, locale: string): string {
  const unit = findCommuneByCode(code);
  if (!unit) return code;
  return locale === 'en' ? communeEnglishName(unit) : unit.name;
}
