import type { Procedure } from '../../../shared/procedures/procedure-schema';
import { searchKey } from '../../../shared/text/search-key';

/**
 * Diacritic-insensitive search over names and keywords in every language:
 * every word typed must start a word of the procedure's text. Name matches rank
 * above keyword matches. (A search library and typo tolerance come with the full
 * catalog; this keeps the same call shape.)
 */
export function searchProcedures(procedures: readonly Procedure[], query: string): Procedure[] {
  const terms = searchKey(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [];
  const scored = procedures.flatMap((procedure) => {
    const nameWords = searchKey(`${procedure.name.vi} ${procedure.name.en}`).split(' ');
    const keywordWords = searchKey(procedure.keywords.join(' ')).split(' ');
    let score = 0;
    for (const term of terms) {
      if (nameWords.some((w) => w.startsWith(term))) score += 2;
      else if (keywordWords.some((w) => w.startsWith(term))) score += 1;
      else return [];
    }
    return [{ procedure, score }];
  });
  return scored.sort((a, b) => b.score - a.score).map((s) => s.procedure);
}
