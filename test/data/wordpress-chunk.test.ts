import { expect, fixture, html } from '@open-wc/testing';
import { parseDocument, prepareFormat } from '../../src/data/detect.js';
import '../../src/article-card/article-card.js';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import { portalError } from '../helpers/errors.js';

// The WordPress adapter is a chunk loaded on demand, like the RSS/Atom reader.
// The tests run in order in one page: the adapter is not loaded until the second.

const URL_ = 'https://wp.example/wp-json/wp/v2/posts';
const POST = {
  id: 7,
  link: 'https://wp.example/?p=7',
  date: '2020-12-04T16:20:00',
  title: { rendered: 'Bế mạc &#8220;Hội nghị&#8221;' },
};

describe('the WordPress adapter chunk', () => {
  it('is not loaded for JSON Feed text, and parseDocument says so for a WordPress document', async () => {
    await prepareFormat('{"version":"https://jsonfeed.org/version/1.1","items":[]}');
    const error = portalError(() => parseDocument(JSON.stringify([POST]), URL_));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('WordPress support is not loaded');
  });

  it('is loaded for a post given as a property, which then shows (no event: the host set it)', async () => {
    const el = await fixture<ArticleCard>(html`<article-card time-zone="UTC"></article-card>`);
    const seen: string[] = [];
    for (const type of ['portal-load', 'portal-error']) el.addEventListener(type, () => seen.push(type));
    el.article = POST;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Bế mạc “Hội nghị”');
    expect(el.shadowRoot!.querySelector('time')?.dateTime).to.equal('2020-12-04T16:20:00.000Z');
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).to.equal(null);
    expect(seen).to.deep.equal([]);
  });

  it('is loaded by prepareFormat() for a JSON array or a single post', async () => {
    await prepareFormat(JSON.stringify(POST));
    const doc = parseDocument(JSON.stringify(POST), URL_);
    expect(doc.kind === 'article' && doc.article.title).to.equal('Bế mạc “Hội nghị”');
    await prepareFormat('[]');
    expect(parseDocument('[]', URL_)).to.deep.include({ kind: 'feed' });
  });
});
