// The JSON Schemas are files of the package; what they accept is checked by
// scripts/validate-schemas.mjs (Ajv) and test/schemas/ (the elements' reader).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const SCHEMAS = ['schemas/portal-json.schema.json', 'schemas/links.schema.json'];
const json = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('the JSON Schemas', () => {
  it('are draft 2020-12 documents, named after the package, and exported by it', () => {
    const pkg = json('package.json');
    assert.equal(pkg.exports['./schemas/*'], './schemas/*');
    for (const path of SCHEMAS) {
      const schema = json(path);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', path);
      assert.equal(schema.$id, `https://cdn.jsdelivr.net/npm/${pkg.name}/${path}`, path);
      assert.equal(typeof schema.title, 'string', path);
    }
  });
});
