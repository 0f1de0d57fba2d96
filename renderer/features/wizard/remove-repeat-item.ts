import type { Answers } from '../../../shared/procedures/form-schema';
import {
  answerPath,
  repeatCount,
  repeatCountPath,
  type RepeatedSection,
} from '../../../shared/procedures/form-steps';

/**
 * The answer changes that remove item `item` of a repeatable section: later items move up one place
 * (so the numbers stay 1..n without gaps), the last item's answers are cleared, and the count drops.
 * Returned as changes rather than new answers because the session only records answers one by one;
 * '' clears an answer.
 */
export function removeRepeatItem(
  section: RepeatedSection,
  answers: Answers,
  item: number,
): Record<string, string> {
  const count = repeatCount(section, answers);
  if (item < 1 || item > count || count <= section.repeat.min) return {};
  const changes: Record<string, string> = {};
  for (let i = item; i <= count; i++) {
    for (const question of section.questions) {
      const next = i < count ? (answers[answerPath(section.id, question.id, i + 1)] ?? '') : '';
      const path = answerPath(section.id, question.id, i);
      if ((answers[path] ?? '') !== next) changes[path] = next;
    }
  }
  changes[repeatCountPath(section.id)] = String(count - 1);
  return changes;
}
