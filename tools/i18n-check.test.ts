import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkI18n,
  formatReport,
  parseDynamicPrefixes,
  runI18nCheck,
  stringLiterals,
  type I18nCheckInput,
  type I18nProblem,
} from './i18n-check';

const VI = {
  home: { title: 'Ông/bà cần làm gì?', search: 'Tìm thủ tục' },
  wizard: { progress: 'Câu {{current}} trên {{total}}' },
  validation: { required: 'Vui lòng trả lời câu này.', phone: { format: 'Số điện thoại chưa đúng.' } },
};
const EN = {
  home: { title: 'What do you need to do?', search: 'Search for a procedure' },
  wizard: { progress: 'Question {{current}} of {{total}}' },
  validation: {
    required: 'Please answer this question.',
    phone: { format: 'This phone number is not right.' },
  },
};
const APP = `
import { useTranslation } from 'react-i18next';
export function Home() {
  const { t } = useTranslation();
  // A comment that mentions 'not.a.key' and an apostrophe: don't count this
  return <main><h1>{t('home.title')}</h1><Trans i18nKey="home.search" /><p>{t(\`wizard.progress\`, { current: 1, total: 9 })}</p></main>;
}
export const issueText = (code: string) => \`validation.\${code}\`;
`;

const clean = (): I18nCheckInput => ({
  locales: { vi: structuredClone(VI), en: structuredClone(EN) },
  sources: [{ path: 'renderer/app/Home.tsx', text: APP }],
  dynamicPrefixes: ['validation.'],
});

const kinds = (problems: I18nProblem[]) => problems.map((p) => `${p.kind}:${p.locale ?? ''}:${p.key ?? ''}`);

describe('checkI18n', () => {
  it('passes complete, consistent, used translations', () => {
    const report = checkI18n(clean());
    expect(report.problems).toEqual([]);
    expect(report.keyCount).toBe(5);
    expect(formatReport(report)).toBe('i18n: 5 keys, vi and en complete, 0 orphaned');
  });

  it('reports a key missing from either locale, per locale', () => {
    const input = clean();
    Reflect.deleteProperty((input.locales.en as typeof EN).home, 'search');
    (input.locales.en as Record<string, unknown>).extra = { note: 'Only in English' };
    expect(kinds(checkI18n(input).problems)).toEqual(['missing:vi:extra.note', 'missing:en:home.search']);
  });

  it('reports empty and blank strings', () => {
    const input = clean();
    (input.locales.vi as typeof VI).home.title = '';
    (input.locales.en as typeof EN).validation.required = '   ';
    expect(kinds(checkI18n(input).problems)).toEqual(['empty:vi:home.title', 'empty:en:validation.required']);
  });

  it('reports interpolation variables that differ between locales', () => {
    const input = clean();
    (input.locales.en as typeof EN).wizard.progress = 'Question {{current}} of {{count}}';
    const problems = checkI18n(input).problems;
    expect(kinds(problems)).toEqual(['interpolation::wizard.progress']);
    expect(problems[0]?.message).toContain('{{current}}, {{total}}');
    expect(problems[0]?.message).toContain('{{count}}, {{current}}');
  });

  it('reads i18next variables with spaces and formats', () => {
    const input = clean();
    (input.locales.vi as typeof VI).wizard.progress = 'Câu {{ current }} trên {{total, number}}';
    expect(checkI18n(input).problems).toEqual([]);
  });

  it('reports orphaned keys, and counts them', () => {
    const input = clean();
    (input.locales.vi as Record<string, unknown>).old = { banner: 'Cũ' };
    (input.locales.en as Record<string, unknown>).old = { banner: 'Old' };
    const report = checkI18n(input);
    expect(kinds(report.problems)).toEqual(['orphaned::old.banner']);
    expect(report.orphaned).toBe(1);
    expect(formatReport(report)).toMatch(/^i18n: 1 problem\(s\)[\s\S]*orphaned \(1\):\n {2}old\.banner/);
  });

  it('counts any string literal equal to a full key as a use (key tables, constants)', () => {
    const input = clean();
    (input.locales.vi as Record<string, unknown>).status = { queued: 'Đang chờ gửi' };
    (input.locales.en as Record<string, unknown>).status = { queued: 'Waiting to send' };
    input.sources = [
      ...input.sources,
      { path: 'renderer/outbox/labels.ts', text: "export const LABELS = { queued: 'status.queued' };" },
    ];
    expect(checkI18n(input).problems).toEqual([]);
  });

  it('treats keys under a declared dynamic prefix as used', () => {
    const input = clean();
    input.dynamicPrefixes = [];
    expect(kinds(checkI18n(input).problems)).toEqual([
      'orphaned::validation.required',
      'orphaned::validation.phone.format',
    ]);
  });

  it('reports a declared dynamic prefix that matches no key', () => {
    const input = clean();
    input.dynamicPrefixes = ['validation.', 'outboxState.'];
    expect(kinds(checkI18n(input).problems)).toEqual(['unused_prefix::outboxState.']);
  });

  it('reports a literal t() or i18nKey of a key that is not in vi, with file and line', () => {
    const input = clean();
    input.sources = [
      ...input.sources,
      {
        path: 'renderer/app/Done.tsx',
        text: "export const a = (t: (k: string) => string) =>\n  t('done.title') + i18n.t(\"home.titel\");\nexport const b = <Trans i18nKey='done.lead' />;\n",
      },
    ];
    const problems = checkI18n(input).problems;
    expect(kinds(problems)).toEqual([
      'unknown_key::done.title',
      'unknown_key::home.titel',
      'unknown_key::done.lead',
    ]);
    expect(problems[0]?.message).toBe('renderer/app/Done.tsx:2: done.title is used but is not in vi');
  });

  it('does not mistake other calls or computed keys for lookups', () => {
    const input = clean();
    input.sources = [
      ...input.sources,
      { path: 'renderer/x.ts', text: "format('not.a.key'); set('x'); t(`validation.${code}`); t(key);" },
    ];
    expect(checkI18n(input).problems).toEqual([]);
  });

  it('rejects values that are not strings or objects of strings', () => {
    const input = clean();
    (input.locales.vi as Record<string, unknown>).home = { title: 'Tiêu đề', search: 42 };
    expect(kinds(checkI18n(input).problems)).toContain('not_a_string:vi:home.search');
    expect(kinds(checkI18n({ ...clean(), locales: { vi: null, en: EN } }).problems)).toContain(
      'not_a_string:vi:(root)',
    );
  });

  it('accepts i18next plural forms, each language with its own categories', () => {
    const input = clean();
    // Vietnamese has a single plural form (other); English has one and other.
    (input.locales.vi as Record<string, unknown>).files = { count_other: '{{count}} tệp' };
    (input.locales.en as Record<string, unknown>).files = {
      count_one: 'One file',
      count_other: '{{count}} files',
    };
    input.sources = [...input.sources, { path: 'renderer/f.tsx', text: "t('files.count', { count: n })" }];
    expect(checkI18n(input).problems).toEqual([]);

    delete ((input.locales.en as Record<string, unknown>).files as Record<string, string>).count_one;
    expect(kinds(checkI18n(input).problems)).toEqual(['missing:en:files.count_one']);
  });
});

describe('stringLiterals', () => {
  it('finds quoted and static template literals, skipping comments and ${…} templates', () => {
    const source = [
      'const a = \'one\'; const b = "two"; const c = `three`;',
      "// 'commented'",
      "/* 'block' */ const d = `x.${y}`; const e = 'it\\'s';",
      'const url = "https://example.vn"; // don\'t',
    ].join('\n');
    expect(stringLiterals(source)).toEqual(['one', 'two', 'three', "it's", 'https://example.vn']);
  });

  it('finds literals inside template expressions', () => {
    expect(stringLiterals("`${t('home.title')} – ${n}`")).toEqual(['home.title']);
  });
});

describe('parseDynamicPrefixes', () => {
  it('reads the string literals of DYNAMIC_KEY_PREFIXES', () => {
    const source = `/** Prefixes: 'not.this.' */\nexport const DYNAMIC_KEY_PREFIXES = [\n  'validation.', // codes from shared/\n  "outboxState.",\n] as const;\nexport const OTHER = ['x.'];\n`;
    expect(parseDynamicPrefixes(source)).toEqual(['validation.', 'outboxState.']);
  });

  it('returns nothing when there is no declaration', () => {
    expect(parseDynamicPrefixes('export const X = 1;')).toEqual([]);
  });
});

describe('runI18nCheck on a repository', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  function fixture(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), 'i18n-check-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('fails with a clear message when a locale file does not exist yet', () => {
    const dir = fixture({ 'renderer/i18n/locales/vi.json': JSON.stringify(VI) });
    expect(runI18nCheck(dir)).toEqual({
      ok: false,
      output: 'i18n: renderer/i18n/locales/en.json does not exist; the check needs both vi.json and en.json',
    });
  });

  it('fails with a clear message on broken JSON', () => {
    const dir = fixture({
      'renderer/i18n/locales/vi.json': '{ "a": ',
      'renderer/i18n/locales/en.json': '{}',
    });
    const result = runI18nCheck(dir);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/^i18n: renderer\/i18n\/locales\/vi\.json is not valid JSON: /);
  });

  it('reads locales, sources (not tests) and the dynamic prefixes file', () => {
    const dir = fixture({
      'renderer/i18n/locales/vi.json': '\uFEFF' + JSON.stringify(VI),
      'renderer/i18n/locales/en.json': JSON.stringify(EN),
      'renderer/i18n/dynamic-keys.ts': "export const DYNAMIC_KEY_PREFIXES = ['validation.'] as const;\n",
      'renderer/app/Home.tsx': APP,
      // A key used only by a test does not keep it alive.
      'renderer/app/Home.test.tsx': "t('home.search'); t('no.such.key');",
    });
    expect(runI18nCheck(dir)).toEqual({ ok: true, output: 'i18n: 5 keys, vi and en complete, 0 orphaned' });

    writeFileSync(join(dir, 'renderer/app/Home.tsx'), APP.replace('<Trans i18nKey="home.search" />', ''));
    const result = runI18nCheck(dir);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('home.search: not used in renderer/');
  });
});
