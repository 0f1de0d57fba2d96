/**
 * Key prefixes looked up with a computed key (validation codes from shared/,
 * outbox states, config problems). The i18n check treats keys under these as used.
 */
export const DYNAMIC_KEY_PREFIXES = [
  'validation.',
  'outboxState.',
  'configProblem.',
  // queue.online / queue.offline / queue.unknown, by connectivity state
  'queue.',
] as const;
