import type { CccdPrefill } from '../../../shared/identity/cccd-prefill';
import type { Section } from '../../../shared/procedures/form-schema';
import { answerPath } from '../../../shared/procedures/form-steps';

/** The section whose answers a chip ID card can fill in: the person making the request. */
export const REQUESTER_SECTION = 'nguoi_yeu_cau';

/**
 * The requester's answers from the fields the resident confirmed on their card: name, ID number,
 * and date of birth and sex where the form asks them (a sex only if it is one of the question's own
 * options).
 * The address is not an answer (the form asks it in its own parts); the wizard shows it as a hint.
 */
export function idCardAnswers(section: Section, prefill: CccdPrefill): Record<string, string> {
  const answers: Record<string, string> = {};
  if (section.repeat) return answers;
  for (const question of section.questions) {
    const path = answerPath(section.id, question.id);
    if (question.id === 'ho_ten' && question.type === 'personName' && prefill.fullName)
      answers[path] = prefill.fullName.normalize('NFC');
    else if (question.id === 'so_dinh_danh' && question.type === 'citizenId' && prefill.idNumber)
      answers[path] = prefill.idNumber;
    else if (
      question.id === 'ngay_sinh' &&
      (question.type === 'pastDate' || question.type === 'date') &&
      prefill.dateOfBirth
    )
      answers[path] = prefill.dateOfBirth;
    else if (question.id === 'gioi_tinh' && question.type === 'choice' && prefill.sex) {
      const sex = prefill.sex;
      if ((question.options ?? []).some((option) => option.value === sex)) answers[path] = sex;
    }
  }
  return answers;
}
