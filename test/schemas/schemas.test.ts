import { expect } from '@open-wc/testing';
import { readText } from '../helpers/read.js';
import { readmeExamples } from '../../scripts/readme/sections.mjs';
import { servedText } from '../package/served.js';

// Documents are checked against the schemas with Ajv in Node, by
// scripts/validate-schemas.mjs (`npm run check:schemas`, a step of `npm test`):
// Ajv is CommonJS, the browser here loads ES modules.

// That they are draft 2020-12 documents named after the package is checked in Node, by test/node/schemas.test.mjs.

describe('the data format examples', () => {
  const kinds: Record<string, string> = {
    'portal-json feed': 'feed',
    'portal-json article': 'article',
    jsonfeed: 'feed',
    wordpress: 'feed',
    rss: 'feed',
    atom: 'feed',
    links: 'links',
  };

  it('in the README are read by the elements without a problem', async () => {
    const examples = readmeExamples(await servedText('/README.md'));
    expect(examples.map((example) => example.label)).to.have.members(Object.keys(kinds));
    for (const example of examples) {
      const doc = await readText(example.text, 'https://portal.example/api/example');
      expect(doc.kind, example.label).to.equal(kinds[example.label]);
      const problems = doc.kind === 'feed' ? doc.feed.problems : doc.kind === 'links' ? doc.links.problems : [];
      expect(problems, example.label).to.deep.equal([]);
      if (doc.kind === 'feed') expect(doc.feed.items, example.label).to.have.length(1);
    }
  });

  it('in examples/data are read by the elements without a problem', async () => {
    for (const [path, kind, count] of [
      ['examples/data/feed.json', 'feed', 6],
      ['examples/data/article.json', 'article', 1],
      ['examples/data/links.json', 'links', 5],
      ['examples/data/feed.rss.xml', 'feed', 3],
    ] as const) {
      const doc = await readText(await servedText(`/${path}`), new URL(`/${path}`, location.origin).href);
      expect(doc.kind, path).to.equal(kind);
      if (doc.kind === 'feed') expect([doc.feed.items.length, doc.feed.problems], path).to.deep.equal([count, []]);
      if (doc.kind === 'links') expect([doc.links.links.length, doc.links.problems], path).to.deep.equal([count, []]);
      if (doc.kind === 'article') expect(doc.article.related, path).to.have.length(2);
    }
  });
});
