// Rewrites the README's API reference (between `<!-- api:start -->` and
// `<!-- api:end -->`) from custom-elements.json. Run by `npm run build`
// after `cem analyze`; test/package/readme.test.ts fails when they differ.
//   node scripts/readme-api.mjs [--check]

import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderApi } from './readme/api.mjs';
import { readSection, replaceSection } from './readme/sections.mjs';

const root = new URL('..', import.meta.url);
const readmeUrl = new URL('README.md', root);
const read = async (name) => JSON.parse(await readFile(new URL(name, root), 'utf8'));

const [manifest, pkg, readme] = await Promise.all([read('custom-elements.json'), read('package.json'), readFile(readmeUrl, 'utf8')]);
const api = renderApi(manifest, pkg);

// CI checks instead of writing: a README that was not regenerated and committed must fail there.
if (process.argv.includes('--check') || process.env.CI) {
  if (readSection(readme, 'api') !== api) {
    console.error(`${fileURLToPath(readmeUrl)}: the API section differs from custom-elements.json; run node scripts/readme-api.mjs`);
    process.exitCode = 1;
  }
} else {
  const updated = replaceSection(readme, 'api', api);
  if (updated !== readme) await writeFile(readmeUrl, updated);
}
