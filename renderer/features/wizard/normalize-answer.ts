import type { Question } from '../../../shared/procedures/form-schema';
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
      return text.replace(/\s+/g, ' ').trim();
    default:
      return text.trim();
  }
}
