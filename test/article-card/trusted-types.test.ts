import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import { PHOTO } from './seed-article.js';

// The strictest policy a portal may send. Its own file, so it holds for this
// page only; the element is imported after it is in force.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CSP = "require-trusted-types-for 'script'; trusted-types lit-html dompurify";

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
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    await pause(50);
    expect(violations).to.deep.equal(['require-trusted-types-for: Element innerHTML|<b>x</b>']);
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
    await pause(50);
    const body = el.shadowRoot!.querySelector('[part~="body"]')!;
    expect(body.querySelector('p')!.textContent).to.equal('Đoạn một.');
    expect(body.querySelector('figcaption')!.textContent).to.equal('Ảnh: Thành Chung.');
    expect(body.querySelector('script')).to.equal(null);
    expect(violations).to.deep.equal([]);
  });
});
