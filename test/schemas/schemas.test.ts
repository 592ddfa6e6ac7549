import { expect } from '@open-wc/testing';
import { parseDocument, prepareFormat } from '../../src/data/detect.js';
import { readmeExamples } from '../../scripts/readme/sections.mjs';
import { servedJson, servedText, sha256Hex, type PackageJson } from '../package/served.js';

// The RSS/Atom reader is a chunk loaded on demand; these tests read XML synchronously.
before(() => prepareFormat('<rss/>'));

// The schemas are checked with Ajv in Node by scripts/validate-schemas.mjs
// during `npm run build` (Ajv is CommonJS, the browser here loads ES modules);
// its report is read here. `npm run check:schemas` runs the same checks alone.

interface Check {
  name: string;
  schema: string;
  expect: 'valid' | 'invalid';
  pass: boolean;
  errors: string[];
}
interface Report {
  ok: boolean;
  hashes: Record<string, string>;
  results: Check[];
}

const SCHEMAS = ['schemas/portal-json.schema.json', 'schemas/links.schema.json'];

describe('the JSON Schemas', () => {
  let report: Report;
  before(async () => {
    report = await servedJson<Report>('/dist/schema-check.json');
  });

  it('are draft 2020-12 documents, named after the package, and exported by it', async () => {
    const pkg = await servedJson<PackageJson>('/package.json');
    expect(pkg.exports['./schemas/*']).to.equal('./schemas/*');
    for (const path of SCHEMAS) {
      const schema = await servedJson<{ $schema: string; $id: string; title: string }>(`/${path}`);
      expect(schema.$schema, path).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id, path).to.equal(`https://cdn.jsdelivr.net/npm/${pkg.name}/${path}`);
      expect(schema.title, path).to.be.a('string');
    }
  });

  it('were checked in their current form', async () => {
    for (const path of SCHEMAS) {
      expect(report.hashes[path], `${path} changed since the last npm run build`).to.equal(await sha256Hex(await servedText(`/${path}`)));
    }
  });

  it('accept every document the demo endpoint, the examples and the README publish, and the real JSON Feeds', () => {
    const accepted = report.results.filter((check) => check.expect === 'valid');
    const failed = accepted.filter((check) => !check.pass).map((check) => `${check.name}: ${check.errors.join('; ')}`);
    expect(failed).to.deep.equal([]);
    const names = accepted.map((check) => check.name);
    // Each source was reached, not skipped.
    expect(names).to.include('demo /api/feed.json');
    expect(names).to.include('demo /api/links.json');
    expect(names.filter((name) => /^demo \/api\/articles\/\w+\.json$/.test(name)).length).to.be.at.least(10);
    expect(names.filter((name) => name.startsWith('test/fixtures/real/jsonfeed-'))).to.have.length(3);
    expect(names).to.include.members(['examples/data/feed.json', 'examples/data/article.json', 'examples/data/links.json']);
    expect(names.filter((name) => name.startsWith('README example'))).to.have.length(4);
  });

  it('reject the mistakes a portal could make', () => {
    const rejected = report.results.filter((check) => check.expect === 'invalid');
    expect(rejected.filter((check) => !check.pass).map((check) => check.name)).to.deep.equal([]);
    expect(rejected.length).to.be.at.least(15);
    expect(rejected.map((check) => check.name)).to.include('demo /api/demo/bad-format.json');
  });

  it('left nothing unchecked', () => {
    expect(report.results.filter((check) => !check.pass).map((check) => check.name)).to.deep.equal([]);
    expect(report.ok).to.equal(true);
  });
});

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
      const doc = parseDocument(example.text, 'https://portal.example/api/example');
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
      const doc = parseDocument(await servedText(`/${path}`), new URL(`/${path}`, location.origin).href);
      expect(doc.kind, path).to.equal(kind);
      if (doc.kind === 'feed') expect([doc.feed.items.length, doc.feed.problems], path).to.deep.equal([count, []]);
      if (doc.kind === 'links') expect([doc.links.links.length, doc.links.problems], path).to.deep.equal([count, []]);
      if (doc.kind === 'article') expect(doc.article.related, path).to.have.length(2);
    }
  });
});
