import type { Answers, FormDefinition, Question, Section } from './form-schema';

/** One wizard screen: one question, in its section. */
export interface FormStep {
  path: string;
  section: Section;
  question: Question;
}

export const answerPath = (sectionId: string, questionId: string): string => `${sectionId}.${questionId}`;

function conditionHolds(condition: { question: string; equals: string } | undefined, answers: Answers) {
  return condition === undefined || answers[condition.question] === condition.equals;
}

/** The questions to ask, in order, given the answers so far (conditional steps appear only when relevant). */
export function formSteps(form: FormDefinition, answers: Answers): FormStep[] {
  return form.sections.flatMap((section) =>
    conditionHolds(section.showIf, answers)
      ? section.questions
          .filter((question) => conditionHolds(question.showIf, answers))
          .map((question) => ({ path: answerPath(section.id, question.id), section, question }))
      : [],
  );
}

/** Answers to questions that are no longer asked are dropped before submit. */
export function relevantAnswers(form: FormDefinition, answers: Answers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const step of formSteps(form, answers)) {
    const value = answers[step.path];
    if (value !== undefined && value !== '') kept[step.path] = value;
  }
  return kept;
}
