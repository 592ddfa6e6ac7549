import { expect } from '@open-wc/testing';
import { HOST_POLICY, otherOrigin, runPage } from './harness.js';

// A portal page served with the strictest policy a government site is
// likely to send (as a header, see web-test-runner.config.mjs), embedding the
// drop-in file and reading data from another origin. Every element and
// variant must render without a single `securitypolicyviolation`.

const endpoint = otherOrigin();

const policy = (extraTrustedTypes = '') => HOST_POLICY.replaceAll('<endpoint>', endpoint) + extraTrustedTypes;

interface Report {
  fatal?: string;
  violations: string[];
  uncaught: string[];
  images: { src: string; loaded: boolean }[];
  results: {
    name: string;
    event: string;
    kind?: string;
    message?: string;
    stale?: boolean;
    problems?: string[];
    items: number;
    text: string;
    body?: string;
  }[];
  xss: unknown;
  probe: string[];
}

function page(set: string, csp: string) {
  const url = new URL('/test/hardening/strict-host.html', location.href);
  url.searchParams.set('endpoint', endpoint);
  url.searchParams.set('set', set);
  url.searchParams.set('csp', csp);
  return runPage<Report>(url.href, `strict host (${set})`);
}

function expectClean(report: Report) {
  expect(report.fatal, report.fatal).to.equal(undefined);
  // The page really is under the policy, and a violation would have been seen.
  expect(report.probe.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
  expect(report.probe.some((v) => v.startsWith('img-src'))).to.equal(true);
  expect(report.uncaught).to.deep.equal([]);
  expect(report.xss).to.equal(null);
  expect(report.images.length).to.be.greaterThan(0);
  expect(report.images.filter((img) => !img.loaded)).to.deep.equal([]);
}

describe('strict host policies', function () {
  this.timeout(20000);

  it('renders every element and variant from JSON sources under the exact host policy, with zero violations', async () => {
    const report = await page('json', policy());
    expect(report.violations).to.deep.equal([]);
    expectClean(report);
    const outcome = Object.fromEntries(report.results.map((r) => [r.name, r]));
    for (const result of report.results) {
      if (result.name.includes('404')) continue;
      expect(result.event, `${result.name}: ${result.message ?? ''}`).to.be.oneOf(['load', 'property']);
      expect(result.text, result.name).not.to.equal('');
    }
    expect(outcome['news-list list, Portal JSON, pager'].items, 'the pager appended page 2').to.equal(5);
    expect(outcome['news-list, empty feed'].text).to.contain('Không có dữ liệu');
    // Named references are read by the browser's parser without the "portal-widgets" policy.
    expect(outcome['news-list list, JSON Feed as an editor writes it'].text).to.contain('Thông báo … Hà Nội: căn hộ 93m2');
    expect(outcome['news-list, 404 with fallback']).to.include({ event: 'error', kind: 'http' });
    expect(outcome['news-list, 404 with fallback'].text).to.contain('Thử lại');
    expect(outcome['related-articles cards, picked from feed-src'].items).to.equal(2);
    // The sanitised body is there, without what the data tried to run.
    expect(outcome['article-card full, Portal JSON article'].body).to.contain('toàn văn Nghị quyết');
    expect(outcome['article-card full, Portal JSON article'].body).to.contain('Tăng trưởng GRDP');
    expect(outcome['article-card full, WordPress'].body).to.contain('Phiên họp thống nhất');
    expect(outcome['article-card full, property'].body).to.contain('Đoạn một.');
  });

  it('renders RSS and Atom under the same policy plus the "portal-widgets" Trusted Types policy, with zero violations', async () => {
    const report = await page('xml', policy(' portal-widgets'));
    expect(report.violations).to.deep.equal([]);
    expectClean(report);
    for (const result of report.results) {
      expect(result.event, `${result.name}: ${result.message ?? ''}`).to.equal('load');
      expect(result.text, result.name).not.to.equal('');
    }
    const rss = report.results.find((r) => r.name === 'article-card full, RSS content:encoded')!;
    expect(rss.body).to.contain('Các nhà đầu tư đánh giá cao');
  });

  it('repairs ill-formed RSS under the same policy without building a parser-error document: zero violations', async () => {
    const report = await page('xml-repairable', policy(' portal-widgets'));
    expect(report.violations).to.deep.equal([]);
    expectClean(report);
    const [list, cards, card] = report.results;
    for (const result of report.results) expect(result.event, `${result.name}: ${result.message ?? ''}`).to.equal('load');
    expect([list.items, cards.items]).to.deep.equal([2, 2]);
    expect(list.text).to.contain('Hội nghị xúc tiến đầu tư 2020 & tọa đàm doanh nghiệp (04/12/2020)');
    expect(list.text).to.contain('Ra mắt ứng dụng “Hải Dương trực tuyến” ♥ &unknownentity; (03/12/2020)');
    expect(list.problems).to.include('xml: text before the root element dropped');
    expect(list.problems).to.include('xml: unclosed element closed (<br>)');
    expect(card.text).to.contain('Hội nghị xúc tiến đầu tư');
  });

  it('repairs harder ill-formed RSS (markup before the root, mixed case, cut short) with zero violations', async () => {
    const report = await page('xml-repairable-2', policy(' portal-widgets'));
    expect(report.violations).to.deep.equal([]);
    expectClean(report);
    const [list, cards, card] = report.results;
    for (const result of report.results) expect(result.event, `${result.name}: ${result.message ?? ''}`).to.equal('load');
    expect([list.items, cards.items]).to.deep.equal([2, 2]);
    expect(card.text).to.contain('Khai mạc Hội chợ OCOP');
    expect(list.text).to.contain('Khai mạc Hội chợ OCOP & xúc tiến thương mại (05/12/2020)');
    expect(list.text).to.contain('Thông báo');
    expect(list.text).to.contain('(29/11/2020)');
    expect(list.problems).to.include('xml: text before the root element dropped');
    expect(list.problems).to.include('xml: document cut short');
  });

  it('repairs bit-flipped RSS (names that are not XML names, a mistyped end tag) with zero violations', async () => {
    const report = await page('xml-mutated', policy(' portal-widgets'));
    expect(report.violations).to.deep.equal([]);
    expectClean(report);
    const [list, cards, card] = report.results;
    for (const result of report.results) expect(result.event, `${result.name}: ${result.message ?? ''}`).to.equal('load');
    expect([list.items, cards.items]).to.deep.equal([2, 2]);
    expect(list.text).to.contain('Hội nghị xúc tiến đầu tư (04/12/2020)');
    expect(card.text).to.contain('Thông báo');
    expect(list.text).to.contain('Ra mắt ứng dụng');
    // The stray byte arrives as the server sends it (`¾`, or U+FFFD read as windows-1252): the name is `pubDate` either way.
    expect((list.problems ?? []).some((problem) => problem.startsWith('xml: malformed tag repaired (<pubDate'))).to.equal(true);
    expect(list.problems).to.include("xml: mistyped end tag read as the open element's (</titme>)");
  });

  it('without "portal-widgets", reads RSS all the same (no markup meets a parser) and JSON too', async () => {
    const report = await page('xml-without-policy', policy());
    expect(report.fatal, report.fatal).to.equal(undefined);
    expect(report.uncaught).to.deep.equal([]);
    const [rss, json] = report.results;
    expect(rss.event, rss.message).to.equal('load');
    expect(rss.items).to.be.greaterThan(0);
    expect(json.event).to.equal('load');
    // Only what that missing name causes (the policy's creation, where a character reference is read), nothing of XML.
    for (const violation of report.violations) expect(violation).to.match(/^(trusted-types|require-trusted-types-for):/);
  });
});
