import { searchKey } from '../text/search-key';
import { communeBaseName, type HanoiCommune } from './hanoi-commune';
import { HANOI_COMMUNES } from './hanoi-communes';
import { findCommuneByCode } from './find-commune-by-code';
import { LEGACY_DISTRICTS } from './legacy-districts';

/**
 * A search result. 'name': the query names this unit. 'legacy-district': the query names an old
 * district, and this unit took over part of its area, a suggestion for the resident to confirm.
 */
export type CommuneMatch =
  | { unit: HanoiCommune; reason: 'name' }
  | { unit: HanoiCommune; reason: 'legacy-district'; district: string };

/** How well a query fits a name: exact, prefix of the name, prefixes of its words in order. */
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;

interface Keys {
  /** With the type word ('phuong cau giay') and without it ('cau giay'): residents type either. */
  full: string;
  base: string;
}

function fit(keys: Keys, query: string, queryWords: readonly string[]): number | null {
  if (query === keys.full || query === keys.base) return EXACT;
  if (keys.full.startsWith(query) || keys.base.startsWith(query)) return PREFIX;
  // Each query word starts a later word of the name: 'giay' finds Cầu Giấy, 'p cau giay' Phường Cầu Giấy.
  let next = 0;
  const words = keys.full.split(' ');
  for (const queryWord of queryWords) {
    while (next < words.length && !words[next]?.startsWith(queryWord)) next++;
    if (next === words.length) return null;
    next++;
  }
  return WORD_PREFIX;
}

const UNITS = HANOI_COMMUNES.map((unit) => ({
  unit,
  keys: { full: searchKey(unit.name), base: searchKey(communeBaseName(unit)) },
}));

const DISTRICTS = LEGACY_DISTRICTS.map((district) => ({
  name: district.name,
  keys: { full: searchKey(district.name), base: searchKey(district.name.replace(/^(Quận|Huyện) /u, '')) },
  units: district.unitCodes.map((code) => {
    const unit = findCommuneByCode(code);
    if (!unit) throw new Error(`legacy district ${district.name}: unknown unit code ${code}`);
    return unit;
  }),
}));

/**
 * Finds Hanoi units by name, ignoring diacritics, case and punctuation ('phuong cau giay', 'CẦU GIẤY').
 * Units named by the query come first (exact, then prefix, then word-prefix matches; alphabetical
 * within each). Then, if the query names an old district (§3.2), the units that took over its area,
 * flagged 'legacy-district'. An old name is never turned into one unit: 'quận Cầu Giấy' is not the new
 * Phường Cầu Giấy (domain.md §3.1), so the resident chooses among the suggestions.
 */
export function searchCommunes(query: string, limit: number): CommuneMatch[] {
  const key = searchKey(query);
  if (key === '' || !(limit >= 1)) return [];
  const queryWords = key.split(' ');

  const named = UNITS.flatMap(({ unit, keys }) => {
    const rank = fit(keys, key, queryWords);
    return rank === null ? [] : [{ unit, rank, sortKey: keys.base }];
  }).sort((a, b) => a.rank - b.rank || compare(a.sortKey, b.sortKey) || compare(a.unit.code, b.unit.code));

  const results: CommuneMatch[] = named.map(({ unit }) => ({ unit, reason: 'name' }));
  const seen = new Set(named.map(({ unit }) => unit.code));

  const districts = DISTRICTS.flatMap((district) => {
    const rank = fit(district.keys, key, queryWords);
    return rank === null ? [] : [{ district, rank }];
  }).sort((a, b) => a.rank - b.rank); // stable: §3.2 order within a rank
  for (const { district } of districts) {
    for (const unit of district.units) {
      if (seen.has(unit.code)) continue;
      seen.add(unit.code);
      results.push({ unit, reason: 'legacy-district', district: district.name });
    }
  }

  return results.slice(0, Math.floor(limit));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
