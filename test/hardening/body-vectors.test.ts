import { expect } from '@open-wc/testing';
import { BODY_VECTORS } from './body-vectors.js';
import { HOST_POLICY, otherOrigin, runPage } from './harness.js';
import type { BodiesReport } from './strict-bodies.js';

// Every article-body vector through `<article-card variant="full">` on a page
// served with the README's strict policy (Trusted Types included): the
// markup never meets a live parser, so nothing runs and nothing is reported,
// and what is safe in each body still shows.

const endpoint = otherOrigin();

interface Report extends BodiesReport {
  fatal?: string;
  violations: string[];
  uncaught: string[];
  xss: unknown;
  probe: string[];
}

function page(set: string, extra = '') {
  const url = new URL('/test/hardening/strict-host.html', location.href);
  url.searchParams.set('endpoint', endpoint);
  url.searchParams.set('set', set);
  url.searchParams.set('csp', HOST_POLICY.replaceAll('<endpoint>', endpoint) + extra);
  return runPage<Report>(url.href, `strict host (${set})`, 60000);
}

describe('article bodies under the strict host policy', function () {
  this.timeout(90000);

  it(`has vectors of every class (${BODY_VECTORS.length})`, () => {
    expect(BODY_VECTORS.length).to.be.at.least(150);
    expect(new Set(BODY_VECTORS.map((vector) => vector.class)).size).to.be.at.least(12);
  });

  it('renders every vector with zero violations, executions and uncaught errors, keeping the safe content', async () => {
    const report = await page('bodies');
    expect(report.fatal, report.fatal).to.equal(undefined);
    expect(
      report.probe.some((v) => v.startsWith('img-src')),
      'the page is under the policy',
    ).to.equal(true);
    expect(report.cards).to.equal(BODY_VECTORS.length);
    expect(report.violations).to.deep.equal([]);
    expect(report.uncaught).to.deep.equal([]);
    expect(report.fired).to.deep.equal([]);
    expect(report.xss).to.equal(null);
    expect(report.findings).to.deep.equal([]);
  });

  it('keeps an allowed embed in a box of its ratio, with zero violations when frame-src lists it', async () => {
    const report = await page('bodies-embed', `; frame-src ${endpoint}`);
    expect(report.fatal, report.fatal).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.uncaught).to.deep.equal([]);
    const { frames, boxRatio, links, text } = report.embed!;
    expect(frames).to.deep.equal([
      {
        src: `${endpoint}/test/hardening/endpoint/embed.html`,
        title: 'Video nhúng',
        loading: 'lazy',
        sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
        allow: 'fullscreen; picture-in-picture; encrypted-media',
        referrerpolicy: 'strict-origin-when-cross-origin',
        srcdoc: null,
        name: null,
      },
    ]);
    expect(boxRatio).to.be.closeTo(640 / 360, 0.02);
    expect(links).to.deep.equal(['Xem nội dung nhúng → https://evil.invalid/player']);
    expect(text).to.contain('Video:');
  });
});
