// `node bench/sizes.mjs`: what a page loads of the library's script, in two
// designs, built here from the sources with the build's own plugins:
//
// - "per element": a file per element (dist/elements/), each importing the
//   chunks the elements share statically; the page names those chunks in
//   `<link rel="modulepreload">` hints, so all arrive in one round trip;
// - "on sight": one entry (bench/designs/on-sight.ts) that loads an element's
//   code the first time its tag is in the document and starts its data
//   request at once, beside that code.
//
// and the drop-in file as it is (all four elements in one file) beside them.
// For each page it counts the brotli bytes (quality 11, as a CDN serves them)
// of every file the page runs before its elements render, and the round trips
// in a row from the HTML to the element's code (with preload hints where the
// design has them). Writes bench/SIZES.md. Not part of `npm test`.

import { brotliCompressSync, constants } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { rollup } from 'rollup';
import { browserPlugins } from '../rollup.config.mjs';

const ELEMENTS = ['news-list', 'related-articles', 'website-links', 'article-card'];

const PAGES = [
  ['one `<news-list>` on a JSON Feed', ['news-list']],
  ['one `<website-links>`', ['website-links']],
  ['one `<article-card>` (card)', ['article-card']],
  ['the four elements (no full article)', ELEMENTS],
];

const brotli = (code) => brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function build(input) {
  const bundle = await rollup({
    input,
    preserveEntrySignatures: 'allow-extension',
    plugins: browserPlugins(),
    onwarn: (warning) => {
      throw new Error(warning.message);
    },
  });
  const { output } = await bundle.generate({ format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();
  return new Map(output.filter((file) => file.type === 'chunk').map((file) => [file.fileName, file]));
}

/** Every file `names` import statically, the files themselves included. */
function closure(files, names) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of files.get(name).imports) visit(imported);
  };
  names.forEach(visit);
  return seen;
}

const total = (files, names) => [...names].reduce((sum, name) => sum + brotli(files.get(name).code), 0);

const dropIn = await build({ 'portal-widgets': 'src/index.ts' });
const perElement = await build(Object.fromEntries(ELEMENTS.map((name) => [name, `src/${name}/${name}.ts`])));
const onSight = await build({ entry: 'bench/designs/on-sight.ts' });

/** The chunk of the on-sight build that a tag's dynamic import loads. */
const onSightChunk = (tag) => {
  const entry = onSight.get('entry.js');
  const target = entry.dynamicImports.find((name) =>
    onSight.get(name).moduleIds?.some((id) => id.endsWith(`/src/${tag}/${tag}.ts`)),
  );
  return target;
};

const rows = PAGES.map(([page, tags]) => {
  const a = closure(
    perElement,
    tags.map((tag) => `${tag}.js`),
  );
  const b = closure(onSight, ['entry.js', ...tags.map(onSightChunk)]);
  const c = closure(dropIn, ['portal-widgets.js']);
  return {
    page,
    dropIn: total(dropIn, c),
    perElement: total(perElement, a),
    perElementFiles: a.size,
    onSight: total(onSight, b),
    onSightFiles: b.size,
  };
});

/** What the one-`<news-list>` page's code is made of: minified bytes per folder (before brotli). */
const parts = new Map();
for (const name of closure(perElement, ['news-list.js'])) {
  for (const [id, module] of Object.entries(perElement.get(name).modules)) {
    const folder = id.includes('node_modules/')
      ? id
          .split('node_modules/')[1]
          .split('/')
          .slice(0, id.includes('node_modules/@') ? 2 : 1)
          .join('/')
      : id
          .slice(id.indexOf('/src/') + 1)
          .split('/')
          .slice(0, 2)
          .join('/');
    parts.set(folder, (parts.get(folder) ?? 0) + module.renderedLength);
  }
}
const minified = [...parts.values()].reduce((sum, bytes) => sum + bytes, 0);

const lines = [
  '# What a page loads of the script, by design',
  '',
  `Measured by \`node bench/sizes.mjs\` on ${new Date().toISOString().slice(0, 10)}: brotli (quality 11) of every file a page runs before its elements render, built from the sources with the build's plugins. Sizes are deterministic; the machine does not matter.`,
  '',
  '| page | drop-in file (1 file) | per element: bytes (files) | on sight: bytes (files) |',
  '|---|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.page} | ${row.dropIn.toLocaleString('en')} | ${row.perElement.toLocaleString('en')} (${row.perElementFiles}) | ${row.onSight.toLocaleString('en')} (${row.onSightFiles}) |`,
  ),
  '',
  "Round trips in a row from the HTML to an element's code: **per element**, 1 when the page lists the shared chunks in `<link rel=\"modulepreload\">` (they download beside the element's file), 2 without the hints; the data request starts when the element's code runs, as in the drop-in file. **On sight**, 2: the entry, then the element's code, with the data request started by the entry beside it (so the data is not later than with the drop-in file, but the element renders its first frame one round trip later); and a tag inside another component's shadow root is never seen.",
  '',
  '## Which design',
  '',
  'Neither split reaches 12,000 B for one `<news-list>`: what every element needs before it renders (Lit, the element base, the JSON readers, the loader, the labels and dates) is most of the file, and an element of its own is a few hundred bytes to 3 KB. Per element saves about 2.7–3 KB on a page with one `<website-links>` or `<article-card>`, saves nothing on a page with one `<news-list>` (it imports the card and the list base), and costs about 2.7 KB more on a page with all four (the shared code is cut into chunks by who imports it), and it needs hints a CMS theme must keep in step with each release. On sight adds a round trip before the first frame and cannot see tags in shadow roots. So the drop-in file stays one file, defining all four; per element is the design to take once the shared part is smaller than the elements, which is where the bytes below say the work is.',
  '',
  "## Where the one `<news-list>` page's bytes are",
  '',
  `Minified bytes per folder, before compression (${minified.toLocaleString('en')} in all; brotli makes about a third of it):`,
  '',
  '| folder or package | minified bytes | share |',
  '|---|---:|---:|',
  ...[...parts]
    .sort((a, b) => b[1] - a[1])
    .map(([folder, bytes]) => `| ${folder} | ${bytes.toLocaleString('en')} | ${Math.round((100 * bytes) / minified)} % |`),
  '',
];
await writeFile(new URL('SIZES.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));
