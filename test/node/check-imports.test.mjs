import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { findViolations, importsOf, readSources } from '../../scripts/check-imports.mjs';

const src = fileURLToPath(new URL('../../src', import.meta.url));

describe('import direction in src/', () => {
  it('holds for the source as it is', () => {
    assert.deepEqual(findViolations(readSources(src)), []);
  });

  it('reports an import from a lower folder to a higher one', () => {
    const files = readSources(src);
    files['data/detect.ts'] += "\nimport { formatDate } from '../format/dates.js';\n";
    files['core/text.ts'] += "\nconst later = () => import('../element/define.js');\n";
    assert.deepEqual(findViolations(files), [
      'core/text.ts imports element/define.ts: core may not import element',
      'data/detect.ts imports format/dates.ts: data may not import format',
    ]);
  });

  it('reports a side-effect import between element folders that are peers', () => {
    const problems = findViolations({ 'news-list/news-list.ts': "import '../website-links/website-links.js';\n" });
    assert.deepEqual(problems, [
      'news-list/news-list.ts imports website-links/website-links.ts: news-list may not import website-links',
    ]);
  });

  it('reports a folder it does not know', () => {
    const problems = findViolations({ 'misc/util.ts': "export * from '../core/text.js';\n" });
    assert.deepEqual(problems, ['misc/util.ts imports core/text.ts: misc/util.ts is in no layer (add it to LAYERS)']);
  });

  it('reads static, type-only, re-exported and dynamic imports, but not packages', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "import './d.js';",
      "const e = await import('./e.js');",
      "import { html } from 'lit';",
    ].join('\n');
    assert.deepEqual(importsOf(source), ['./a.js', '../b.js', './c.js', './d.js', './e.js']);
  });
});
