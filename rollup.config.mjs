import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyLitLiterals } from './scripts/rollup-lit-literals.mjs';

const elements = ['news-list', 'related-articles', 'website-links', 'article-card'];

// The npm package leaves its dependencies to the app's bundler: each of them, and
// any sub-path of it (`lit/decorators.js`, `date-fns/format`), is external.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  'date-fns',
  '@date-fns/tz',
];
const external = (id) => id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** A warning is a mistake in the build: stop rather than print it and go on. */
const onwarn = (warning) => {
  throw new Error(`rollup: ${warning.message}`);
};

/**
 * The plugins of a file for browsers (also used by bench/sizes.mjs): everything resolved and minified, the text of
 * Lit's templates too (not the html`` of a file that `hydrates`: it must match the server's, see the plugin).
 */
export const browserPlugins = ({ hydrates = false } = {}) => [
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json', minify: true, legalComments: 'none' }),
  // After the TypeScript transform: it reads the module's syntax tree (css`` and html`` templates).
  minifyLitLiterals({ html: !hydrates }),
  terser({
    module: true,
    ecma: 2022,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    format: { comments: false },
  }),
];

/** The drop-in build of `input`: everything inside, the parts only some pages need in chunks loaded on demand. */
const dropIn = (input, dir, { hydrates = false } = {}) => ({
  input,
  onwarn,
  // Let the chunks import shared code from the entry instead of splitting it out.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir,
    format: 'es',
    entryFileNames: 'portal-widgets.js',
    chunkFileNames: 'portal-widgets-[name]-[hash].js',
    sourcemap: true,
  },
  plugins: browserPlugins({ hydrates }),
});

export default [
  // The npm package: one ES module per source module, dependencies left to the app's bundler.
  {
    input: Object.fromEntries([
      ['index', 'src/index.ts'],
      ...elements.map((name) => [`${name}/${name}`, `src/${name}/${name}.ts`]),
      // Server rendering and the render service (`portal-widgets/server`), for Node only.
      ['server/index', 'src/server/index.ts'],
      ['server/cli', 'src/server/cli.ts'],
    ]),
    external,
    onwarn,
    output: {
      dir: 'lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' })],
  },
  // The drop-in file for a CMS theme: everything inside, each module loaded with `import()` (the full article
  // view, its sanitiser, the readers and adapters, date-fns, …; .size-limit.mjs lists them) a chunk beside it.
  dropIn('src/index.ts', 'dist'),
  // The same with Lit's hydration support, for pages with server-rendered elements
  // (a folder of its own: its chunks are its own, and a page loads one or the other).
  dropIn('src/ssr.ts', 'dist/ssr', { hydrates: true }),
  // One element's file, for a page that shows one kind of element: that element and what it needs, in one file
  // as the drop-in is (no chunk to discover before it renders), with its own on-demand chunks in its folder.
  // A page with more kinds of element loads dist/portal-widgets.js: two of these would each bring Lit.
  ...elements.map((name) => dropIn(`src/${name}/${name}.ts`, `dist/${name}`)),
];
