import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves the dependency rule renderer → shared ← electron (eslint.config.js, layerRules)
 * is enforced at error level, by linting snippets as if they lived in each layer.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function lint(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages;
}

const errors = (messages: Linter.LintMessage[]) => messages.filter((m) => m.severity === 2);
const restricted = (messages: Linter.LintMessage[]) =>
  messages.filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2);

/** A snippet that uses what it imports, so the only finding can be the import itself. */
const importing = (specifier: string) =>
  `import * as imported from '${specifier}';\nexport const used = imported;\n`;

describe('dependency rule between layers', () => {
  it.each([
    ['../renderer/x', /renderer/],
    ['../electron/x', /electron/],
    ['react', /UI or storage/],
    ['react-dom/client', /UI or storage/],
    ['dexie', /UI or storage/],
    ['i18next', /UI or storage/],
    ['node:fs', /Node built-ins/],
    ['fs', /Node built-ins/],
    ['path', /Node built-ins/],
  ])('shared/ may not import %s', async (specifier, message) => {
    const found = restricted(await lint(importing(specifier), 'shared/example.ts'));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(message);
  });

  it.each([
    ['../../electron/main', /KioskBridge/],
    ['electron', /KioskBridge/],
    ['node:path', /Node built-ins/],
    ['child_process', /Node built-ins/],
  ])('renderer/ may not import %s', async (specifier, message) => {
    const found = restricted(await lint(importing(specifier), 'renderer/app/example.ts'));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(message);
  });

  it.each(['../renderer/app/App', '../../renderer/i18n/locales/vi.json'])(
    'electron/ may not import %s',
    async (specifier) => {
      const found = restricted(await lint(importing(specifier), 'electron/example.ts'));
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(/electron\/ may not import renderer\//);
    },
  );

  it.each([
    [
      'renderer → shared',
      "import { searchKey } from '../../shared/text/search-key';\nexport const key = searchKey('Hà Nội');\n",
      'renderer/app/example.ts',
    ],
    [
      'renderer → react',
      "import { useState } from 'react';\nexport const hook = useState;\n",
      'renderer/app/example.ts',
    ],
    [
      'electron → shared',
      "import { IPC_CONTRACT } from '../shared/ipc/contract';\nexport const contract = IPC_CONTRACT;\n",
      'electron/example.ts',
    ],
    [
      'electron → Node',
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'electron/example.ts',
    ],
    ['shared → shared', "import { x } from './x';\nexport const y = x;\n", 'shared/example.ts'],
    ['shared → zod', "import { z } from 'zod';\nexport const s = z.string();\n", 'shared/example.ts'],
  ])('allows %s', async (_name, code, filePath) => {
    expect(errors(await lint(code, filePath))).toEqual([]);
  });

  it('lets shared/ tests use Node (the rule covers source files only)', async () => {
    expect(restricted(await lint(importing('node:fs'), 'shared/example.test.ts'))).toEqual([]);
  });
});

describe('untranslated text in the renderer', () => {
  it('is an error as a JSX text literal', async () => {
    const code = 'export function Greeting() {\n  return <p>Xin chào</p>;\n}\n';
    const found = errors(await lint(code, 'renderer/app/Greeting.tsx'));
    expect(found.map((m) => m.ruleId)).toEqual(['i18next/no-literal-string']);
  });

  it('is fine through t()', async () => {
    const code = [
      "import { useTranslation } from 'react-i18next';",
      'export function Greeting() {',
      '  const { t } = useTranslation();',
      "  return <p>{t('home.greeting')}</p>;",
      '}',
      '',
    ].join('\n');
    expect(errors(await lint(code, 'renderer/app/Greeting.tsx'))).toEqual([]);
  });
});
