import type { Question } from '../../../shared/procedures/form-schema';
import type { Catalog } from '../../../shared/procedures/procedure-schema';
import { pickLocalized } from '../../../shared/i18n/localized-text';
import { formatDate } from '../../../shared/validation/dates';
import { formatPhone, normalizePhone } from '../../../shared/validation/phone';
import { optionsFor } from './question-options';

/** How an answer reads back on the check-answers page. Empty answers return ''. */
export function formatAnswer(question: Question, value: string, catalog: Catalog, locale: string): string {
  if (value === '') return '';
  switch (question.type) {
    case 'choice': {
      const option = optionsFor(question, catalog).find((o) => o.value === value);
      return option ? pickLocalized(option.label, locale) : value;
    }
    case 'pastDate':
      return formatDate(value);
    case 'phone':
      return formatPhone(normalizePhone(value) ?? value);
    default:
      return value;
  }
}
