/** Ranges wider than this are typed: from 1 to 137 is still 17 taps on the stepper, even with ±10. */
export const STEPPER_MAX_SPAN = 100;

/**
 * How the wizard asks for a whole number: − / + buttons for a small count (copies, floors), the
 * number pad for a wide range (m², workers, pages). The pad has no minus key, so a range that
 * reaches below zero keeps the stepper.
 */
export function integerEntry(question: { min: number; max: number }): 'stepper' | 'keypad' {
  return question.min >= 0 && question.max - question.min > STEPPER_MAX_SPAN ? 'keypad' : 'stepper';
}
