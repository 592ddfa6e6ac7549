// The generated sections of tracked files, each a pure function of what the
// build wrote: docs/api.md's reference from custom-elements.json, and the
// README's pinned CDN snippet from the hashes of dist/. `npm run docs`
// (scripts/docs.mjs) writes them; test/node/generated-docs.test.mjs fails
// when one differs from what is committed.

import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { renderApi } from './api.mjs';
import { renderCdn } from './cdn.mjs';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);
export const ENTRY = 'portal-widgets.js';

/** What docs/api.md starts as, when it does not exist yet. */
export const API_DOC_HEADER = `# portal-widgets: API reference

Every attribute, property, event, slot, part and custom property of the four
elements. The [README](../README.md) says how to start.

<!-- api:start -->
<!-- api:end -->
`;

const readJson = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

/** `sha384-…` of a file in dist/, as in an `integrity` attribute. */
export const integrityOf = async (file) =>
  `sha384-${createHash('sha384')
    .update(await readFile(new URL(file, dist)))
    .digest('base64')}`;

/** The chunks rollup wrote beside the entry (the lazily loaded views, readers and adapters), sorted. */
export const chunkFiles = async () => (await readdir(dist)).filter((file) => file.endsWith('.js') && file !== ENTRY).sort();

/** The four elements' own files (`news-list/portal-widgets.js`, in dist/), with their hashes. */
export const elementFiles = () =>
  Promise.all(
    ['news-list', 'related-articles', 'website-links', 'article-card'].map(async (tag) => {
      const file = `${tag}/${ENTRY}`;
      return { file, integrity: await integrityOf(file) };
    }),
  );

/**
 * Each generated section: `{ file, name, content }`, `file` relative to the
 * root, `name` the section's markers (`<!-- NAME:start -->`).
 */
export async function generatedSections() {
  const [manifest, pkg] = await Promise.all([readJson('custom-elements.json'), readJson('package.json')]);
  const entry = { file: ENTRY, integrity: await integrityOf(ENTRY) };
  const chunks = await Promise.all((await chunkFiles()).map(async (file) => ({ file, integrity: await integrityOf(file) })));
  return [
    { file: 'docs/api.md', name: 'api', content: renderApi(manifest, pkg) },
    { file: 'README.md', name: 'cdn', content: renderCdn(pkg, entry, chunks, await elementFiles()) },
  ];
}
