// Every part and custom property an element's templates and styles use is in
// custom-elements.json for its tag (written by `npm run build` from the JSDoc),
// and every part documented there is one the element renders.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

/** Every .ts file under `root`, relative to it, with its text. */
function readSources(root) {
  const files = {};
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** The folders whose templates and styles render into each tag's shadow root. */
const FOLDERS = {
  'news-list': ['element', 'article-list', 'news-list'],
  'related-articles': ['element', 'article-list', 'related-articles'],
  'website-links': ['element', 'website-links'],
  'article-card': ['element', 'article-card'],
};

/** Part names in `part="…"` and `exportparts="…"`, in literal part arguments of `renderLink` / `renderHeading`, and in their defaults. */
export function partsUsed(source) {
  const names = new Set();
  const add = (list) =>
    list
      .split(/[\s,]+/)
      .filter((name) => /^[a-z][a-z-]*$/.test(name))
      .forEach((name) => names.add(name));
  for (const [, list] of source.matchAll(/\bpart="([^"]*)"/g)) add(list);
  for (const [, list] of source.matchAll(/\bexportparts="([^"]*)"/g)) add(list);
  for (const line of source.split('\n')) {
    if (!/render(?:Link|Heading)\(/.test(line)) continue;
    for (const [, list] of line.matchAll(/,\s*'([a-z][a-z -]*)'\s*\)/g)) add(list);
  }
  for (const [, name] of source.matchAll(/\b(?:part|kind) = '([a-z-]+)'/g)) add(name);
  return names;
}

/** Custom properties read with `var(--portal-…)`, the JSDoc aside. */
export function customPropertiesUsed(source) {
  const code = source.replace(/\/\*\*[\s\S]*?\*\//g, '');
  return new Set([...code.matchAll(/var\((--portal-[a-z0-9-]+)/g)].map((match) => match[1]));
}

function used(tag) {
  const sources = Object.entries(readSources(src))
    .filter(([path]) => FOLDERS[tag].includes(path.split('/')[0]))
    .map(([, text]) => text);
  const union = (read) => new Set(sources.flatMap((text) => [...read(text)]));
  return { parts: union(partsUsed), properties: union(customPropertiesUsed) };
}

function documented(tag) {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  assert.ok(declaration, `${tag} is in custom-elements.json`);
  return {
    parts: new Set((declaration.cssParts ?? []).map((part) => part.name)),
    properties: new Set((declaration.cssProperties ?? []).map((property) => property.name)),
    events: (declaration.events ?? []).map((event) => event.name),
  };
}

const missing = (wanted, have) => [...wanted].filter((name) => !have.has(name)).sort();

describe('custom-elements.json documents the styling surface each element uses', () => {
  for (const tag of Object.keys(FOLDERS)) {
    it(`<${tag}>: every part and custom property it uses, and no part it does not render`, () => {
      const use = used(tag);
      const docs = documented(tag);
      assert.ok(use.parts.size > 5 && use.properties.size > 5, 'the sources were read');
      assert.deepEqual(missing(use.parts, docs.parts), [], 'parts used but not documented');
      assert.deepEqual(missing(use.properties, docs.properties), [], 'custom properties used but not documented');
      assert.deepEqual(missing(docs.parts, use.parts), [], 'parts documented but never rendered');
      // The lists also check for new articles (`refresh`).
      const events = FOLDERS[tag].includes('article-list')
        ? ['portal-error', 'portal-load', 'portal-update']
        : ['portal-error', 'portal-load'];
      assert.deepEqual(docs.events.sort(), events);
    });
  }

  it('reads parts and custom properties the way the templates and styles write them', () => {
    const source = [
      'html`<li part="item"><a part="link ${extra}" href="#">x</a></li>`',
      '<article-card exportparts="image, title"></article-card>',
      "${this.renderLink(url, labels.back, 'link back')} ${this.renderHeading(title, 'title')}",
      "protected renderLink(raw: string, content: unknown, part = 'link') {}",
      '/** @cssprop [--portal-documented=1] - var(--portal-in-a-comment) */',
      'color: var(--portal-color-text, #1f1f1f); gap: var(--_gap);',
    ].join('\n');
    assert.deepEqual([...partsUsed(source)].sort(), ['back', 'image', 'item', 'link', 'title']);
    assert.deepEqual([...customPropertiesUsed(source)], ['--portal-color-text']);
  });
});
