// Imports in src/ run one way, the way the data flows: a folder imports only
// from folders below it in LAYERS. `node scripts/check-imports.mjs` lists any
// import that goes up (or sideways between the element folders) and fails.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lowest first. Entries in one inner list are peers: they may not import each other. */
export const LAYERS = [
  'core',
  'data',
  'load',
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

/** The layer of a path relative to src/ ("data/detect.ts" → data), with its rank. */
export function layerOf(path) {
  const top = path.split('/')[0];
  const rank = LAYERS.findIndex((layer) => (Array.isArray(layer) ? layer.includes(top) : layer === top));
  return rank < 0 ? undefined : { name: top, rank };
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.[^'"]+)\1/gm;

/** The relative module specifiers a source text imports or re-exports, statically or dynamically. */
export function importsOf(source) {
  return [...source.matchAll(SPECIFIER)].map((match) => match[2]);
}

/**
 * Each import in `files` (path relative to src/ → source text) that breaks
 * the order: "from → to", resolved to paths relative to src/.
 */
export function findViolations(files) {
  const problems = [];
  for (const [file, source] of Object.entries(files)) {
    const from = layerOf(file);
    for (const specifier of importsOf(source)) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier.split('?')[0])).replace(/\.js$/, '.ts');
      const to = layerOf(target);
      const where = `${file} imports ${target}`;
      if (!from || !to) problems.push(`${where}: ${!from ? file : target} is in no layer (add it to LAYERS)`);
      else if (from.name !== to.name && from.rank <= to.rank) problems.push(`${where}: ${from.name} may not import ${to.name}`);
    }
  }
  return problems.sort();
}

/** Every .ts file under `root`, relative to it, with its text. */
export function readSources(root) {
  const files = {};
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const problems = findViolations(readSources(root));
  for (const problem of problems) console.error(`import direction: ${problem}`);
  if (problems.length) process.exit(1);
}
