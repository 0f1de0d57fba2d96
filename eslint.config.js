// Lint rules, including the dependency rule between layers: renderer → shared ← electron.
// tests/lint/boundaries.test.ts proves each forbidden direction fails.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

const NODE_BUILTINS =
  '^(node:.*|assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|fs/promises|http|http2|https|net|os|path|perf_hooks|process|readline|stream|timers|tls|url|util|v8|vm|worker_threads|zlib)$';

const restrict = (...rules) => ({
  'no-restricted-imports': ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }],
});

export const layerRules = {
  shared: restrict(
    ['(^|/)(renderer|electron)(/|$)', 'shared/ is pure: it may not import renderer/ or electron/.'],
    [NODE_BUILTINS, 'shared/ is pure: no Node built-ins.'],
    [
      '^(react|react-dom|dexie|i18next|react-i18next|qrcode\\.react)(/|$)',
      'shared/ is pure: no UI or storage libraries.',
    ],
  ),
  renderer: restrict(
    ['(^|/)electron(/|$)', 'renderer/ talks to the main process only through the KioskBridge contract.'],
    [NODE_BUILTINS, 'renderer/ runs in Chromium: no Node built-ins.'],
  ),
  electron: restrict([
    '(^|/)renderer(/|$)',
    'electron/ may not import renderer/; share code through shared/.',
  ]),
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', '.cache', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['shared/**/*.ts'], ignores: ['**/*.test.ts'], rules: layerRules.shared },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layerRules.renderer,
      // Every visible string goes through i18next.
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
    },
  },
  { files: ['renderer/**/*.test.{ts,tsx}'], rules: { 'i18next/no-literal-string': 'off' } },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layerRules.electron,
  },
  {
    files: ['tools/**/*.ts', 'sandbox/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
