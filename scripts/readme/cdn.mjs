// The README's drop-in snippet: the file on a CDN, pinned to this version,
// with its Subresource Integrity hash. Pure, shared by `npm run docs`
// (scripts/readme/generated.mjs) and the test that checks the hash against
// the built file.

export const cdnBase = (pkg) => `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`;

/**
 * `entry` and each of `chunks` is `{ file, integrity }` (file name in dist/,
 * `sha384-…`); each of `elements` is `{ file, integrity }` of an element's own
 * file (`news-list/portal-widgets.js`). Returns the Markdown between the README's `cdn` markers.
 */
export function renderCdn(pkg, entry, chunks, elements = []) {
  const base = cdnBase(pkg);
  const integrity = Object.fromEntries(chunks.map((chunk) => [`${base}${chunk.file}`, chunk.integrity]));
  return `\`\`\`html
<script type="module"
  src="${base}${entry.file}"
  integrity="${entry.integrity}"
  crossorigin="anonymous"></script>
\`\`\`

The \`integrity\` hash (SHA-384 of \`dist/${entry.file}\` ${pkg.version}) makes the browser refuse a file that is not byte for byte the published one. It covers the entry file; the chunks beside it, which load on demand (the full article view and its sanitiser for an \`<article-card variant="full">\`, the RSS/Atom reader when a feed turns out to be XML, the reader of dates written in other shapes than ISO 8601, the WordPress adapter for a WordPress document, date-fns when a \`date-format\` other than the defaults is asked for, the checks for new articles of a list with \`refresh\`), can be pinned the same way by an import map placed before the script, in browsers that read \`integrity\` in import maps:

\`\`\`html
<script type="importmap">
${JSON.stringify({ integrity }, null, 2)}
</script>
\`\`\`
${
  elements.length
    ? `
A page that shows one kind of element can load that element's own file instead of the drop-in file, one of these, which leaves out the other three elements (see [Size and speed](#size-and-speed)); its chunks are in its folder:

\`\`\`html
${elements
  .map(
    (element) => `<script type="module"
  src="${base}${element.file}"
  integrity="${element.integrity}"
  crossorigin="anonymous"></script>`,
  )
  .join('\n')}
\`\`\`
`
    : ''
}`;
}
