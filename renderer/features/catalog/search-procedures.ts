import type { LocalizedText } from '../../../shared/i18n/localized-text';
import { searchKey } from '../../../shared/text/search-key';

/**
 * Procedure search as the resident types (domain.md §5):
 * - diacritic- and case-insensitive (shared/text/search-key.ts), with 'ky'/'ki', 'ly'/'li' … spelled alike;
 * - every word typed must match (if none matches them all, the procedures matching all but one);
 * - the last word matches as a prefix while it is still being typed (no trailing space yet);
 * - one typo (insertion, deletion, substitution or swap of neighbours) in words of 4 letters or more;
 * - abbreviations: 'hkd', 'cccd', 'gks', 'ubnd', 'dkkd', 'tt', 'kt', 'ks' … (table below), those in the
 *   catalog's `keywords`, and the initials of multi-word keywords and names ('dktt', 'xntthn');
 * - ranked: per typed word, name (3) > keyword (2) > summary (1), times exact word (1) > prefix
 *   (0.5–0.9) > one-typo match (0.4); ties go to the shorter name, then to catalog order.
 *
 * Our own index rather than a library: the `search` benchmark (bench/workloads/search.ts) compares
 * it with MiniSearch configured the same way, for speed per keystroke and for recall.
 */

/** What search reads from a procedure (a Procedure has all of it). */
export interface SearchableProcedure {
  name: LocalizedText;
  summary: LocalizedText;
  keywords: readonly string[];
}

/**
 * Abbreviations residents type, and the words they stand for (domain.md §5 "common abbreviations",
 * plus those on the forms and papers of the catalog's procedures). A procedure whose text holds the
 * words also matches the abbreviation, and the other way round.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  ubnd: ['ủy ban nhân dân', 'ủy ban'],
  cccd: ['căn cước công dân', 'thẻ căn cước', 'căn cước'],
  cmnd: ['chứng minh nhân dân', 'chứng minh thư'],
  gks: ['giấy khai sinh'],
  ks: ['khai sinh'],
  kt: ['khai tử'],
  kh: ['kết hôn'],
  dk: ['đăng ký'],
  dkkh: ['đăng ký kết hôn'],
  dkks: ['đăng ký khai sinh'],
  dkkt: ['đăng ký khai tử'],
  tt: ['thường trú', 'tạm trú'],
  dktt: ['đăng ký thường trú', 'đăng ký tạm trú'],
  hk: ['hộ khẩu'],
  hkd: ['hộ kinh doanh'],
  dkkd: ['đăng ký kinh doanh'],
  gpkd: ['giấy phép kinh doanh'],
  xn: ['xác nhận'],
  tthn: ['tình trạng hôn nhân'],
  xntthn: ['xác nhận tình trạng hôn nhân'],
  ht: ['hộ tịch'],
  tl: ['trích lục'],
  ct: ['chứng thực'],
  hd: ['hợp đồng'],
  gcn: ['giấy chứng nhận'],
  qsdd: ['quyền sử dụng đất'],
  gcnqsdd: ['giấy chứng nhận quyền sử dụng đất'],
  gpxd: ['giấy phép xây dựng'],
  bhyt: ['bảo hiểm y tế'],
  bhxh: ['bảo hiểm xã hội'],
  btxh: ['bảo trợ xã hội'],
  tcxh: ['trợ cấp xã hội'],
  ncc: ['người có công'],
  ls: ['liệt sĩ'],
  thcs: ['trung học cơ sở'],
  thpt: ['trung học phổ thông'],
};

const FIELD_NAME = 3;
const FIELD_KEYWORD = 2;
const FIELD_SUMMARY = 1;
const MATCH_FUZZY = 0.4;
/** Words shorter than this get no typo tolerance (domain: one edit for words of 4 letters or more). */
const FUZZY_MIN_LENGTH = 4;

/**
 * One search word in the form both the index and queries use: the search key of one word, with a
 * final 'y' after consonants written 'i' ('ký'/'kí', 'lý'/'lí', 'mỹ'/'mĩ' are both correct spellings).
 */
function canonicalWord(word: string): string {
  return word.length >= 2 && word.endsWith('y') && !/[aeiouy]/.test(word.slice(0, -1))
    ? `${word.slice(0, -1)}i`
    : word;
}

/** Text → canonical search words. */
export function searchWords(text: string): string[] {
  const key = searchKey(text);
  return key === '' ? [] : key.split(' ').map(canonicalWord);
}

/**
 * The typed query as search terms, and whether the last one is still being typed (matched as a
 * prefix): it is, unless the query ends with a space.
 */
export function queryTerms(query: string): { terms: string[]; lastIsPrefix: boolean; phrase: string } {
  const words = searchWords(query);
  // A repeated word counts once, at its last place (where the prefix rule looks).
  const terms = words.filter((word, i) => words.lastIndexOf(word) === i);
  return { terms, lastIsPrefix: terms.length > 0 && !/\s$/.test(query), phrase: words.join(' ') };
}

/** Abbreviation → its expansions as canonical word lists ('gks' → [['giay', 'khai', 'sinh']]). */
const ABBREVIATION_WORDS = new Map(
  Object.entries(ABBREVIATIONS).map(([abbreviation, phrases]) => [abbreviation, phrases.map(searchWords)]),
);

/** First word of an expansion → [abbreviation, expansion], to find expansions in one pass over a text. */
const EXPANSIONS_BY_FIRST_WORD = new Map<string, (readonly [string, string[]])[]>();
for (const [abbreviation, expansions] of ABBREVIATION_WORDS) {
  for (const words of expansions) {
    const first = words[0] as string;
    const list = EXPANSIONS_BY_FIRST_WORD.get(first) ?? [];
    list.push([abbreviation, words]);
    EXPANSIONS_BY_FIRST_WORD.set(first, list);
  }
}

/** Initials of a phrase of 3 to 8 words ('giấy khai sinh' → 'gks'); two-letter ones would collide with words. */
function initials(words: readonly string[]): string | undefined {
  return words.length >= 3 && words.length <= 8 ? words.map((w) => w[0]).join('') : undefined;
}

/**
 * The words of one field's texts plus the abbreviations the texts spell out ('hộ kinh doanh' → 'hkd'),
 * the expansions of abbreviations they hold ('BHYT' → 'bảo hiểm y tế') and, if asked, their initials.
 */
function fieldWords(texts: readonly string[][], withInitials: boolean): string[] {
  const out: string[] = [];
  for (const words of texts) {
    words.forEach((word, i) => {
      out.push(word);
      for (const [abbreviation, expansion] of EXPANSIONS_BY_FIRST_WORD.get(word) ?? []) {
        if (expansion.every((w, j) => words[i + j] === w)) out.push(abbreviation);
      }
      for (const expansion of ABBREVIATION_WORDS.get(word) ?? []) out.push(...expansion);
    });
    const abbreviation = withInitials ? initials(words) : undefined;
    if (abbreviation) out.push(abbreviation);
  }
  return out;
}

/** A procedure's texts as canonical word sequences, by field. */
function fieldTexts(procedure: SearchableProcedure) {
  return {
    name: [searchWords(procedure.name.vi), searchWords(procedure.name.en)],
    keywords: procedure.keywords.map(searchWords),
    summary: [searchWords(procedure.summary.vi), searchWords(procedure.summary.en)],
  };
}

/**
 * The searchable text of a procedure by field, as canonical words separated by spaces, with the
 * abbreviation words added. Our index and the MiniSearch baseline in the benchmark both read this.
 */
export function searchableFields(procedure: SearchableProcedure): {
  name: string;
  keywords: string;
  summary: string;
} {
  return joinFields(fieldTexts(procedure));
}

function joinFields(texts: ReturnType<typeof fieldTexts>) {
  return {
    // Initials of the Vietnamese name only ('Đăng ký thường trú' → 'dktt').
    name: [...fieldWords(texts.name.slice(0, 1), true), ...fieldWords(texts.name.slice(1), false)].join(' '),
    keywords: fieldWords(texts.keywords, true).join(' '),
    summary: fieldWords(texts.summary, false).join(' '),
  };
}

interface Postings {
  docs: Int32Array;
  /** The best field weight of this word (or word pair) in each doc. */
  weights: Uint8Array;
}

interface SearchIndex {
  /** Words and abbreviations → docs. */
  postings: Map<string, Postings>;
  /** Every indexed word, sorted, for prefix ranges. */
  vocabulary: string[];
  /** Adjacent word pairs ('so do') → docs, for the phrase bonus. */
  pairs: Map<string, Postings>;
  pairVocabulary: string[];
  /** Whole names and whole keywords → docs: typing one exactly earns a bonus. */
  phrases: Map<string, Postings>;
  /** Symmetric-delete index for one-typo matches: a word and each one-letter deletion → words. */
  deletions: Map<string, string[]>;
  /** Vietnamese name length in words, for the tie-break. */
  nameLength: Int32Array;
  /** Scratch space reused across queries (one per index). */
  termScore: Float64Array;
  total: Float64Array;
  matched: Uint8Array;
}

function deletionsOf(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Postings being built; docs are added in increasing order, so a doc is always the last entry. */
type Accumulator = Map<string, { docs: number[]; weights: number[] }>;

function post(into: Accumulator, key: string, doc: number, weight: number): void {
  const list = into.get(key);
  if (!list) into.set(key, { docs: [doc], weights: [weight] });
  else if (list.docs[list.docs.length - 1] !== doc) {
    list.docs.push(doc);
    list.weights.push(weight);
  } else if ((list.weights[list.weights.length - 1] as number) < weight)
    list.weights[list.weights.length - 1] = weight;
}

function freeze(from: Accumulator): Map<string, Postings> {
  const out = new Map<string, Postings>();
  for (const [key, { docs, weights }] of from) {
    out.set(key, { docs: Int32Array.from(docs), weights: Uint8Array.from(weights) });
  }
  return out;
}

function buildIndex(procedures: readonly SearchableProcedure[]): SearchIndex {
  const words: Accumulator = new Map();
  const pairs: Accumulator = new Map();
  const phrases: Accumulator = new Map();
  const realWords = new Set<string>();
  const nameLength = new Int32Array(procedures.length);
  procedures.forEach((procedure, doc) => {
    const texts = fieldTexts(procedure);
    nameLength[doc] = texts.name[0]?.length ?? 0;
    const fields = joinFields(texts);
    const add = (text: string, weight: number) => {
      for (const word of text.split(' ')) if (word !== '') post(words, word, doc, weight);
    };
    add(fields.name, FIELD_NAME);
    add(fields.keywords, FIELD_KEYWORD);
    add(fields.summary, FIELD_SUMMARY);
    // Word pairs within one text (never across two keywords), and the words that get typo tolerance.
    const byWeight: [string[][], number][] = [
      [texts.name, FIELD_NAME],
      [texts.keywords, FIELD_KEYWORD],
      [texts.summary, FIELD_SUMMARY],
    ];
    for (const [sequences, weight] of byWeight) {
      for (const sequence of sequences) {
        if (weight !== FIELD_SUMMARY && sequence.length > 1) post(phrases, sequence.join(' '), doc, weight);
        sequence.forEach((word, i) => {
          realWords.add(word);
          if (i > 0) post(pairs, `${sequence[i - 1] as string} ${word}`, doc, weight);
        });
      }
    }
  });
  // Only real words get typo tolerance: abbreviations are matched exactly or as a prefix.
  const deletions = new Map<string, string[]>();
  for (const word of realWords) {
    if (word.length < FUZZY_MIN_LENGTH - 1) continue;
    for (const variant of deletionsOf(word)) {
      const list = deletions.get(variant);
      if (list) {
        if (list[list.length - 1] !== word) list.push(word);
      } else deletions.set(variant, [word]);
    }
  }
  const n = procedures.length;
  return {
    postings: freeze(words),
    vocabulary: [...words.keys()].sort(),
    pairs: freeze(pairs),
    pairVocabulary: [...pairs.keys()].sort(),
    phrases: freeze(phrases),
    deletions,
    nameLength,
    termScore: new Float64Array(n),
    total: new Float64Array(n),
    matched: new Uint8Array(n),
  };
}

function lowerBound(sorted: readonly string[], target: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keys of `sorted` that start with `prefix` (and are not `prefix` itself). */
function* withPrefix(sorted: readonly string[], prefix: string): Generator<string> {
  for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
    const key = sorted[i] as string;
    if (!key.startsWith(prefix)) return;
    if (key !== prefix) yield key;
  }
}

/**
 * Words residents add around what they look for ("thủ tục … cho con", "tôi muốn xin …"). They
 * count when they match but are not required, unless the query has nothing else.
 */
const FILLER_WORDS = new Set(['thu', 'tuc', 'toi', 'muon', 'xin', 'lam', 'cho', 'giup', 'o', 'dau']);
/** Bonus per pair of typed words found next to each other, times the field weight. */
const PHRASE_BONUS = 0.5;
/** Bonus for typing a whole keyword or a whole name, times the field weight. */
const WHOLE_PHRASE_BONUS = 1;

function runQuery(index: SearchIndex, query: string): number[] {
  const { terms, lastIsPrefix, phrase } = queryTerms(query);
  if (terms.length === 0) return [];
  const { postings, termScore, total, matched } = index;
  const last = terms.length - 1;
  const optional = terms.map((term, t) => FILLER_WORDS.has(term) && !(lastIsPrefix && t === last));
  const required = optional.filter((o) => !o).length;
  if (required === 0) optional.fill(false);
  const needTerms = required === 0 ? terms.length : required;
  const touched: number[] = [];
  const seen = new Set<number>();

  // For each doc, the best of the pairs' matches (or the term's words) is added once.
  const creditInto = (termDocs: number[], from: Postings | undefined, match: number) => {
    if (!from) return;
    const { docs, weights } = from;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      const score = (weights[i] as number) * match;
      const previous = termScore[doc] as number;
      if (previous === 0) termDocs.push(doc);
      if (score > previous) termScore[doc] = score;
    }
  };

  terms.forEach((term, t) => {
    const termDocs: number[] = [];
    creditInto(termDocs, postings.get(term), 1);
    if (lastIsPrefix && t === last) {
      for (const word of withPrefix(index.vocabulary, term))
        creditInto(termDocs, postings.get(word), 0.5 + (0.4 * term.length) / word.length);
    }
    if (term.length >= FUZZY_MIN_LENGTH) {
      const candidates = new Set<string>();
      for (const variant of deletionsOf(term)) {
        for (const word of index.deletions.get(variant) ?? []) candidates.add(word);
      }
      for (const word of candidates) {
        if (word !== term && withinOneEdit(term, word)) creditInto(termDocs, postings.get(word), MATCH_FUZZY);
      }
    }
    for (const doc of termDocs) {
      total[doc] = (total[doc] as number) + (termScore[doc] as number);
      if (!optional[t]) matched[doc] = (matched[doc] as number) + 1;
      termScore[doc] = 0;
      if (!seen.has(doc)) {
        seen.add(doc);
        touched.push(doc);
      }
    }
  });

  for (let t = 1; t < terms.length; t++) {
    const termDocs: number[] = [];
    const pair = `${terms[t - 1] as string} ${terms[t] as string}`;
    creditInto(termDocs, index.pairs.get(pair), PHRASE_BONUS);
    if (lastIsPrefix && t === last) {
      for (const key of withPrefix(index.pairVocabulary, pair))
        creditInto(termDocs, index.pairs.get(key), PHRASE_BONUS * 0.8);
    }
    for (const doc of termDocs) {
      if (seen.has(doc)) total[doc] = (total[doc] as number) + (termScore[doc] as number);
      termScore[doc] = 0;
    }
  }

  // A whole name or keyword typed out (or abbreviated: 'gks' stands for 'giấy khai sinh').
  const termDocs: number[] = [];
  const expansions = terms.length === 1 ? (ABBREVIATION_WORDS.get(phrase) ?? []) : [];
  for (const whole of [phrase, ...expansions.map((words) => words.join(' '))])
    creditInto(termDocs, index.phrases.get(whole), WHOLE_PHRASE_BONUS);
  for (const doc of termDocs) {
    if (seen.has(doc)) total[doc] = (total[doc] as number) + (termScore[doc] as number);
    termScore[doc] = 0;
  }

  let best = 0;
  for (const doc of touched) best = Math.max(best, matched[doc] as number);
  // Every word must match; failing that (a word the catalog lacks, a bad typo), all words but one.
  const needed = best === needTerms ? best : Math.max(needTerms - 1, 1);
  const hits = best >= needed ? touched.filter((doc) => (matched[doc] as number) >= needed) : [];
  const score = new Map(hits.map((doc) => [doc, total[doc] as number]));
  for (const doc of touched) {
    total[doc] = 0;
    matched[doc] = 0;
  }
  return hits.sort(
    (a, b) =>
      (score.get(b) as number) - (score.get(a) as number) ||
      (index.nameLength[a] as number) - (index.nameLength[b] as number) ||
      a - b,
  );
}

const indexes = new WeakMap<readonly SearchableProcedure[], SearchIndex>();

function indexFor(procedures: readonly SearchableProcedure[]): SearchIndex {
  let index = indexes.get(procedures);
  if (!index) indexes.set(procedures, (index = buildIndex(procedures)));
  return index;
}

/**
 * A search function over a fixed list of procedures; the index is built once, here. The
 * benchmark times this; the screen uses {@link searchProcedures}.
 */
export function createProcedureSearch<P extends SearchableProcedure>(
  procedures: readonly P[],
): (query: string) => P[] {
  const index = indexFor(procedures);
  return (query) => runQuery(index, query).map((doc) => procedures[doc] as P);
}

/**
 * The procedures matching what the resident has typed so far, best first; none for an empty query.
 * The index is built on the first call for a given procedures array and kept while it lives.
 */
export function searchProcedures<P extends SearchableProcedure>(
  procedures: readonly P[],
  query: string,
): P[] {
  return createProcedureSearch(procedures)(query);
}
