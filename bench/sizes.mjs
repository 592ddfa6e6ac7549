// `node bench/sizes.mjs`: what a page loads of the library's script, in three
// designs, built here from the sources with the build's own plugins:
//
// - "element's file": one file per element, whole (dist/TAG/portal-widgets.js,
//   as the build makes it), for a page that shows one kind of element;
// - "per element": a file per element, each importing the
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
/** Each element's own file, built alone as dist/TAG/ is: its brotli bytes. */
const ownFile = new Map();
for (const tag of ELEMENTS) {
  const files = await build({ [tag]: `src/${tag}/${tag}.ts` });
  ownFile.set(tag, { bytes: total(files, closure(files, [`${tag}.js`])), files });
}
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
    own: tags.length === 1 ? ownFile.get(tags[0]).bytes : undefined,
    dropIn: total(dropIn, c),
    perElement: total(perElement, a),
    perElementFiles: a.size,
    onSight: total(onSight, b),
    onSightFiles: b.size,
  };
});

const moduleName = (id) => (id.includes('node_modules/') ? id.split('node_modules/').pop() : id.slice(id.indexOf('/src/') + 1));

/**
 * What a file is made of, module by module: each module's minified bytes, and the brotli bytes the file would
 * lose without it (the file's modules compressed together, less the same without that module: what it costs
 * in this file, shared context included). Also by area (`AREAS`), each area left out as a whole.
 */
function madeOf(file) {
  const shown = Object.entries(file.modules).filter(([, module]) => module.code);
  const together = (keep) =>
    brotli(
      shown
        .filter(([id]) => keep(id))
        .map(([, module]) => module.code)
        .join('\n'),
    );
  const all = together(() => true);
  const modules = shown.map(([id, module]) => ({
    name: moduleName(id),
    minified: module.renderedLength,
    brotli: all - together((other) => other !== id),
  }));
  const areas = AREAS.map(([area, test]) => ({
    area,
    brotli: all - together((id) => !test(moduleName(id))),
  })).filter((row) => row.brotli > 0);
  return { modules, areas, minified: modules.reduce((sum, part) => sum + part.minified, 0) };
}

/** The parts of the code a further saving would have to come from, by who owns them. */
const AREAS = [
  [
    'Lit (lit-html, reactive-element, lit-element, css-tag, decorators)',
    (name) => /^(lit-html|lit-element|@lit\/reactive-element)\//.test(name),
  ],
  ['@lit/task (the load task)', (name) => name.startsWith('@lit/task/')],
  [
    'the element base: src/element/ (base class, controllers, shared styles, kept room)',
    (name) => name.startsWith('src/element/'),
  ],
  ['the readers: src/data/ (detect, JSON Feed, links, checks, dates, bounds)', (name) => name.startsWith('src/data/')],
  ['the loader: src/load/', (name) => name.startsWith('src/load/')],
  ['src/core/ (text, URLs, time zones, errors)', (name) => name.startsWith('src/core/')],
  ['src/format/ (labels, dates) and src/events.ts', (name) => name.startsWith('src/format/') || name === 'src/events.ts'],
  [
    'the elements: src/article-list/, news-list/, related-articles/, website-links/, article-card/ (code and styles)',
    (name) => /^src\/(article-list|news-list|related-articles|website-links|article-card)\//.test(name),
  ],
];

const newsList = madeOf(ownFile.get('news-list').files.get('news-list.js'));
const dropInFile = madeOf(dropIn.get('portal-widgets.js'));
const areaOf = (made, area) => made.areas.find((row) => row.area === area)?.brotli.toLocaleString('en') ?? '—';

const lines = [
  '# What a page loads of the script, by design',
  '',
  `Measured by \`node bench/sizes.mjs\` on ${new Date().toISOString().slice(0, 10)}: brotli (quality 11) of every file a page runs before its elements render, built from the sources with the build's plugins. Sizes are deterministic; the machine does not matter.`,
  '',
  "| page | drop-in file (1 file) | the element's file (1 file) | per element, shared chunks: bytes (files) | on sight: bytes (files) |",
  '|---|---:|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.page} | ${row.dropIn.toLocaleString('en')} | ${row.own?.toLocaleString('en') ?? '—'} | ${row.perElement.toLocaleString('en')} (${row.perElementFiles}) | ${row.onSight.toLocaleString('en')} (${row.onSightFiles}) |`,
  ),
  '',
  "Round trips in a row from the HTML to an element's code: **drop-in file** and **the element's file**, 1 (one file, nothing to discover in it before it runs; the data request starts when it runs, and a chunk the element's attributes or data need is requested beside the data request, or when the response is read). **Per element**, 1 when the page lists the shared chunks in `<link rel=\"modulepreload\">` (they download beside the element's file), 2 without the hints; the data request starts when the element's code runs, as in the drop-in file. **On sight**, 2: the entry, then the element's code, with the data request started by the entry beside it (so the data is not later than with the drop-in file, but the element renders its first frame one round trip later); and a tag inside another component's shadow root is never seen.",
  '',
  '## Which design',
  '',
  'The build makes two of them: the drop-in file, defining all four elements, for a page that shows more than one kind, and the element\'s own file (`dist/TAG/portal-widgets.js`, with its on-demand chunks in its folder) for a page that shows one kind. Both are one file, so neither adds a round trip; an element\'s file leaves out the other three elements (and `<news-list>` leaves out `<article-card>` unless `layout="cards"` loads it beside the data). Per element with shared chunks costs more on a page with several elements (the shared code is cut into chunks by who imports it) and needs hints a CMS theme must keep in step with each release; on sight adds a round trip before the first frame and cannot see tags in shadow roots.',
  '',
  "Neither reaches issue 20's 12,000 B for one `<news-list>`, nor 20,000 B for the four elements: what every element needs before it renders (Lit, the element base and its controllers, the JSON readers, the loader, the labels and dates) is most of the bytes, and each element of its own is a few hundred bytes to 2 KB. The tables below are where the rest would have to come from.",
  '',
  'The build already minifies what it can without a change to the code: terser (3 passes) after esbuild, the CSS of css`` templates, and the line breaks and indentation of html`` templates (one space each; scripts/rollup-lit-literals.mjs). More terser passes or its `unsafe` options move the files by less than 40 B either way.',
  '',
  '## By area',
  '',
  'The brotli bytes each file would lose without the area (its modules compressed together, less the same without the area).',
  '',
  '| area | one `<news-list>` (dist/news-list/) | the drop-in file |',
  '|---|---:|---:|',
  ...AREAS.map(([area]) => `| ${area} | ${areaOf(newsList, area)} | ${areaOf(dropInFile, area)} |`),
  '',
  "## Where the one `<news-list>` page's bytes are",
  '',
  `dist/news-list/portal-widgets.js module by module: minified bytes (${newsList.minified.toLocaleString('en')} in all), and the brotli bytes the file would lose without the module (the modules compressed together, less the same without it; these add up to more than the file, as text shared between modules counts in each).`,
  '',
  '| module | minified bytes | brotli bytes it costs |',
  '|---|---:|---:|',
  ...newsList.modules
    .sort((a, b) => b.brotli - a.brotli)
    .map((part) => `| ${part.name} | ${part.minified.toLocaleString('en')} | ${part.brotli.toLocaleString('en')} |`),
  '',
];
await writeFile(new URL('SIZES.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));
