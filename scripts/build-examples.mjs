// Bundles the examples that need a build step with esbuild:
//   examples/bundler/src/main.js → examples/bundler/dist/main.js (the npm modules in lib/)
//   examples/react/src/app.jsx   → examples/react/dist/app.js
// Run by `npm run build` after lib/ exists, and by `npm start` (demo/server.mjs)
// each time its watcher has rebuilt lib/.

import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const examples = [
  { entry: 'examples/bundler/src/main.js', outfile: 'examples/bundler/dist/main.js' },
  { entry: 'examples/react/src/app.jsx', outfile: 'examples/react/dist/app.js' },
];

/** Builds both examples from lib/. */
export const buildExamples = () =>
  Promise.all(
    examples.map(({ entry, outfile }) =>
      build({
        absWorkingDir: root,
        entryPoints: [entry],
        outfile,
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning',
      }),
    ),
  );

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildExamples();
