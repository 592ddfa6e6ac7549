// Bundles the examples that need a build step:
//   examples/bundler/src/main.js     → examples/bundler/dist/main.js (the npm modules in lib/), with esbuild
//   examples/react/src/app.tsx       → examples/react/dist/app.js, with esbuild
//   examples/typescript/src/main.ts  → examples/typescript/dist/main.js, with esbuild
//   examples/vue/src/main.ts         → examples/vue/dist/main.js, with Vite (examples/vue/vite.config.mjs)
//   examples/svelte/src/main.ts      → examples/svelte/dist/main.js, with Vite (examples/svelte/vite.config.mjs)
// Run by `npm run build` after lib/ exists, and by `npm start` (demo/server.mjs)
// each time its watcher has rebuilt lib/. Each imports `portal-widgets`, which
// resolves to this package itself (its `exports`), as it would from node_modules.

import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const bundled = [
  { entry: 'examples/bundler/src/main.js', outfile: 'examples/bundler/dist/main.js' },
  { entry: 'examples/react/src/app.tsx', outfile: 'examples/react/dist/app.js' },
  { entry: 'examples/typescript/src/main.ts', outfile: 'examples/typescript/dist/main.js' },
];
const withVite = ['examples/vue', 'examples/svelte'];

const esbuild = ({ entry, outfile }) =>
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
  });

/** Builds a Vite project with its own config, as `vite build` in its folder would. */
async function vite(folder) {
  const { build: viteBuild } = await import('vite');
  const dir = fileURLToPath(new URL(`../${folder}/`, import.meta.url));
  await viteBuild({ root: dir, configFile: `${dir}vite.config.mjs`, mode: 'production' });
}

/** Builds every example from lib/. */
export const buildExamples = () => Promise.all([...bundled.map(esbuild), ...withVite.map(vite)]);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildExamples();
