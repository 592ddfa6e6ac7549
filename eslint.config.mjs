// ESLint: rules that catch mistakes, not style (Prettier owns the layout).
// Files are found by globs, so moving modules between folders needs no change here.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports in src/ run one way, the way the data flows: a folder (or top-level file) imports only from
 * those above it here. Entries of one inner list are peers: they may not import each other.
 */
export const LAYERS = [
  'core',
  // Bytes from a URL, and bytes (or a value) into the model: neither knows the other;
  // an element's source controller hands one's output to the other (on a server too).
  ['load', 'data'],
  'format',
  'events.ts',
  'element',
  // A card is one article; the lists render cards (and their loading skeleton) for layout `cards`.
  'article-card',
  'article-list',
  ['news-list', 'related-articles', 'website-links'],
  'index.ts',
  // What runs above the elements: the drop-in with hydration support, and server rendering (Node).
  ['ssr.ts', 'server'],
];

// eslint-plugin-boundaries classifies folders as elements and single files by category.
const isFile = (name) => name.endsWith('.ts');
const layerElements = LAYERS.flat()
  .filter((name) => !isFile(name))
  .map((name) => ({ type: name, pattern: `src/${name}` }));
const layerFiles = LAYERS.flat()
  .filter(isFile)
  .map((name) => ({ category: name, pattern: `src/${name}` }));
const selectorOf = (name) => (isFile(name) ? { file: { categories: name } } : { element: { type: name } });

/** `boundaries/dependencies` policies: a layer may import itself and every layer listed before it. */
const layerPolicies = LAYERS.flatMap((layer, rank) => {
  const allowed = LAYERS.slice(0, rank).flat();
  return [layer].flat().map((name) => ({
    from: selectorOf(name),
    allow: [name, ...allowed].map((to) => ({ to: selectorOf(to) })),
  }));
});

/**
 * Import direction between the layers of src/ (see LAYERS), checked on static, type-only, re-exported
 * and dynamic imports; a file or an import target in no layer is an error too. Exported, so
 * test/node/import-direction.test.mjs lints with exactly this block.
 */
export const importDirection = {
  files: ['src/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': layerElements,
    'boundaries/files': layerFiles,
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    'import/resolver': { typescript: { project: 'tsconfig.json' } },
  },
  rules: {
    'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
    'boundaries/no-unknown-files': 'error',
    'boundaries/no-unknown-dependencies': 'error',
  },
};

export default defineConfig([
  globalIgnores(['lib/', 'dist/', 'coverage/', 'bench/.build/', 'examples/**/dist/', 'examples/**/node_modules/']),

  js.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are placeholders kept on purpose (a callback's first argument, a skipped element).
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // TypeScript: the library and its tests.
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // The elements: Lit templates, custom-element rules, and the promise rules, which need type information.
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'PortalElement', 'ArticleListElement'] } },
    rules: {
      // Lit elements register with `define()`, which checks customElements.get() first.
      'wc/tag-name-matches-class': 'off',
      // A promise nobody awaits or catches loses its error; an async callback where a sync one is expected
      // (an event listener's return value, a forEach) runs unobserved.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      // `Task#run()` settles into the task's own status, never rejects.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: '@lit/task', name: 'run' }] },
      ],
      // Walking up from `this` through shadow roots starts with `let node: Element = this`.
      '@typescript-eslint/no-this-alias': 'off',
      // Short functions, Lit templates too: a long `render()` splits into `render*()` helpers.
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },

  importDirection,

  // Tests: chai's property assertions (`expect(x).to.be.true`) are expressions on their own. (The
  // promise rules stay off here: chai's `Assertion` type is thenable, so they would flag every `expect()`.)
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      // Hostile-input vectors spell out control characters on purpose.
      'no-control-regex': 'off',
      'no-useless-escape': 'warn',
    },
  },

  // Node scripts, servers and configs.
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  // The benchmark's Node scripts also hand functions to the page (page.evaluate), which run there.
  {
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['demo/**'],
    rules: {
      // The demo's typographic quotes flip a flag inside a ternary's test, on purpose.
      'no-cond-assign': 'warn',
    },
  },

  // Browser scripts of the demo, the benchmark pages and the examples.
  {
    files: ['demo/**/*.js', 'bench/**/*.js', 'examples/**/*.{js,jsx}', 'test/**/*.js'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
]);
