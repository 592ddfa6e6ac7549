// The import-direction rule of eslint.config.mjs (eslint-plugin-boundaries, run by `npm run lint`)
// reports each kind of import that goes against LAYERS. `npm run lint` itself shows the source passes.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { importDirection } from '../../eslint.config.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, importDirection],
});

/** What the rule says of `code` at `path` (relative to the root): "rule: message" lines. */
async function problems(path, code) {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.map(({ ruleId, message }) => `${ruleId}: ${message}`);
}

describe('import direction in src/ (eslint-plugin-boundaries)', () => {
  it('allows imports from the same folder and from the layers before it', async () => {
    const code = [
      "import { PortalError } from '../core/portal-error.js';",
      "import type { Article } from '../data/model.js';",
      "import { labelsFor } from '../format/labels.js';",
      "import { define } from '../element/define.js';",
      "import { cardSkeleton } from '../article-card/article-card.js';",
      "import { articleListStyles } from './article-list.styles.js';",
      "const later = () => import('../events.js');",
    ].join('\n');
    assert.deepEqual(await problems('src/article-list/example.ts', code), []);
  });

  it('reports a static, a type-only, a re-exported and a dynamic import that goes up', async () => {
    const code = [
      "import { formatDate } from '../format/dates.js';",
      "import type { PortalLoadDetail } from '../events.js';",
      "export { define } from '../element/define.js';",
      "const later = () => import('../news-list/news-list.js');",
    ].join('\n');
    assert.deepEqual(await problems('src/data/example.ts', code), [
      'boundaries/dependencies: There is no policy allowing dependencies from elements of type "data" to elements of type "format"',
      'boundaries/dependencies: There is no policy allowing dependencies from elements of type "data" to file of category "events.ts"',
      'boundaries/dependencies: There is no policy allowing dependencies from elements of type "data" to elements of type "element"',
      'boundaries/dependencies: There is no policy allowing dependencies from elements of type "data" to elements of type "news-list"',
    ]);
  });

  it('reports a side-effect import between element folders that are peers', async () => {
    assert.deepEqual(await problems('src/news-list/example.ts', "import '../website-links/website-links.js';\n"), [
      'boundaries/dependencies: There is no policy allowing dependencies from elements of type "news-list" to elements of type "website-links"',
    ]);
  });

  it('keeps load/ and data/ apart: bytes from a URL know no format, and the readers fetch nothing', async () => {
    assert.deepEqual(await problems('src/load/example.ts', "import { readDocument } from '../data/read.js';\n"), [
      'boundaries/dependencies: There is no policy allowing dependencies from elements of type "load" to elements of type "data"',
    ]);
    assert.deepEqual(await problems('src/data/example.ts', "import { loadBytes } from '../load/load.js';\n"), [
      'boundaries/dependencies: There is no policy allowing dependencies from elements of type "data" to elements of type "load"',
    ]);
  });

  it('reports a top-level file importing the entry', async () => {
    assert.deepEqual(await problems('src/events.ts', "export type { Article } from './index.js';\n"), [
      'boundaries/dependencies: There is no policy allowing dependencies from file of category "events.ts" to file of category "index.ts"',
    ]);
  });

  it('reports a folder in no layer', async () => {
    const found = await problems('src/misc/util.ts', "export * from '../core/text.js';\n");
    assert.ok(
      found.some((problem) => problem.startsWith('boundaries/no-unknown-files:')),
      found.join('\n'),
    );
  });
});
