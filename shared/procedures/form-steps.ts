import type { Answers, Condition, FormDefinition, Question, Repeat, Section } from './form-schema';

/**
 * The wizard's screens, in order, for the answers so far. A section asked once gives one step per
 * question. A repeatable section gives the questions of each item, then one step that lists the items
 * and lets the resident add or remove one. Answers of item i (1-based) are keyed
 * `section[i].question`; the number of items is kept under `section[]`.
 */
export interface QuestionStep {
  kind: 'question';
  path: string;
  section: Section;
  question: Question;
  /** 1-based item number, for a question in a repeatable section. */
  item?: number;
}

export type RepeatedSection = Section & { repeat: Repeat };

/** The "add another / remove" step that closes a repeatable section. */
export interface RepeatStep {
  kind: 'repeat';
  /** `section[]`, where the item count is stored. */
  path: string;
  section: RepeatedSection;
  count: number;
}

export type FormStep = QuestionStep | RepeatStep;

export const answerPath = (sectionId: string, questionId: string, item?: number): string =>
  item === undefined ? `${sectionId}.${questionId}` : `${sectionId}[${item}].${questionId}`;

export const repeatCountPath = (sectionId: string): string => `${sectionId}[]`;

export const isRepeated = (section: Section): section is RepeatedSection => section.repeat !== undefined;

/** The number of items: the stored count kept within min..max, else the minimum. */
export function repeatCount(section: RepeatedSection, answers: Answers): number {
  const { min, max } = section.repeat;
  const raw = answers[repeatCountPath(section.id)] ?? '';
  if (!/^[0-9]{1,3}$/.test(raw)) return min;
  return Math.min(max, Math.max(min, Number(raw)));
}

/**
 * The answer a condition reads. Inside a repeatable section, `section.question` of the same section
 * means the same item's answer.
 */
function conditionPath(condition: Condition, section: Section, item: number | undefined): string {
  const prefix = `${section.id}.`;
  if (item === undefined || !condition.question.startsWith(prefix)) return condition.question;
  return answerPath(section.id, condition.question.slice(prefix.length), item);
}

/**
 * The questions to ask, in order, given the answers so far. A condition holds only if the question
 * it reads is itself asked (conditions read earlier questions, as validate-catalog checks), so hiding
 * a question also hides everything that depends on it.
 */
export function formSteps(form: FormDefinition, answers: Answers): FormStep[] {
  const asked = new Map<string, string>();
  const holds = (condition: Condition | undefined, section: Section, item?: number) =>
    condition === undefined || asked.get(conditionPath(condition, section, item)) === condition.equals;
  const steps: FormStep[] = [];
  const ask = (section: Section, item?: number) => {
    for (const question of section.questions) {
      if (!holds(question.showIf, section, item)) continue;
      const path = answerPath(section.id, question.id, item);
      asked.set(path, answers[path] ?? '');
      steps.push(
        item === undefined
          ? { kind: 'question', path, section, question }
          : { kind: 'question', path, section, question, item },
      );
    }
  };
  for (const section of form.sections) {
    if (!holds(section.showIf, section)) continue;
    if (!isRepeated(section)) {
      ask(section);
      continue;
    }
    const count = repeatCount(section, answers);
    for (let item = 1; item <= count; item++) ask(section, item);
    steps.push({ kind: 'repeat', path: repeatCountPath(section.id), section, count });
  }
  return steps;
}

/** Only the question steps, for callers that read or check answers. */
export function questionSteps(form: FormDefinition, answers: Answers): QuestionStep[] {
  return formSteps(form, answers).filter((step): step is QuestionStep => step.kind === 'question');
}

/**
 * What is submitted: answers to the questions still asked (others are dropped, as are empty ones),
 * plus the item count of each repeatable section asked.
 */
export function relevantAnswers(form: FormDefinition, answers: Answers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const step of formSteps(form, answers)) {
    if (step.kind === 'repeat') {
      kept[step.path] = String(step.count);
      continue;
    }
    const value = answers[step.path];
    if (value !== undefined && value !== '') kept[step.path] = value;
  }
  return kept;
}
