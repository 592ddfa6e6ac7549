// What TypeScript users of the package get. Most of this file is checked by
// `tsc --noEmit` (part of `npm test`): each `@ts-expect-error` line is a
// mistake the types must catch, and fails the type check if it compiles.
// The tests run the correct lines, so the types describe what happens.

import { expect, fixture, html } from '@open-wc/testing';
import {
  ArticleCard,
  NewsList,
  RelatedArticles,
  WebsiteLinks,
  type Article,
  type ArticleLayout,
  type ArticleRef,
  type Category,
  type Feed,
  type FormatName,
  type Link,
  type LinkList,
  type LinkListInput,
  type LinksData,
  type LinksDocument,
  type PortalErrorDetail,
  type PortalErrorEvent,
  type PortalErrorKind,
  type PortalLoadDetail,
  type PortalLoadEvent,
} from '../../src/index.js';
import { stubFetch } from '../helpers/fetch-stub.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_proof?: T) => undefined;

const article: Article = {
  id: '6241',
  title: 'Hải Dương: 5 nhiệm vụ trọng tâm',
  url: 'https://portal.example/tin/6241',
  datePublished: '2020-10-29T00:57:30.000Z',
  category: { name: 'Chính trị' } satisfies Category,
  related: [{ id: '6230', title: 'Bế mạc Đại hội' }] satisfies ArticleRef[],
  authors: [],
  tags: [],
  baseUrl: 'https://portal.example/api/tin/6241.json',
};
const feed: Feed = { title: 'Tin mới', items: [article], problems: [] };
const links: Link[] = [{ name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn/', group: 'Trung ương' }];
const linkList: LinkList = { title: 'Liên kết website', links, problems: [] };

// @ts-expect-error an Article needs its authors, tags and baseUrl
const incomplete: Article = { id: '1', title: 'Tin' };
// @ts-expect-error a title is a string
const numberTitle: Article = { ...article, title: 2020 };
// @ts-expect-error a Link needs a url
const linkWithoutUrl: Link = { name: 'Chính phủ' };
// @ts-expect-error not a format the elements read
const unknownFormat: FormatName = 'csv';
// @ts-expect-error not an error kind; CORS failures are `network`
const corsKind: PortalErrorKind = 'cors';
void [incomplete, numberTitle, linkWithoutUrl, unknownFormat, corsKind];

// `.links` takes the `{ links: [...] }` document or the list; the document's old name stays for one release.
assertType<Equal<LinksData, LinksDocument | Link[]>>();
assertType<Equal<LinkListInput, LinksDocument>>();
// @ts-expect-error a links document is an object with `links`, not the list itself
const listAsDocument: LinksDocument = links;
void listAsDocument;

assertType<Equal<PortalErrorKind, 'network' | 'timeout' | 'http' | 'parse' | 'format'>>();
assertType<Equal<FormatName, 'portal' | 'jsonfeed' | 'wordpress' | 'rss' | 'atom' | 'links'>>();
assertType<Equal<ArticleLayout, 'list' | 'compact' | 'cards' | 'featured'>>();
assertType<Equal<NewsList['layout'], ArticleLayout>>();
assertType<Equal<PortalLoadEvent, CustomEvent<PortalLoadDetail>>>();
assertType<Equal<PortalErrorEvent, CustomEvent<PortalErrorDetail>>>();

// Tag names give the element classes, with no cast.
assertType<Equal<HTMLElementTagNameMap['news-list'], NewsList>>();
assertType<Equal<HTMLElementTagNameMap['related-articles'], RelatedArticles>>();
assertType<Equal<HTMLElementTagNameMap['website-links'], WebsiteLinks>>();
assertType<Equal<HTMLElementTagNameMap['article-card'], ArticleCard>>();

/** Sets every kind of input the way a TypeScript host would. Checked by tsc; run by the tests below. */
function configure(list: NewsList, card: ArticleCard, websites: WebsiteLinks, related: RelatedArticles) {
  list.src = '/api/feed.json';
  list.layout = 'cards';
  list.limit = 5;
  list.headingLevel = 3;
  list.target = '_blank';
  list.format = 'portal';
  list.data = feed;
  list.data = [article];
  card.variant = 'full';
  card.itemId = '6241';
  card.article = article;
  websites.variant = 'logos';
  websites.links = links;
  websites.links = linkList;
  // What a page writes: only what shows something, or a document as `src` gives it.
  list.data = [{ id: '1', title: 'Tin', url: '/tin/1' }];
  list.data = { title: 'Tin mới', items: [] };
  list.data = {
    version: 'https://jsonfeed.org/version/1.1',
    items: [{ id: '1', title: 'Tin', date_published: '2020-10-29T07:57:30+07:00' }],
  };
  list.data = [{ id: 7, title: { rendered: 'Tin &amp; ảnh' }, link: 'https://wp.example/?p=7' }];
  card.article = { id: '1', title: 'Tin', url: '/tin/1', datePublished: '2020-10-29T07:57:30+07:00' };
  websites.links = [{ name: 'Chính phủ', url: 'https://chinhphu.vn/' }];
  websites.links = { links: [] };
  card.article = article;
  list.data = [article];
  websites.links = linkList;
  related.articleSrc = '/api/articles/6241.json';
}

/** Mistakes the types catch. Never run: only type-checked. */
function mistakes(list: NewsList, card: ArticleCard, websites: WebsiteLinks) {
  // @ts-expect-error layouts are list, compact and cards
  list.layout = 'grid';
  // @ts-expect-error heading-level is a number
  list.headingLevel = '3';
  // @ts-expect-error target is _self or _blank
  list.target = '_top';
  // @ts-expect-error data is a feed, its items or a document, not the raw JSON text
  list.data = '{"items":[]}';
  // @ts-expect-error an item needs a title
  list.data = [{ id: '1', url: '/tin/1' }];
  // @ts-expect-error variants are card, horizontal and full
  card.variant = 'huge';
  // @ts-expect-error article is an article (or a document), not a feed model
  card.article = feed;
  // @ts-expect-error a link needs a url
  websites.links = [{ name: 'Chính phủ' }];
  // @ts-expect-error links are Link objects
  websites.links = ['https://chinhphu.vn/'];
}
void mistakes;

describe('TypeScript types of the package', () => {
  it('type element lookups by tag name', async () => {
    const list = document.createElement('news-list');
    const card = document.createElement('article-card');
    const websites = document.createElement('website-links');
    const related = document.createElement('related-articles');
    expect(list).to.be.instanceOf(NewsList);
    expect(card).to.be.instanceOf(ArticleCard);
    expect(websites).to.be.instanceOf(WebsiteLinks);
    expect(related).to.be.instanceOf(RelatedArticles);
    // The assignments tsc accepted are the ones the elements take.
    configure(list, card, websites, related);
    expect(list.layout).to.equal('cards');
    expect(list.data).to.deep.equal([article]);
    expect(card.article).to.equal(article);
    expect(websites.links).to.equal(linkList);
  });

  it('type the events a listener receives', async () => {
    const el = await fixture<WebsiteLinks>(html`<website-links variant="list"></website-links>`);
    const seen: string[] = [];
    el.addEventListener('portal-load', (event) => {
      assertType<Equal<typeof event, PortalLoadEvent>>();
      // @ts-expect-error the detail has no `kind`; that is portal-error's
      void event.detail.kind;
      seen.push(`${event.detail.url} ${event.detail.stale} ${event.detail.links?.length}`);
    });
    el.addEventListener('portal-error', (event) => {
      assertType<Equal<typeof event, PortalErrorEvent>>();
      const kind: PortalErrorKind = event.detail.kind;
      // @ts-expect-error kinds are a closed set: this comparison can never be true
      if (kind === 'cors') seen.push('never');
      seen.push(`${kind} ${event.detail.status ?? ''} ${event.detail.message}`);
    });
    // A listener on document sees every widget's events (they bubble and are composed).
    const onDocument = new Promise<PortalErrorDetail>((resolve) => {
      document.addEventListener('portal-error', (event) => resolve(event.detail), { once: true });
    });

    // Data set as a property fires no event.
    el.links = links;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')!.href).to.equal('https://chinhphu.vn/');
    expect(seen).to.deep.equal([]);

    const stub = stubFetch({}); // every URL answers 404
    try {
      el.links = undefined;
      el.src = '/api/no-such-links.json';
      await onDocument;
    } finally {
      stub.restore();
    }
    const detail = await onDocument;
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(404);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.match(/^http 404 /);
  });

  it('let a site register a class under its own tag name', () => {
    class HdNews extends NewsList {}
    customElements.define('types-test-news', HdNews);
    const el = document.createElement('types-test-news') as HdNews;
    el.data = feed;
    expect(el).to.be.instanceOf(NewsList);
  });
});
