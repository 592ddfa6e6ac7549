// Subresource Integrity for the drop-in file: writes dist/portal-widgets.js.sri
// (`sha384-…`) and the README's pinned CDN snippet (between `<!-- cdn:start -->`
// and `<!-- cdn:end -->`). Run by `npm run build` after rollup.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { renderCdn } from './readme/cdn.mjs';
import { replaceSection } from './readme/sections.mjs';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
const ENTRY = 'portal-widgets.js';

const integrityOf = async (file) =>
  `sha384-${createHash('sha384')
    .update(await readFile(new URL(file, dist)))
    .digest('base64')}`;

const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
// The chunks rollup wrote beside the entry (the sanitiser).
const chunkFiles = (await readdir(dist)).filter((file) => file.endsWith('.js') && file !== ENTRY).sort();

const entry = { file: ENTRY, integrity: await integrityOf(ENTRY) };
const chunks = await Promise.all(chunkFiles.map(async (file) => ({ file, integrity: await integrityOf(file) })));

await writeFile(new URL(`${ENTRY}.sri`, dist), `${entry.integrity}\n`);
const readmeUrl = new URL('README.md', root);
const readme = await readFile(readmeUrl, 'utf8');
const updated = replaceSection(readme, 'cdn', renderCdn(pkg, entry, chunks));
// CI leaves the README as committed, so test/package/readme.test.ts can catch a stale hash.
if (updated !== readme && !process.env.CI) await writeFile(readmeUrl, updated);
