import { expect } from '@open-wc/testing';
import { renderApi } from '../../scripts/readme/api.mjs';
import { renderCdn } from '../../scripts/readme/cdn.mjs';
import { readSection } from '../../scripts/readme/sections.mjs';
import { integrityOf, servedBytes, servedJson, servedText, type PackageJson } from './served.js';

describe('README.md', () => {
  let readme: string;
  let pkg: PackageJson;
  before(async () => {
    [readme, pkg] = await Promise.all([servedText('/README.md'), servedJson<PackageJson>('/package.json')]);
  });

  it('links the API reference, docs/api.md, generated from the current custom-elements.json', async () => {
    const [manifest, doc] = await Promise.all([servedJson('/custom-elements.json'), servedText('/docs/api.md')]);
    expect(readme).to.contain('[docs/api.md](docs/api.md)');
    // `npm run build` rewrites it; `node scripts/readme-api.mjs` does it alone.
    expect(readSection(doc, 'api')).to.equal(renderApi(manifest, pkg));
  });

  it('documents every element, attribute, event, part and custom property of the manifest', async () => {
    const api = readSection(await servedText('/docs/api.md'), 'api');
    for (const tag of ['news-list', 'related-articles', 'website-links', 'article-card']) {
      expect(api, tag).to.contain(`### \`<${tag}>\``);
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
      expect(api, name).to.contain(name);
    }
  });

  it('pins the drop-in file to this version with the SHA-384 of the built file', async () => {
    // The chunks beside the entry: the files it imports on demand, and those they do (the full article's sanitiser).
    const found = new Set<string>();
    const follow = async (file: string) => {
      for (const [, chunk] of (await servedText(`/dist/${file}`)).matchAll(/import\("\.\/([^"]+)"\)/g)) {
        if (found.has(chunk)) continue;
        found.add(chunk);
        await follow(chunk);
      }
    };
    await follow('portal-widgets.js');
    const chunkFiles = [...found].map((file) => `dist/${file}`).sort();
    const entry = { file: 'portal-widgets.js', integrity: await integrityOf(await servedBytes('/dist/portal-widgets.js')) };
    const chunks = await Promise.all(
      chunkFiles.map(async (path) => ({
        file: path.slice('dist/'.length),
        integrity: await integrityOf(await servedBytes(`/${path}`)),
      })),
    );
    const section = readSection(readme, 'cdn');
    expect(section).to.equal(renderCdn(pkg, entry, chunks));
    expect(section).to.contain(`https://cdn.jsdelivr.net/npm/portal-widgets@${pkg.version}/dist/portal-widgets.js`);
    expect(section).to.contain(`integrity="${entry.integrity}"`);
  });

  it('writes the same hash to dist/portal-widgets.js.sri', async () => {
    const sri = (await servedText('/dist/portal-widgets.js.sri')).trim();
    expect(sri).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(sri).to.equal(await integrityOf(await servedBytes('/dist/portal-widgets.js')));
  });

  it('links the schemas, the examples, the changelog and the demo screenshot that exist', async () => {
    const targets = [...readme.matchAll(/\]\((?!https?:|#)([^)\s]+)\)/g)].map(([, target]) => target);
    for (const target of [
      'schemas/portal-json.schema.json',
      'schemas/links.schema.json',
      'CHANGELOG.md',
      'demo/screenshot.png',
    ]) {
      expect(targets, target).to.include(target);
    }
    // Files must exist now; folders are the examples, checked by test/examples/. The
    // screenshot is made separately.
    for (const target of targets.filter((path) => !path.endsWith('/') && path !== 'demo/screenshot.png')) {
      const response = await fetch(new URL(`/${target}`, location.origin), { method: 'HEAD' });
      expect(response.ok, `${target} answers ${response.status}`).to.equal(true);
    }
  });
});
