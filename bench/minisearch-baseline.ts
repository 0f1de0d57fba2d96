/**
 * The peer of renderer/features/catalog/search-procedures.ts in the `search` benchmark:
 * MiniSearch (npm `minisearch`, the library the issue names) configured the way we would
 * adopt it, so both sides answer the same question on the same data:
 * - the same searchable text (searchableFields: canonical search keys, abbreviations added),
 *   so its processTerm is our search key and tokens need no further processing;
 * - fields name / keywords / summary boosted 3 / 2 / 1, like our field weights;
 * - the same query terms (queryTerms): prefix on the last one while it is being typed,
 *   fuzzy distance 1 for terms of 4 letters or more;
 * - AND; failing that, the documents matching all terms but one (as ours does).
 * What MiniSearch has no equivalent for is left out: the phrase bonuses, filler words and
 * the shorter-name tie-break of ours (it ranks by BM25 instead).
 */
import MiniSearch from 'minisearch';
import {
  queryTerms,
  searchableFields,
  type SearchableProcedure,
} from '../renderer/features/catalog/search-procedures';

export function createMiniSearch<P extends SearchableProcedure>(
  procedures: readonly P[],
): (query: string) => P[] {
  const engine = new MiniSearch<{ id: number; name: string; keywords: string; summary: string }>({
    fields: ['name', 'keywords', 'summary'],
    storeFields: [],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { boost: { name: 3, keywords: 2, summary: 1 } },
  });
  engine.addAll(procedures.map((procedure, id) => ({ id, ...searchableFields(procedure) })));
  return (query) => {
    const { terms, lastIsPrefix } = queryTerms(query);
    if (terms.length === 0) return [];
    const options = {
      prefix: (_term: string, i: number, all: string[]) => lastIsPrefix && i === all.length - 1,
      fuzzy: (term: string) => (term.length >= 4 ? 1 : false),
    };
    const text = terms.join(' ');
    let results = engine.search(text, { ...options, combineWith: 'AND' });
    if (results.length === 0 && terms.length > 1) {
      results = engine
        .search(text, { ...options, combineWith: 'OR' })
        .filter((r) => r.queryTerms.length >= terms.length - 1);
    }
    return results.map((r) => procedures[r.id as number] as P);
  };
}
