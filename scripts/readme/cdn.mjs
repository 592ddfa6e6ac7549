// The README's drop-in snippet: the file on a CDN, pinned to this version,
// with its Subresource Integrity hash. Pure, shared by `npm run docs`
// (scripts/readme/generated.mjs) and the test that checks the hash against
// the built file.

export const cdnBase = (pkg) => `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`;

/**
 * `entry` and each of `chunks` is `{ file, integrity }` (file name in dist/,
 * `sha384-…`). Returns the Markdown between the README's `cdn` markers.
 */
export function renderCdn(pkg, entry, chunks) {
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
`;
}
