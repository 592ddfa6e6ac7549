// Writes the API reference, docs/api.md (its part between `<!-- api:start -->`
// and `<!-- api:end -->`), from custom-elements.json. Run by `npm run build`
// after `cem analyze`; test/package/readme.test.ts fails when they differ.
// Under CI (or with --check) it only checks, so a reference that was not
// regenerated and committed fails there.
//   node scripts/readme-api.mjs [--check]

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderApi } from './readme/api.mjs';
import { readSection, replaceSection } from './readme/sections.mjs';

const root = new URL('..', import.meta.url);
const docUrl = new URL('docs/api.md', root);
const read = async (name) => JSON.parse(await readFile(new URL(name, root), 'utf8'));

const HEADER = `# portal-widgets: API reference

Every attribute, property, event, slot, part and custom property of the four
elements. The [README](../README.md) says how to start.

<!-- api:start -->
<!-- api:end -->
`;

const [manifest, pkg, doc] = await Promise.all([
  read('custom-elements.json'),
  read('package.json'),
  readFile(docUrl, 'utf8').catch(() => HEADER),
]);
const api = renderApi(manifest, pkg);

if (process.argv.includes('--check') || process.env.CI) {
  if (readSection(doc, 'api') !== api) {
    console.error(`${fileURLToPath(docUrl)}: differs from custom-elements.json; run node scripts/readme-api.mjs`);
    process.exitCode = 1;
  }
} else {
  const updated = replaceSection(doc, 'api', api);
  if (updated !== doc) {
    await mkdir(new URL('docs/', root), { recursive: true });
    await writeFile(docUrl, updated);
  }
}
