import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import { PHOTO } from './seed-article.js';

// The strictest policy a portal may send. Its own file, so it holds for this
// page only; the element is imported after it is in force.
const CSP = "require-trusted-types-for 'script'; trusted-types lit-html dompurify";

/**
 * Writes to an HTML sink, which the policy refuses, and waits for that
 * violation's report. Reports are queued in order: once this one is in, any
 * violation before it has been reported too.
 */
async function knownViolation() {
  const reported = oneEvent(document, 'securitypolicyviolation');
  expect(() => {
    document.createElement('div').innerHTML = '<b>x</b>';
  }).to.throw(TypeError);
  await reported;
}
const KNOWN = 'require-trusted-types-for: Element innerHTML|<b>x</b>';

describe('<article-card> under Trusted Types', () => {
  const violations: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective}: ${event.sample}`);

  before(async () => {
    document.addEventListener('securitypolicyviolation', onViolation);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = CSP;
    document.head.append(meta);
    await import('../../src/article-card/article-card.js');
  });
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));

  it('is enforced on this page, and violations are reported', async () => {
    await knownViolation();
    expect(violations).to.deep.equal([KNOWN]);
    violations.length = 0;
  });

  it('renders a full article body without any HTML sink', async () => {
    const el = await fixture<ArticleCard>(html`<article-card variant="full"></article-card>`);
    el.article = {
      id: '1',
      title: 'Bài viết',
      contentHtml: `<p>Đoạn một.</p><figure><img src="${PHOTO}" alt="Ảnh"><figcaption>Ảnh: Thành Chung.</figcaption></figure><script>window.__pwned = 1</script>`,
      authors: [],
      tags: [],
      baseUrl: location.href,
    };
    await el.updateComplete;
    const body = el.shadowRoot!.querySelector('[part~="body"]')!;
    expect(body.querySelector('p')!.textContent).to.equal('Đoạn một.');
    expect(body.querySelector('figcaption')!.textContent).to.equal('Ảnh: Thành Chung.');
    expect(body.querySelector('script')).to.equal(null);
    // Only the one this test makes after the render: the render itself caused none.
    await knownViolation();
    expect(violations).to.deep.equal([KNOWN]);
    violations.length = 0;
  });
});
