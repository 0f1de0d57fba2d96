import type { SatisfactionLevel } from '../../../shared/survey/survey-definition';

const FILL: Record<SatisfactionLevel, string> = {
  1: '#f4b4b4',
  2: '#f9cf9f',
  3: '#fde59a',
  4: '#cde6a8',
  5: '#a8dbb0',
};

/** A drawn face, from a frown (1) to a broad smile (5); decoration only, the label beside it says the level. */
export function SatisfactionFace({ level }: { level: SatisfactionLevel }) {
  const curve = (level - 3) * 7;
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" focusable="false" className="survey-face">
      <circle cx="32" cy="32" r="29" fill={FILL[level]} stroke="currentColor" strokeWidth="3" />
      <circle cx="22" cy="25" r="4" fill="currentColor" />
      <circle cx="42" cy="25" r="4" fill="currentColor" />
      <path
        d={`M18 ${43 - curve / 2} Q32 ${43 + curve} 46 ${43 - curve / 2}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="4"
        strokeLinecap="round"
      />
    </svg>
  );
}
