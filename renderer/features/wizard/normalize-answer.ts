import type { Question } from '../../../shared/procedures/form-schema';
import { parseMoneyAmount } from '../../../shared/procedures/money-amount';
import { normalizePersonName } from '../../../shared/validation/person-name';
import { normalizePhone } from '../../../shared/validation/phone';

/** The stored form of an answer: NFC text, single spaces, digits only where only digits count. */
export function normalizeAnswer(question: Question, raw: string): string {
  const text = raw.normalize('NFC');
  switch (question.type) {
    case 'personName':
      return normalizePersonName(text);
    case 'citizenId':
      return text.replace(/\s+/g, '');
    case 'phone':
      return normalizePhone(text) ?? text.trim();
    case 'text':
    case 'address':
      return text.replace(/\s+/g, ' ').trim();
    case 'email':
      // Touch keyboards add spaces around '@' and '.'; an address never has any.
      return text.replace(/\s+/g, '');
    case 'integer':
      // '007' and '7' are the same number; anything else is left for validation to explain.
      return /^\s*-?[0-9]{1,9}\s*$/.test(text) ? String(Number(text)) : text.trim();
    case 'money': {
      // '150.000.000 ₫' and '150000000' are the same amount; the answer is its digits.
      const amount = parseMoneyAmount(text);
      return amount === null ? text.trim() : String(amount);
    }
    default:
      return text.trim();
  }
}
