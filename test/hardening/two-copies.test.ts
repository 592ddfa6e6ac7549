import { expect } from '@open-wc/testing';
import { HOST_POLICY, otherOrigin, runPage } from './harness.js';

// "Registering twice (two script tags, two copies) must not throw": a CMS
// theme adds the drop-in file, a plugin adds it again, or an app that bundles
// the npm package meets the theme's copy. The first copy to load owns the
// tags; the page must work either way. Rendered in an iframe page, so each
// case starts from a registry of its own.

const endpoint = otherOrigin();
const BUNDLE = '/dist/portal-widgets.js';
const NPM = '/lib/index.js';

interface Report {
  fatal?: string;
  violations: string[];
  uncaught: string[];
  results: { name: string; event: string; kind?: string; message?: string; items: number; text: string; body?: string }[];
  probe: string[];
}

function page(copies: string[], csp?: string) {
  const url = new URL('/test/hardening/strict-host.html', location.href);
  url.searchParams.set('endpoint', endpoint);
  url.searchParams.set('set', 'json');
  url.searchParams.set('copies', copies.join(','));
  if (csp) url.searchParams.set('csp', csp);
  return runPage<Report>(url.href, `page with ${copies.join(' + ')}`);
}

function expectWorking(report: Report) {
  expect(report.fatal, report.fatal).to.equal(undefined);
  expect(report.uncaught).to.deep.equal([]);
  for (const result of report.results) {
    if (result.name.includes('404')) {
      expect(result.event).to.equal('error');
      continue;
    }
    expect(result.event, `${result.name}: ${result.message ?? ''}`).to.be.oneOf(['load', 'property']);
    expect(result.text, result.name).not.to.equal('');
  }
  const full = report.results.find((r) => r.name === 'article-card full, Portal JSON article')!;
  expect(full.body).to.contain('toàn văn Nghị quyết');
  const pager = report.results.find((r) => r.name.includes('pager'))!;
  expect(pager.items).to.equal(5);
}

describe('two copies on one page', function () {
  this.timeout(20000);

  it('the drop-in file twice', async () => {
    expectWorking(await page([BUNDLE, `${BUNDLE}?copy=2`]));
  });

  it('the npm modules first, then the drop-in file', async () => {
    expectWorking(await page([NPM, BUNDLE]));
  });

  it('the drop-in file first, then the npm modules', async () => {
    expectWorking(await page([BUNDLE, NPM]));
  });

  it("the drop-in file twice under the strict host policy with 'allow-duplicates', with zero violations", async () => {
    const csp = `${HOST_POLICY.replaceAll('<endpoint>', endpoint)} portal-widgets 'allow-duplicates'`;
    const report = await page([BUNDLE, `${BUNDLE}?copy=2`], csp);
    expectWorking(report);
    expect(report.violations).to.deep.equal([]);
    expect(report.probe.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
  });
});
