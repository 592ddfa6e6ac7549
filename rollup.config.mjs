import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css.mjs';
import { sizeReport } from './scripts/size-report.mjs';

const elements = ['news-list', 'related-articles', 'website-links', 'article-card'];
const external = (id) => /^(lit|@lit\/|@lit-labs\/|date-fns|@date-fns\/|dompurify)(\/|$)/.test(id);

export default [
  // The npm package: one ES module per source module, dependencies left to the app's bundler.
  {
    input: Object.fromEntries([['index', 'src/index.ts'], ...elements.map((name) => [`${name}/${name}`, `src/${name}/${name}.ts`])]),
    external,
    output: {
      dir: 'lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json' })],
  },
  // The drop-in file for a CMS theme: everything inside, the sanitiser split into a chunk loaded on demand.
  {
    input: 'src/index.ts',
    // Let the sanitiser chunk import shared code from the entry instead of splitting it out.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'portal-widgets.js',
      chunkFileNames: 'portal-widgets-[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      minifyCssLiterals(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json', minify: true, legalComments: 'none' }),
      terser({
        module: true,
        ecma: 2022,
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
        format: { comments: false },
      }),
      sizeReport('dist/sizes.json'),
    ],
  },
];
