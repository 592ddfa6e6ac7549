// The README and docs/api.md: their generated sections are current, they
// document the API, pin the drop-in file with its hash, and link files that
// exist. Reads what `npm run build` wrote (custom-elements.json, dist/).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderCdn } from '../../scripts/readme/cdn.mjs';
import { ENTRY, elementFiles, generatedSections, integrityOf } from '../../scripts/readme/generated.mjs';
import { readSection } from '../../scripts/readme/sections.mjs';

const root = new URL('../../', import.meta.url);
const text = (path) => readFileSync(new URL(path, root), 'utf8');
const readme = text('README.md');
const pkg = JSON.parse(text('package.json'));

describe('README.md and docs/api.md', () => {
  it('have their generated sections as `npm run docs` writes them from the build', async () => {
    for (const { file, name, content } of await generatedSections()) {
      assert.equal(readSection(text(file), name), content, `${file}: the ${name} section is out of date; run npm run docs`);
    }
  });

  it('links the API reference, docs/api.md', () => {
    assert.ok(readme.includes('[docs/api.md](docs/api.md)'));
  });

  it('documents every element, attribute, event, part and custom property of the manifest', () => {
    const api = readSection(text('docs/api.md'), 'api');
    for (const tag of ['news-list', 'related-articles', 'website-links', 'article-card']) {
      assert.ok(api.includes(`### \`<${tag}>\``), tag);
    }
    for (const name of [
      '`src`',
      '`heading-level`',
      '`cache-ttl`',
      '`data`',
      '`article`',
      '`links`',
      '`portal-load`',
      '`portal-error`',
      '`--portal-color-primary`',
      '`more-link`',
      '`item-id`',
    ]) {
      assert.ok(api.includes(name), name);
    }
  });

  it('pins the drop-in file to this version with the SHA-384 of the built file', async () => {
    // The chunks beside the entry: the files it imports on demand, and those they do (the full article's sanitiser).
    const found = new Set();
    const follow = (file) => {
      for (const [, chunk] of text(`dist/${file}`).matchAll(/import\("\.\/([^"]+)"\)/g)) {
        if (found.has(chunk)) continue;
        found.add(chunk);
        follow(chunk);
      }
    };
    follow(ENTRY);
    const entry = { file: ENTRY, integrity: await integrityOf(ENTRY) };
    const chunks = await Promise.all([...found].sort().map(async (file) => ({ file, integrity: await integrityOf(file) })));
    const section = readSection(readme, 'cdn');
    assert.equal(section, renderCdn(pkg, entry, chunks, await elementFiles()));
    assert.ok(section.includes(`https://cdn.jsdelivr.net/npm/portal-widgets@${pkg.version}/dist/portal-widgets.js`));
    assert.ok(section.includes(`integrity="${entry.integrity}"`));
  });

  it('writes the same hash to dist/portal-widgets.js.sri', async () => {
    const sri = text('dist/portal-widgets.js.sri').trim();
    assert.match(sri, /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.equal(sri, await integrityOf(ENTRY));
  });

  it('links the schemas, the examples, the changelog and the demo screenshot that exist', () => {
    const targets = [...readme.matchAll(/\]\((?!https?:|#)([^)\s]+)\)/g)].map(([, target]) => target);
    for (const target of [
      'schemas/portal-json.schema.json',
      'schemas/links.schema.json',
      'CHANGELOG.md',
      'demo/screenshot.png',
    ]) {
      assert.ok(targets.includes(target), target);
    }
    // Files must exist now; folders are the examples, checked by test/examples/. The
    // screenshot is made separately.
    for (const target of targets.filter((path) => !path.endsWith('/') && path !== 'demo/screenshot.png')) {
      assert.ok(existsSync(new URL(target, root)), `${target} exists`);
    }
  });
});
