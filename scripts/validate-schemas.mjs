// Checks the JSON Schemas in schemas/ against the documents they describe:
// every Portal JSON and links document the demo endpoint serves, the
// examples' data, the README's examples, the real JSON Feed fixtures (plain
// JSON Feed must stay valid Portal JSON), and documents that must be rejected.
//
//   node scripts/validate-schemas.mjs      (`npm run check:schemas`, a step of `npm test`)
//
// Prints one line per failure and exits 1 if any check failed.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { readmeExamples } from './readme/sections.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const SCHEMA_FILES = { portal: 'schemas/portal-json.schema.json', links: 'schemas/links.schema.json' };

const readJson = async (path) => JSON.parse(await readFile(join(root, path), 'utf8'));

/** Compiles both schemas in strict mode, so a typo in a keyword is an error, not a silent pass. */
async function compileSchemas() {
  // Formats are annotations in 2020-12; the schemas assert dates and URLs with
  // patterns. `required` in an `anyOf` branch names properties declared beside
  // the `anyOf`, which strictRequired would flag.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, validateFormats: false });
  const schemas = {};
  for (const [name, file] of Object.entries(SCHEMA_FILES)) schemas[name] = ajv.compile(await readJson(file));
  return schemas;
}

/** The demo endpoint's documents, asked of its routing function as the demo server would. */
async function demoDocuments() {
  const { route } = await import(pathToFileURL(join(root, 'demo/api.mjs')).href);
  const data = await import(pathToFileURL(join(root, 'demo/data/portal-data.mjs')).href);
  const get = (path) => {
    const url = new URL(path, 'http://localhost:8000');
    const answer = route('GET', url.pathname, url.searchParams, { host: 'localhost:8000' });
    if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
    return JSON.parse(answer.body);
  };
  const paths = [
    ['portal', '/api/feed.json'],
    ['portal', '/api/feed.json?page=2&per_page=5'],
    ['portal', '/api/demo/empty.json'],
    ['links', '/api/links.json'],
    ...data.CATEGORIES.map((category) => ['portal', `/api/categories/${category.id}.json`]),
    ...data.ARTICLES_NEWEST_FIRST.flatMap((article) => [
      ['portal', `/api/articles/${article.id}.json`],
      ['portal', `/api/articles/${article.id}/related.json`],
      ['portal', `/api/articles/${article.id}/newer.json`],
    ]),
  ];
  const documents = paths.map(([schema, path]) => ({ name: `demo ${path}`, schema, expect: true, load: () => get(path) }));
  // Valid JSON of the wrong shape: the schema must say no, as the elements do.
  documents.push({
    name: 'demo /api/demo/bad-format.json',
    schema: 'portal',
    expect: false,
    load: () => get('/api/demo/bad-format.json'),
  });
  return documents;
}

/** JSON files below `dir`, recursively, skipping build output and dependencies. */
async function jsonFiles(dir) {
  const found = [];
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory() && !['dist', 'node_modules'].includes(entry.name)) found.push(...(await jsonFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.json')) found.push(path);
  }
  return found.sort();
}

// Real captures kept for their defects (see test/fixtures/real/SOURCES.md): the
// reader forgives them, the schema, which says what a portal should write, does not.
const DEFECTIVE_CAPTURES = new Set(['jsonfeed-curtclifton-date-without-zone.json']);

async function fileDocuments() {
  const fixtures = (await readdir(join(root, 'test/fixtures/real'))).filter((name) => /^jsonfeed-.*\.json$/.test(name));
  const examples = await jsonFiles('examples');
  return [
    ...fixtures.map((name) => {
      const path = `test/fixtures/real/${name}`;
      return { name: path, schema: 'portal', expect: !DEFECTIVE_CAPTURES.has(name), load: () => readJson(path) };
    }),
    ...examples
      // Not documents: a project's package.json and tsconfig.json.
      .filter((path) => !/(^|\/)(package|tsconfig)\.json$/.test(path))
      .map((path) => ({
        name: path,
        schema: /links[^/]*\.json$/.test(path) ? 'links' : 'portal',
        expect: true,
        load: () => readJson(path),
      })),
  ];
}

async function readmeDocuments() {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  return readmeExamples(readme)
    .filter((example) => example.schema)
    .map((example) => ({
      name: `README example ${example.label}`,
      schema: example.schema,
      expect: true,
      load: () => JSON.parse(example.text),
    }));
}

const article = { id: '1', title: 'Tin', url: 'https://portal.example/tin/1' };
const feed = (item) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Tin mới', items: [item] });

/** Mistakes a portal could make, each of which the schema must reject. */
const MUST_REJECT = [
  ['portal', 'a feed item without id', feed({ title: 'Tin' })],
  ['portal', 'a feed item with nothing to show', feed({ id: '1', url: 'https://portal.example/tin/1' })],
  ['portal', 'a title that is a number', feed({ ...article, title: 2020 })],
  ['portal', 'items that are not an array', { version: 'https://jsonfeed.org/version/1.1', title: 'Tin mới', items: {} }],
  ['portal', 'a feed without items', { version: 'https://jsonfeed.org/version/1.1', title: 'Tin mới' }],
  ['portal', 'a date without a time zone offset', feed({ ...article, date_published: '2020-10-29T07:57:30' })],
  ['portal', 'a date written dd/MM/yyyy', { ...article, date_modified: '29/10/2020 07:57:30' }],
  ['portal', 'a javascript: article URL', { ...article, url: 'javascript:alert(1)' }],
  ['portal', 'a category without a name', { ...article, _portal: { category: { id: 'chinh-tri' } } }],
  ['portal', 'a related article without a title', { ...article, _portal: { related: [{ id: '2' }] } }],
  ['portal', 'related articles that are not an array', { ...article, _portal: { related: { id: '2', title: 'Tin' } } }],
  ['portal', 'null for an optional field', { ...article, summary: null }],
  ['portal', 'an unknown JSON Feed version', { ...feed(article), version: 'https://jsonfeed.org/version/2' }],
  ['portal', 'a negative page count', { ...feed(article), _portal: { page: 1, total_pages: -1 } }],
  ['portal', 'a WordPress posts list', [{ id: 1, title: { rendered: 'Tin' }, link: 'https://portal.example/?p=1' }]],
  ['links', 'a links document without links', { title: 'Liên kết website' }],
  ['links', 'a link without a URL', { links: [{ name: 'Chính phủ' }] }],
  ['links', 'a link with an empty name', { links: [{ name: ' ', url: 'https://chinhphu.vn/' }] }],
  ['links', 'a javascript: link', { links: [{ name: 'Chính phủ', url: 'JavaScript:alert(1)' }] }],
  ['links', 'a data: logo', { links: [{ name: 'Chính phủ', url: 'https://chinhphu.vn/', logo: 'data:image/svg+xml,<svg/>' }] }],
].map(([schema, name, doc]) => ({ name: `rejects ${name}`, schema, expect: false, load: () => doc }));

const describeErrors = (errors) =>
  (errors ?? []).map((error) => `${error.instancePath || '(document)'} ${error.message}`).slice(0, 5);

async function validateAll() {
  const results = [];
  const record = (name, schema, expect, pass, errors = []) =>
    results.push({ name, schema, expect: expect ? 'valid' : 'invalid', pass, errors });

  let compiled;
  try {
    compiled = await compileSchemas();
  } catch (error) {
    record('the schemas compile in strict mode', '-', true, false, [error.message]);
    return results;
  }
  const sources = [
    ['the demo endpoint', demoDocuments],
    ['the examples and fixtures', fileDocuments],
    ['the README', readmeDocuments],
  ];
  const cases = [];
  for (const [what, list] of sources) {
    try {
      cases.push(...(await list()));
    } catch (error) {
      record(`documents of ${what} can be read`, '-', true, false, [error.message]);
    }
  }
  cases.push(...MUST_REJECT);
  for (const { name, schema, expect, load } of cases) {
    let doc;
    try {
      doc = await load();
    } catch (error) {
      record(name, schema, expect, false, [`could not be read: ${error.message}`]);
      continue;
    }
    const validate = compiled[schema];
    const valid = validate(doc);
    record(name, schema, expect, valid === expect, expect ? describeErrors(validate.errors) : valid ? ['was accepted'] : []);
  }
  recordCoverage(results, record);
  return results;
}

/** Each source was reached, not skipped: an empty list of documents would pass every check. */
function recordCoverage(results, record) {
  const names = results.map((result) => result.name);
  const count = (test) => names.filter(test).length;
  const expected = [
    ['the demo feed and links documents', ['demo /api/feed.json', 'demo /api/links.json'].every((name) => names.includes(name))],
    ['at least 10 demo articles', count((name) => /^demo \/api\/articles\/\w+\.json$/.test(name)) >= 10],
    [
      'the 4 real JSON Feed fixtures (one of them rejected)',
      count((name) => name.startsWith('test/fixtures/real/jsonfeed-')) === 4,
    ],
    [
      "the examples' feed, article and links",
      ['examples/data/feed.json', 'examples/data/article.json', 'examples/data/links.json'].every((name) => names.includes(name)),
    ],
    ["the README's 4 JSON examples", count((name) => name.startsWith('README example')) === 4],
    ['at least 15 documents to reject', results.filter((result) => result.expect === 'invalid').length >= 15],
  ];
  for (const [what, found] of expected)
    record(`checked ${what}`, '-', true, found, found ? [] : ['not found among the checked documents']);
}

const results = await validateAll();
const failed = results.filter((result) => !result.pass);
for (const result of failed) console.error(`schema check failed: ${result.name} (${result.schema}): ${result.errors.join('; ')}`);
console.log(`schemas: ${results.length - failed.length} of ${results.length} checks passed`);
if (failed.length) process.exitCode = 1;
