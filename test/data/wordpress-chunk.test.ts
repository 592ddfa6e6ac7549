import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-card/article-card.js';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import { fetchedModule, readText } from '../helpers/read.js';

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
  it('is not loaded for JSON Feed text', async () => {
    await readText('{"version":"https://jsonfeed.org/version/1.1","items":[]}', URL_);
    expect(fetchedModule('wordpress'), 'wordpress fetched').to.equal(false);
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

  it('reads a JSON array or a single post read from bytes', async () => {
    const doc = await readText(JSON.stringify(POST), URL_);
    expect(doc.kind === 'article' && doc.article.title).to.equal('Bế mạc “Hội nghị”');
    expect(await readText('[]', URL_)).to.deep.include({ kind: 'feed' });
  });
});
