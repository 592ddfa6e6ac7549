// `npm run docs` (a build, then this): writes the generated sections of
// tracked files (see scripts/readme/generated.mjs) from what the build wrote.
// The build itself leaves tracked files alone; test/node/generated-docs.test.mjs
// says when this needs running.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { API_DOC_HEADER, generatedSections } from './readme/generated.mjs';
import { replaceSection } from './readme/sections.mjs';

const root = new URL('..', import.meta.url);

/** The file's text; a missing docs/api.md starts from its header. */
async function textOf(url) {
  try {
    return await readFile(url, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT' && url.pathname.endsWith('/docs/api.md')) return API_DOC_HEADER;
    throw error;
  }
}

for (const { file, name, content } of await generatedSections()) {
  const url = new URL(file, root);
  const text = await textOf(url);
  const updated = replaceSection(text, name, content);
  if (updated === text) continue;
  await mkdir(new URL('.', url), { recursive: true });
  await writeFile(url, updated);
  console.log(`${file}: wrote the ${name} section`);
}
