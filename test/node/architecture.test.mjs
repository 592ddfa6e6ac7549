// docs/ARCHITECTURE.md names the file to change for each job: every `src/…` path
// it names must exist, so the map cannot drift from the tree unnoticed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/ARCHITECTURE.md', root), 'utf8');

describe('docs/ARCHITECTURE.md', () => {
  it('names only files and folders that exist', () => {
    const named = [...doc.matchAll(/`(src\/[\w./-]+)`/g)].map(([, path]) => path);
    assert.ok(named.length > 20, `only ${named.length} paths named`);
    const missing = named.filter((path) => !existsSync(new URL(path, root)));
    assert.deepEqual(missing, []);
  });

  it('has a row in "Where to change what" for each job a contributor asks about', () => {
    const table = doc.split('## Where to change what')[1] ?? '';
    for (const job of ['RSS or Atom dates', 'A label', 'A new format', 'A new layout', 'article body', 'import order']) {
      assert.match(table, new RegExp(job), `no row for "${job}"`);
    }
  });
});
