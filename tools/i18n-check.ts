// Checks the renderer's translations (npm run i18n:check): every key in both locales, no empty
// strings, matching {{variables}}, no orphaned keys, no t('…') of a key that does not exist.
// Reads renderer/i18n/locales/{vi,en}.json and renderer/**/*.{ts,tsx}; exits 1 with a report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type LocaleName = 'vi' | 'en';
export const LOCALE_NAMES: readonly LocaleName[] = ['vi', 'en'];

export type I18nProblemKind =
  'not_a_string' | 'missing' | 'empty' | 'interpolation' | 'orphaned' | 'unknown_key' | 'unused_prefix';

export interface I18nProblem {
  kind: I18nProblemKind;
  message: string;
  key?: string;
  locale?: LocaleName;
  file?: string;
}

export interface SourceFile {
  path: string;
  text: string;
}

export interface I18nCheckInput {
  locales: Record<LocaleName, unknown>;
  sources: readonly SourceFile[];
  dynamicPrefixes: readonly string[];
}

export interface I18nReport {
  /** Keys in vi, counting a plural family (items_one, items_other) once. */
  keyCount: number;
  orphaned: number;
  problems: I18nProblem[];
}

/** i18next plural forms: `items_one`, `items_other` are the key `items`, looked up with { count }. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const VARIABLE = /\{\{\s*([^{}\s,]+)[^{}]*\}\}/g;

function flatten(value: unknown, locale: LocaleName, problems: I18nProblem[]): Map<string, string> {
  const leaves = new Map<string, string>();
  (function walk(node: unknown, prefix: string) {
    if (typeof node === 'string') {
      leaves.set(prefix, node);
    } else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, prefix ? `${prefix}.${key}` : key);
    } else {
      problems.push({
        kind: 'not_a_string',
        locale,
        key: prefix || '(root)',
        message: `${locale}: ${prefix || '(root)'} must be a string or an object of strings, not ${JSON.stringify(node) ?? String(node)}`,
      });
    }
  })(value, '');
  return leaves;
}

/** Groups leaf keys by the key code uses: plural forms under their base key. */
function logicalKeys(leaves: Map<string, string>): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const [leaf, text] of leaves) {
    const base = leaf.replace(PLURAL_SUFFIX, '');
    keys.set(base, [...(keys.get(base) ?? []), text]);
  }
  return keys;
}

function variables(texts: readonly string[], plural: boolean): string[] {
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(VARIABLE)) if (match[1]) names.add(match[1]);
  // A plural form may leave out the count ("one file"), so count is not compared for plurals.
  if (plural) names.delete('count');
  return [...names].sort();
}

/** Every string literal in a TS/TSX source, with comments skipped. Template literals count only without ${…}. */
export function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let i = 0;
  const n = source.length;
  const readQuoted = (quote: string): string => {
    let text = '';
    i++;
    while (i < n && source[i] !== quote && source[i] !== '\n') {
      if (source[i] === '\\') {
        text += source[i + 1] ?? '';
        i += 2;
      } else text += source[i++];
    }
    i++;
    return text;
  };
  const skipTemplate = (): { text: string; dynamic: boolean } => {
    let text = '';
    let dynamic = false;
    i++;
    while (i < n && source[i] !== '`') {
      if (source[i] === '\\') {
        text += source[i + 1] ?? '';
        i += 2;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        dynamic = true;
        i += 2;
        let depth = 1;
        while (i < n && depth > 0) {
          const c = source.charAt(i);
          if (c === "'" || c === '"') found.push(readQuoted(c));
          else if (c === '`') {
            const inner = skipTemplate();
            if (!inner.dynamic) found.push(inner.text);
          } else {
            if (c === '{') depth++;
            if (c === '}') depth--;
            i++;
          }
        }
      } else text += source[i++];
    }
    i++;
    return { text, dynamic };
  };
  while (i < n) {
    const c = source.charAt(i);
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      found.push(readQuoted(c));
    } else if (c === '`') {
      const template = skipTemplate();
      if (!template.dynamic) found.push(template.text);
    } else i++;
  }
  return found;
}

/** Keys looked up literally: t('a.b'), i18n.t("a.b"), t(`a.b`), i18nKey="a.b". */
const LITERAL_LOOKUP = /(?:\bt\(\s*|\bi18nKey\s*=\s*\{?\s*)(['"`])([^'"`$\\\n]+)\1/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export function checkI18n({ locales, sources, dynamicPrefixes }: I18nCheckInput): I18nReport {
  const problems: I18nProblem[] = [];
  const keys = {} as Record<LocaleName, Map<string, string[]>>;
  const leaves = {} as Record<LocaleName, Map<string, string>>;
  for (const locale of LOCALE_NAMES) {
    leaves[locale] = flatten(locales[locale], locale, problems);
    keys[locale] = logicalKeys(leaves[locale]);
  }

  // (a) the same keys in every locale, and every plural form the language needs.
  for (const locale of LOCALE_NAMES) {
    const others = LOCALE_NAMES.filter((other) => other !== locale);
    for (const other of others) {
      for (const key of keys[other].keys()) {
        if (!keys[locale].has(key)) {
          problems.push({
            kind: 'missing',
            locale,
            key,
            message: `${locale}: missing ${key} (present in ${other})`,
          });
        }
      }
    }
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const pluralBases = new Set(
      [...leaves[locale].keys()]
        .filter((leaf) => PLURAL_SUFFIX.test(leaf))
        .map((leaf) => leaf.replace(PLURAL_SUFFIX, '')),
    );
    for (const key of pluralBases) {
      for (const category of categories) {
        if (!leaves[locale].has(`${key}_${category}`)) {
          problems.push({
            kind: 'missing',
            locale,
            key: `${key}_${category}`,
            message: `${locale}: missing plural form ${key}_${category}`,
          });
        }
      }
    }
  }

  // (b) no empty strings.
  for (const locale of LOCALE_NAMES) {
    for (const [leaf, text] of leaves[locale]) {
      if (text.trim() === '')
        problems.push({ kind: 'empty', locale, key: leaf, message: `${locale}: ${leaf} is empty` });
    }
  }

  // (c) the same {{variables}} in every locale.
  for (const [key, viTexts] of keys.vi) {
    const enTexts = keys.en.get(key);
    if (!enTexts) continue;
    const plural = viTexts.length > 1 || enTexts.length > 1 || leaves.vi.get(key) === undefined;
    const viVars = variables(viTexts, plural);
    const enVars = variables(enTexts, plural);
    if (viVars.join() !== enVars.join()) {
      problems.push({
        kind: 'interpolation',
        key,
        message:
          `${key}: variables differ: vi {{${viVars.join('}}, {{')}}} vs en {{${enVars.join('}}, {{')}}}`.replace(
            /\{\{\}\}/g,
            'none',
          ),
      });
    }
  }

  // (e) literal lookups of keys that do not exist.
  for (const source of sources) {
    for (const match of source.text.matchAll(LITERAL_LOOKUP)) {
      const key = match[2] ?? '';
      if (!keys.vi.has(key)) {
        problems.push({
          kind: 'unknown_key',
          key,
          file: source.path,
          message: `${source.path}:${lineOf(source.text, match.index)}: ${key} is used but is not in vi`,
        });
      }
    }
  }

  // (d) orphaned keys: every key is referenced by a string literal or under a dynamic prefix.
  const referenced = new Set(sources.flatMap((source) => stringLiterals(source.text)));
  let orphaned = 0;
  for (const key of keys.vi.keys()) {
    if (referenced.has(key) || dynamicPrefixes.some((prefix) => key.startsWith(prefix))) continue;
    orphaned++;
    problems.push({
      kind: 'orphaned',
      key,
      message: `${key}: not used in renderer/ (remove it, or declare its prefix in dynamic-keys.ts)`,
    });
  }
  for (const prefix of dynamicPrefixes) {
    if (![...keys.vi.keys()].some((key) => key.startsWith(prefix))) {
      problems.push({
        kind: 'unused_prefix',
        key: prefix,
        message: `dynamic prefix '${prefix}' matches no key in vi`,
      });
    }
  }

  return { keyCount: keys.vi.size, orphaned, problems };
}

/** The string literals inside `DYNAMIC_KEY_PREFIXES = [...]`, read as text (the file is not imported). */
export function parseDynamicPrefixes(source: string): string[] {
  const list = /DYNAMIC_KEY_PREFIXES\b[^=]*=\s*\[([^\]]*)\]/.exec(source);
  return list?.[1] ? stringLiterals(list[1]) : [];
}

export function formatReport(report: I18nReport): string {
  if (report.problems.length === 0) {
    return `i18n: ${report.keyCount} keys, ${LOCALE_NAMES.join(' and ')} complete, ${report.orphaned} orphaned`;
  }
  const order: I18nProblemKind[] = [
    'not_a_string',
    'missing',
    'empty',
    'interpolation',
    'unknown_key',
    'orphaned',
    'unused_prefix',
  ];
  const lines = [`i18n: ${report.problems.length} problem(s) in ${report.keyCount} keys`];
  for (const kind of order) {
    const ofKind = report.problems.filter((p) => p.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push(`${kind.replace('_', ' ')} (${ofKind.length}):`, ...ofKind.map((p) => `  ${p.message}`));
  }
  return lines.join('\n');
}

function sourceFiles(dir: string, root: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): SourceFile[] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === '__tests__' ? [] : sourceFiles(path, root);
    if (
      !/\.tsx?$/.test(entry.name) ||
      /\.(test|spec)\.tsx?$/.test(entry.name) ||
      entry.name.endsWith('.d.ts')
    )
      return [];
    return [{ path: relative(root, path), text: readFileSync(path, 'utf8') }];
  });
}

/** Reads the repository; a missing or broken file is a clear failure, never a stack trace. */
export function runI18nCheck(root: string): { ok: boolean; output: string } {
  const localesDir = join(root, 'renderer', 'i18n', 'locales');
  const locales = {} as Record<LocaleName, unknown>;
  for (const locale of LOCALE_NAMES) {
    const file = join(localesDir, `${locale}.json`);
    const shown = relative(root, file);
    if (!existsSync(file))
      return { ok: false, output: `i18n: ${shown} does not exist; the check needs both vi.json and en.json` };
    try {
      locales[locale] = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, output: `i18n: ${shown} is not valid JSON: ${(error as Error).message}` };
    }
  }
  const prefixesFile = join(root, 'renderer', 'i18n', 'dynamic-keys.ts');
  const dynamicPrefixes = existsSync(prefixesFile)
    ? parseDynamicPrefixes(readFileSync(prefixesFile, 'utf8'))
    : [];
  const sources = sourceFiles(join(root, 'renderer'), root).filter(
    (s) => s.path !== relative(root, prefixesFile),
  );
  const report = checkI18n({ locales, sources, dynamicPrefixes });
  return { ok: report.problems.length === 0, output: formatReport(report) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, output } = runI18nCheck(fileURLToPath(new URL('..', import.meta.url)));
  (ok ? console.log : console.error)(output);
  process.exitCode = ok ? 0 : 1;
}
