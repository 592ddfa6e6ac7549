import { expect } from '@open-wc/testing';
import { servedJson, servedText, type PackFiles, type PackageJson } from './served.js';

// What a project that installs the package gets, as listed by
// `npm pack --dry-run` at the end of `npm run build` (scripts/pack-list.mjs).

const ELEMENTS = ['news-list', 'related-articles', 'website-links', 'article-card'];

/** Every file of the package must be one of these. */
const ALLOWED = [
  /^lib\/.+\.js$/,
  /^lib\/.+\.d\.ts$/,
  /^dist\/portal-widgets\.js$/,
  /^dist\/portal-widgets-(sanitize|rss-atom|date-reader|date-fns)-[\w-]+\.js$/,
  /^schemas\/[\w-]+\.schema\.json$/,
  /^custom-elements\.json$/,
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE(\.md|\.txt)?$/,
];

const targetsOf = (entry: PackageJson['exports'][string]) => (typeof entry === 'string' ? [entry] : [entry.types, entry.default]);
const strip = (path: string) => path.replace(/^\.\//, '');

describe('the npm package', () => {
  let pack: PackFiles;
  let pkg: PackageJson;
  let files: Set<string>;
  before(async () => {
    [pack, pkg] = await Promise.all([servedJson<PackFiles>('/dist/pack-files.json'), servedJson<PackageJson>('/package.json')]);
    files = new Set(pack.files);
  });

  it('is the current version', () => {
    expect(pack.name).to.equal(pkg.name);
    expect(pack.version).to.equal(pkg.version);
  });

  it('has the ES modules and their types, with every element on its own', () => {
    for (const path of ['lib/index.js', 'lib/index.d.ts', 'lib/events.d.ts', 'lib/data/model.d.ts']) {
      expect(files, path).to.include(path);
    }
    for (const name of ELEMENTS) {
      expect(files, name).to.include(`lib/${name}/${name}.js`);
      expect(files, name).to.include(`lib/${name}/${name}.d.ts`);
    }
    for (const module of pack.files.filter((path) => /^lib\/.+\.js$/.test(path))) {
      expect(files, `types of ${module}`).to.include(module.replace(/\.js$/, '.d.ts'));
    }
  });

  it('has custom-elements.json, the schemas, the README and the changelog', () => {
    for (const path of ['custom-elements.json', 'schemas/portal-json.schema.json', 'schemas/links.schema.json', 'README.md', 'CHANGELOG.md', 'package.json']) {
      expect(files, path).to.include(path);
    }
  });

  it('has the drop-in file and exactly the chunks it imports (the sanitiser, the RSS/Atom reader, the date reader, date-fns)', async () => {
    expect(files).to.include('dist/portal-widgets.js');
    const chunks = pack.files.filter((path) => path.startsWith('dist/') && path !== 'dist/portal-widgets.js');
    expect(chunks).to.have.length(4);
    const entry = await servedText('/dist/portal-widgets.js');
    for (const chunk of chunks) expect(entry).to.contain(`import("./${chunk.slice('dist/'.length)}")`);
  });

  it('has every file package.json points to', () => {
    for (const path of [pkg.main, pkg.module, pkg.types, pkg.customElements]) {
      expect(files, path).to.include(strip(path));
    }
    for (const [specifier, entry] of Object.entries(pkg.exports)) {
      for (const target of targetsOf(entry)) {
        if (target.includes('*')) {
          const pattern = new RegExp(`^${strip(target).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.+')}$`);
          expect(pack.files.filter((path) => pattern.test(path)), specifier).not.to.be.empty;
        } else {
          expect(files, `${specifier} → ${target}`).to.include(strip(target));
        }
      }
    }
    for (const path of pkg.sideEffects) expect(files, `sideEffects ${path}`).to.include(strip(path));
  });

  it('has nothing else: no sources, tests, fixtures, demo, examples or source maps', () => {
    const unexpected = pack.files.filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));
    expect(unexpected).to.deep.equal([]);
    expect(pack.files.filter((path) => /\.map$|(^|\/)(src|test|demo|examples|bench|scripts|fixtures)\//.test(path))).to.deep.equal([]);
    expect(pack.files.filter((path) => /\.ts$/.test(path) && !path.endsWith('.d.ts'))).to.deep.equal([]);
  });
});
