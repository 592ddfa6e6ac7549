import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/article-card/article-card.js';
import type { ArticleCard } from '../../src/article-card/article-card.js';
import type { Article } from '../../src/data/model.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { nextEvent, stubFetch, visibleText, type FetchStub } from '../helpers/fetch-stub.js';
import { $, $$, afterPromiseReactions, imagesSettled, loaded, text } from '../helpers/dom.js';
import { CAPTION_1, CAPTION_2, LEAD, PARAGRAPHS, PHOTO, SEED_DOCUMENT, TITLE } from './seed-article.js';

// The lazy-loading test reads resource timings: make room for every entry.
performance.setResourceTimingBufferSize(10_000);

const SEED_URL = '/api/tin/12345.json';
const FEED_URL = '/api/chinh-tri.json';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Chính trị',
  items: [
    {
      id: '1',
      url: 'https://portal.example/tin/1',
      title: 'Bế mạc hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XVII',
      summary: 'Hội nghị đã hoàn thành toàn bộ nội dung chương trình đề ra.',
      content_html: '<p>Nội dung bài thứ nhất.</p>',
      image: PHOTO,
      date_published: '2020-12-04T16:30:00+07:00',
      _portal: { category: { name: 'Chính trị' }, image_alt: 'Toàn cảnh hội nghị' },
    },
    {
      id: '2',
      url: 'https://portal.example/tin/2',
      title: 'Khai mạc Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII',
      content_html: '<p>Nội dung bài thứ hai.</p>',
      image: PHOTO,
      date_published: '2020-12-03T08:00:00+07:00',
      _portal: { image_caption: 'Quang cảnh hội nghị. Ảnh: Thành Chung.' },
    },
  ],
};

const shadow = (el: Element) => el.shadowRoot!;

/** An article as an adapter gives it, for the `.article` property. */
function article(fields: Partial<Article> = {}): Article {
  return {
    id: 'a',
    title: 'Nhanh chóng đưa Nghị quyết Đại hội XVII vào cuộc sống',
    url: 'https://portal.example/tin/a',
    summary: 'Tóm tắt bài viết.',
    datePublished: '2020-10-29T03:00:00.000Z',
    authors: [],
    tags: [],
    baseUrl: 'https://portal.example/api/tin/a.json',
    ...fields,
  };
}

const sanitizerRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /sanitize|purify/i.test(name));

describe('<article-card>', () => {
  let stub: FetchStub;
  afterEach(() => stub?.restore());

  // First in the file: once loaded, the module stays in the page's module map.
  describe('the sanitiser', () => {
    it('loads only for variant="full", on demand', async () => {
      stub = stubFetch({ [FEED_URL]: FEED });
      expect(sanitizerRequests()).to.deep.equal([]);

      const card = await loaded<ArticleCard>(html`<article-card src="${FEED_URL}"></article-card>`);
      const horizontal = await loaded<ArticleCard>(html`<article-card variant="horizontal" src="${FEED_URL}"></article-card>`);
      expect(text($(card, '[part~="title"]'))).to.equal(FEED.items[0].title);
      expect(text($(horizontal, '[part~="title"]'))).to.equal(FEED.items[0].title);
      expect($$(card, '[part~="body"]')).to.have.length(0);
      expect(sanitizerRequests()).to.deep.equal([]);

      const full = await loaded<ArticleCard>(html`<article-card variant="full" src="${FEED_URL}"></article-card>`);
      expect(text($(full, '[part~="body"]'))).to.equal('Nội dung bài thứ nhất.');
      const requested = sanitizerRequests();
      expect(requested.some((name) => name.includes('sanitize'))).to.equal(true);
      expect(requested.some((name) => name.includes('purify'))).to.equal(true);
    });
  });

  describe('sources', () => {
    it('shows a single-article document at src as a card', async () => {
      stub = stubFetch({ [SEED_URL]: SEED_DOCUMENT });
      const el = await fixture<ArticleCard>(html`<article-card src="${SEED_URL}"></article-card>`);
      const event = (await nextEvent(el, 'portal-load')) as PortalLoadEvent;
      expect(event.detail.article!.id).to.equal('12345');
      expect(event.detail.problems).to.deep.equal([]);
      expect(event.detail.url).to.equal(new URL(SEED_URL, location.href).href);
      expect(event.bubbles && event.composed).to.equal(true);

      expect(text($(el, '[part~="category"]'))).to.equal('Chính trị');
      const heading = $(el, '[part~="heading"]');
      expect(heading.tagName).to.equal('H2');
      const link = heading.querySelector('a')!;
      expect(text(link)).to.equal(TITLE);
      expect(link.href).to.equal(new URL('/tin/12345', location.href).href);
      expect(text($(el, '[part~="date"]'))).to.equal('29/10/2020');
      expect($(el, 'time').getAttribute('datetime')).to.equal('2020-10-29T00:57:30.000Z');
      expect(text($(el, '[part~="summary"]'))).to.equal(LEAD);
      // Cards show no body, print button or navigation.
      expect($$(el, '[part~="body"], button, nav')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows the item `item-id` of a feed, and follows a change of item-id from the cached feed', async () => {
      stub = stubFetch({ [FEED_URL]: FEED });
      const el = await fixture<ArticleCard>(html`<article-card item-id="2" src="${FEED_URL}"></article-card>`);
      const event = (await nextEvent(el, 'portal-load')) as PortalLoadEvent;
      expect(event.detail.article!.id).to.equal('2');
      expect(text($(el, '[part~="title"]'))).to.equal(FEED.items[1].title);
      expect(text($(el, '[part~="date"]'))).to.equal('03/12/2020');

      el.itemId = '1';
      await nextEvent(el, 'portal-load');
      expect(text($(el, '[part~="title"]'))).to.equal(FEED.items[0].title);
      expect(stub.calls).to.have.length(1);
    });

    it('shows the first item of a feed without item-id', async () => {
      stub = stubFetch({ [FEED_URL]: FEED });
      const el = await loaded<ArticleCard>(html`<article-card src="${FEED_URL}"></article-card>`);
      expect(text($(el, '[part~="title"] a'))).to.equal(FEED.items[0].title);
      const image = $<HTMLImageElement>(el, 'img[part~="image"]');
      expect(image.alt).to.equal('Toàn cảnh hội nghị');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(image.src).to.equal(new URL(PHOTO, location.href).href);
    });

    it('reports a feed without the item `item-id` as a format error', async () => {
      stub = stubFetch({ [FEED_URL]: FEED });
      const el = await fixture<ArticleCard>(
        html`<article-card item-id="99" src="${FEED_URL}"><a href="/tin">Tin tức</a></article-card>`,
      );
      const event = (await nextEvent(el, 'portal-error')) as PortalErrorEvent;
      expect(event.detail.kind).to.equal('format');
      expect(event.detail.message).to.equal('items: no article with id "99"');
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.equal('Không tải được dữ liệu.');
      await expect(el).to.be.accessible();
    });

    it('reports a links document as a format error', async () => {
      stub = stubFetch({ '/links.json': { links: [{ name: 'A', url: 'https://a.example/' }] } });
      const el = await fixture<ArticleCard>(html`<article-card src="/links.json"></article-card>`);
      const event = (await nextEvent(el, 'portal-error')) as PortalErrorEvent;
      expect(event.detail.kind).to.equal('format');
      expect(event.detail.message).to.contain('links');
    });

    it('takes the article as a property, without a request or an event; the property wins over src', async () => {
      stub = stubFetch({});
      const fired: string[] = [];
      const el = await fixture<ArticleCard>(html`<article-card variant="full"></article-card>`);
      el.addEventListener('portal-load', () => fired.push('load'));
      el.addEventListener('portal-error', () => fired.push('error'));
      el.article = article({ contentHtml: '<p>Thân bài từ thuộc tính.</p>' });
      await el.updateComplete;
      await afterPromiseReactions();
      expect(fired).to.deep.equal([]);
      expect(stub.calls).to.deep.equal([]);
      expect(text($(el, '[part~="title"]'))).to.equal('Nhanh chóng đưa Nghị quyết Đại hội XVII vào cuộc sống');
      expect(text($(el, '[part~="body"]'))).to.equal('Thân bài từ thuộc tính.');

      stub.restore();
      stub = stubFetch({ [SEED_URL]: SEED_DOCUMENT });
      el.src = SEED_URL;
      await el.updateComplete;
      await afterPromiseReactions();
      // The property wins: src is not even fetched while it is set.
      expect(stub.calls).to.deep.equal([]);
      expect(fired).to.deep.equal([]);
      expect(text($(el, '[part~="title"]'))).to.equal('Nhanh chóng đưa Nghị quyết Đại hội XVII vào cuộc sống');

      el.article = undefined;
      await nextEvent(el, 'portal-load');
      // The first event of all: none came late for the property either.
      expect(fired).to.deep.equal(['load']);
      expect(stub.calls).to.have.length(1);
      expect(text($(el, '[part~="title"]'))).to.equal(
        'Hải Dương: 5 nhiệm vụ trọng tâm để thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII',
      );
    });
  });

  describe('variant card and horizontal', () => {
    it('keeps the image at a fixed ratio, before it loads', async () => {
      stub = stubFetch({});
      const el = await fixture<ArticleCard>(html`<article-card style="width: 320px"></article-card>`);
      el.article = article({ image: 'https://portal.example/never-loads.jpg' });
      await el.updateComplete;
      const box = $(el, 'img').getBoundingClientRect();
      expect(box.width).to.equal(320);
      expect(box.height).to.be.closeTo(180, 1);
      expect($(el, 'img').getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('puts the image beside the text when the card is wide, and above it when narrow', async () => {
      stub = stubFetch({});
      const el = await fixture<ArticleCard>(html`<article-card variant="horizontal" style="width: 720px"></article-card>`);
      el.article = article({ image: PHOTO, category: { name: 'Chính trị' } });
      await el.updateComplete;
      let image = $(el, 'img').getBoundingClientRect();
      let title = $(el, '[part~="title"]').getBoundingClientRect();
      expect(image.right).to.be.at.most(title.left);
      expect(image.width).to.be.closeTo(720 * 0.38, 2);
      await expect(el).to.be.accessible();

      el.style.width = '300px';
      await new Promise(requestAnimationFrame);
      image = $(el, 'img').getBoundingClientRect();
      title = $(el, '[part~="title"]').getBoundingClientRect();
      expect(image.bottom).to.be.at.most(title.top);
      expect(image.width).to.equal(300);
    });

    it('uses the whole width for the text when a horizontal card has no image', async () => {
      stub = stubFetch({});
      const el = await fixture<ArticleCard>(html`<article-card variant="horizontal" style="width: 720px"></article-card>`);
      el.article = article();
      await el.updateComplete;
      expect($(el, '[part~="title"]').getBoundingClientRect().width).to.equal(720);
    });

    it('honours heading-level, date-format, time-zone and target', async () => {
      stub = stubFetch({});
      const el = await fixture<ArticleCard>(
        html`<article-card heading-level="4" date-format="HH:mm, dd.MM.yyyy" time-zone="UTC" target="_blank"></article-card>`,
      );
      el.article = article();
      await el.updateComplete;
      expect($(el, '[part~="heading"]').tagName).to.equal('H4');
      expect(text($(el, '[part~="date"]'))).to.equal('03:00, 29.10.2020');
      const link = $<HTMLAnchorElement>(el, '[part~="title"] a');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(text(link)).to.contain('(mở trong cửa sổ mới)');
    });

    it('focuses the title link, not the category link, when focused', async () => {
      stub = stubFetch({});
      const el = await fixture<ArticleCard>(html`<article-card></article-card>`);
      el.article = article({ category: { name: 'Chính trị', url: 'https://portal.example/chinh-tri' } });
      await el.updateComplete;
      el.focus();
      expect(shadow(el).activeElement).to.equal($(el, '[part~="title"] a'));
    });
  });

  describe('variant full: the seed article', () => {
    let el: ArticleCard;
    beforeEach(async () => {
      stub = stubFetch({ [SEED_URL]: SEED_DOCUMENT });
      el = await loaded<ArticleCard>(html`<article-card variant="full" src="${SEED_URL}"></article-card>`);
    });

    it('shows category, title heading, update time, bold lead and every paragraph', async () => {
      expect(text($(el, '[part~="category"]'))).to.equal('Chính trị');
      expect($<HTMLAnchorElement>(el, 'a[part~="category"]').href).to.equal(new URL('/chinh-tri', location.href).href);
      const heading = $(el, '[part~="heading"]');
      expect(heading.tagName).to.equal('H2');
      expect(text(heading)).to.equal(TITLE);
      expect(heading.querySelector('a')).to.equal(null);
      expect(text($(el, '[part~="date"]'))).to.equal('29/10/2020 07:57');
      expect(visibleText(el)).to.contain('Cập nhật: 29/10/2020 07:57');
      expect($(el, '[part~="date"]').getAttribute('datetime')).to.equal('2020-10-29T00:57:30.000Z');
      const lead = $(el, '[part~="summary"]');
      expect(text(lead)).to.equal(LEAD);
      expect(getComputedStyle(lead).fontWeight).to.equal('700');

      const body = $(el, '[part~="body"]');
      const paragraphs = [...body.querySelectorAll('p')].map(text).filter(Boolean);
      expect(paragraphs).to.deep.equal(PARAGRAPHS);
      const seen = visibleText(el);
      for (const expected of [TITLE, LEAD, ...PARAGRAPHS]) expect(seen).to.contain(expected);
      await expect(el).to.be.accessible();
    });

    it('keeps both photos as figures with their captions', () => {
      const figures = $$(el, '[part~="body"] figure');
      expect(figures).to.have.length(2);
      expect(figures.map((figure) => text(figure.querySelector('figcaption')))).to.deep.equal([CAPTION_1, CAPTION_2]);
      const images = figures.map((figure) => figure.querySelector('img')!);
      expect(images[0].alt).to.contain('Ảnh: Thành Chung.');
      expect(images[1].alt).to.equal('Đại tá Lê Ngọc Châu, Uỷ viên Ban Thường vụ Tỉnh uỷ, Giám đốc Công an tỉnh Hải Dương');
      // With no photo above the body, its first is the article's lead, likely the page's largest paint: it loads at once, first.
      expect(images[0].hasAttribute('loading')).to.equal(false);
      expect(images[0].getAttribute('fetchpriority')).to.equal('high');
      expect(images[1].getAttribute('loading')).to.equal('lazy');
      expect(images[0].src).to.equal(new URL(PHOTO, location.href).href);
      // The CMS's classes and inline styles are gone; captions are styled by the element.
      expect($$(el, '[part~="body"] [style], [part~="body"] [class]')).to.have.length(0);
      expect(getComputedStyle(figures[0].querySelector('figcaption')!).fontStyle).to.equal('italic');
    });

    it('ends with a print button and "Quay lại" / "Xem tiếp" links', () => {
      expect(text($(el, 'button[part~="button"]'))).to.equal('In bài viết');
      const nav = $(el, 'nav[part~="nav"]');
      expect(nav.getAttribute('aria-label')).to.equal(`Điều hướng bài viết: ${text($(el, '[part~="title"]'))}`);
      const links = [...nav.querySelectorAll('a')];
      expect(links.map(text)).to.deep.equal(['Quay lại', 'Xem tiếp']);
      expect(links.map((a) => a.href)).to.deep.equal([
        new URL('/chinh-tri', location.href).href,
        new URL('/tin/12346', location.href).href,
      ]);
    });

    it('shows the update time in another time-zone', async () => {
      el.timeZone = 'UTC';
      await nextEvent(el, 'portal-load');
      expect(text($(el, '[part~="date"]'))).to.equal('29/10/2020 00:57');
      expect(visibleText(el)).to.contain('Cập nhật: 29/10/2020 00:57');
      expect($(el, '[part~="date"]').getAttribute('datetime')).to.equal('2020-10-29T00:57:30.000Z');
      el.dateFormat = 'dd/MM/yyyy';
      await el.updateComplete;
      expect(text($(el, '[part~="date"]'))).to.equal('29/10/2020');
      expect(visibleText(el)).to.contain('Cập nhật: 29/10/2020');
    });

    it('prints the article alone', async () => {
      const sibling = document.createElement('p');
      sibling.textContent = 'Phần khác của trang';
      el.parentElement!.append(sibling);
      const realPrint = window.print;
      const seen: { marked: boolean; sheet: boolean }[] = [];
      window.print = () => {
        seen.push({
          marked: el.hasAttribute('data-portal-printing'),
          sheet: document.adoptedStyleSheets.some((sheet) =>
            [...sheet.cssRules].some((rule) => rule.cssText.includes('data-portal-printing')),
          ),
        });
      };
      try {
        $(el, 'button[part~="button"]').click();
        expect(seen).to.deep.equal([{ marked: true, sheet: true }]);
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(sibling).display).to.equal('none');
        expect(getComputedStyle(el).display).to.equal('block');
        expect(getComputedStyle($(el, '.actions')).display).to.equal('none');
        expect(getComputedStyle($(el, '[part~="body"]')).display).to.equal('block');

        window.dispatchEvent(new Event('afterprint'));
        expect(el.hasAttribute('data-portal-printing')).to.equal(false);
        expect(getComputedStyle(sibling).display).to.equal('block');
      } finally {
        window.print = realPrint;
        sibling.remove();
        await emulateMedia({ media: 'screen' });
      }
    });

    it('uses English labels with lang="en"', async () => {
      el.lang = 'en';
      await el.updateComplete;
      expect(text($(el, '[part~="date"]'))).to.equal('29/10/2020 07:57');
      expect(visibleText(el)).to.contain('Updated: 29/10/2020 07:57');
      expect(text($(el, 'button[part~="button"]'))).to.equal('Print article');
      expect($$(el, 'nav a').map(text)).to.deep.equal(['Back', 'Continue']);
      expect($(el, 'nav').getAttribute('aria-label')).to.match(/^Article navigation: Hải Dương: 5 nhiệm vụ/);
      await expect(el).to.be.accessible();
    });
  });

  describe('variant full: other articles', () => {
    it('shows the image as a figure with its caption, and no figcaption without one', async () => {
      stub = stubFetch({ [FEED_URL]: FEED });
      const el = await loaded<ArticleCard>(html`<article-card variant="full" item-id="2" src="${FEED_URL}"></article-card>`);
      const figure = $(el, 'article > figure');
      expect(figure.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(text(figure.querySelector('[part~="caption"]'))).to.equal('Quang cảnh hội nghị. Ảnh: Thành Chung.');
      // No back/next in the data: no navigation.
      expect($$(el, 'nav')).to.have.length(0);
      await expect(el).to.be.accessible();

      el.itemId = '1';
      await nextEvent(el, 'portal-load');
      expect($(el, 'article > figure img').getAttribute('alt')).to.equal('Toàn cảnh hội nghị');
      expect($$(el, 'figcaption')).to.have.length(0);
      expect(text($(el, '[part~="body"]'))).to.equal('Nội dung bài thứ nhất.');
    });

    it('offers the widths the data gives as srcset, and loads the lead photo first, not lazily', async () => {
      const sized = {
        id: '7',
        title: 'Khánh thành cầu mới',
        url: 'https://portal.example/tin/7',
        image: 'https://portal.example/anh/cau.jpg',
        content_html: '<p>Sáng nay, cây cầu được khánh thành.</p>',
        _portal: {
          image_sizes: [
            { url: 'https://portal.example/anh/cau-300.jpg', width: 300 },
            { url: 'https://portal.example/anh/cau-1024.jpg', width: 1024 },
          ],
        },
      };
      const srcset = 'https://portal.example/anh/cau-300.jpg 300w, https://portal.example/anh/cau-1024.jpg 1024w';
      stub = stubFetch({ '/sized.json': sized });
      const full = await loaded<ArticleCard>(html`<article-card variant="full" src="/sized.json"></article-card>`);
      const lead = $(full, 'article > figure img');
      expect(lead.getAttribute('srcset')).to.equal(srcset);
      expect(lead.getAttribute('sizes')).to.equal('100vw');
      expect(lead.getAttribute('fetchpriority')).to.equal('high');
      expect(lead.hasAttribute('loading')).to.equal(false);
      const card = await loaded<ArticleCard>(html`<article-card src="/sized.json"></article-card>`);
      const image = $(card, 'img');
      expect(image.getAttribute('srcset')).to.equal(srcset);
      // A card is lazy: its box's own width picks the file where the browser can tell it.
      expect(image.getAttribute('sizes')).to.equal('auto, 100vw');
      expect(image.getAttribute('loading')).to.equal('lazy');
    });

    it('starts the lead photo once the article is read, and the photo it shows is that one download', async () => {
      const photo = new URL(`/demo/img/giao-duc.svg?lead=${Date.now()}`, location.href).href;
      stub = stubFetch({
        '/photo.json': { id: '8', title: 'Khai giảng năm học mới', url: 'https://portal.example/tin/8', image: photo },
      });
      const el = await loaded<ArticleCard>(html`<article-card variant="full" src="/photo.json"></article-card>`);
      const lead = $<HTMLImageElement>(el, 'article > figure img');
      expect(lead.src).to.equal(photo);
      await imagesSettled([lead]);
      expect(lead.naturalWidth).to.be.greaterThan(0);
      expect(performance.getEntriesByName(photo), 'downloads of the photo').to.have.length(1);
    });

    it('shows the photo once when the body starts with it (an RSS item takes its image from its body)', async () => {
      stub = stubFetch({
        '/rss.xml': `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
          <title>Tin</title><link>https://portal.example/</link><description>d</description>
          <item><title>Khánh thành cầu mới</title><link>https://portal.example/tin/9</link><guid>9</guid>
          <description>Sáng nay, cây cầu được khánh thành.</description>
          <content:encoded><![CDATA[<p><img src="/anh/cau.jpg" alt="Cây cầu mới"></p><p>Sáng nay, cây cầu được khánh thành.</p>]]></content:encoded></item>
        </channel></rss>`,
      });
      // Rendered with its body (the card's updateComplete includes the sanitising).
      const el = await loaded<ArticleCard>(html`<article-card variant="full" src="/rss.xml"></article-card>`);
      expect($$(el, 'article > figure'), 'no lead figure').to.have.length(0);
      const photos = $$<HTMLImageElement>(el, 'img');
      expect(photos).to.have.length(1);
      expect(photos[0].alt).to.equal('Cây cầu mới');
      expect(photos[0].src).to.equal(new URL('/anh/cau.jpg', location.href).href);

      // Another picture in the body: the lead photo stays.
      el.removeAttribute('src');
      el.article = article({
        image: 'https://portal.example/anh/a.jpg',
        contentHtml: '<p><img src="/anh/b.jpg" alt="Ảnh khác"></p>',
      });
      await el.updateComplete;
      expect($$(el, 'article > figure')).to.have.length(1);
      expect($$(el, 'img')).to.have.length(2);
    });

    it('never lets an older body replace a newer one', async () => {
      stub = stubFetch({});
      const el = await fixture<ArticleCard>(html`<article-card variant="full"></article-card>`);
      el.article = article({ id: 'old', title: 'Bài cũ', contentHtml: '<p>Thân bài cũ.</p>' });
      // Let the old article render; its body is still being sanitised.
      await Promise.resolve();
      await Promise.resolve();
      expect(text($(el, '[part~="title"]'))).to.equal('Bài cũ');
      expect(text($(el, '[part~="body"]'))).to.equal('');
      el.article = article({ id: 'new', title: 'Bài mới', contentHtml: '<p>Thân bài mới.</p>' });
      // The new body is sanitised after the old one, which started first on the same chunk: both are done now.
      await el.updateComplete;
      expect(text($(el, '[part~="title"]'))).to.equal('Bài mới');
      expect(text($(el, '[part~="body"]'))).to.equal('Thân bài mới.');
    });

    it('re-renders the body when Lit replaces its container', async () => {
      stub = stubFetch({});
      const el = await fixture<ArticleCard>(html`<article-card variant="full"></article-card>`);
      el.article = article({ contentHtml: '<p>Thân bài.</p>' });
      await el.updateComplete;
      el.variant = 'card';
      await el.updateComplete;
      el.variant = 'full';
      await el.updateComplete;
      expect(text($(el, '[part~="body"]'))).to.equal('Thân bài.');
    });
  });

  describe('hostile bodies', () => {
    const HOSTILE = `
      <p>Đoạn an toàn đầu tiên.</p>
      <script>window.__pwned = 'script'</script>
      <img src="x" onerror="window.__pwned = 'onerror'; alert('onerror')">
      <p><a href="javascript:window.__pwned='js-link'">Liên kết javascript</a></p>
      <p><a href=" JaVaScRiPt:alert(1)">Liên kết viết hoa</a> <a href="data:text/html,<script>alert(1)</script>">Liên kết data</a></p>
      <svg><script>window.__pwned = 'svg'</script><a href="javascript:alert(1)"><text>svg</text></a></svg>
      <math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'"></style></mglyph></table></mtext></math>
      <iframe src="javascript:parent.__pwned='iframe'"></iframe>
      <iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>
      <style>:host { display: none !important } p { color: red }</style>
      <p style="position: fixed; inset: 0; background: red" onclick="window.__pwned='click'">Đoạn có style.</p>
      <p><a href="https://example.org/nguon" target="_blank">Nguồn bài viết</a></p>
      <form id="__proto__" action="https://evil.example/"><input name="location" value="x"><button formaction="javascript:alert(1)">Gửi</button></form>
      <img name="location" id="cookie" src="${PHOTO}" alt="Ảnh hợp lệ">
      <object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">
      <details open ontoggle="window.__pwned='toggle'"><summary>Chi tiết</summary></details>
      <video><source onerror="window.__pwned='source'"></video>
      <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
      <base href="javascript:alert(1)//">
      <link rel="stylesheet" href="https://evil.example/x.css">
      <p>Đoạn an toàn cuối cùng.</p>`;

    let realAlert: typeof window.alert;
    let alerts: unknown[];
    beforeEach(() => {
      realAlert = window.alert;
      alerts = [];
      window.alert = (message?: unknown) => void alerts.push(message);
      delete (window as { __pwned?: unknown }).__pwned;
    });
    afterEach(() => {
      window.alert = realAlert;
    });

    it('renders the safe text and runs none of the rest', async () => {
      stub = stubFetch({ '/api/tin/doc.json': { ...SEED_DOCUMENT, content_html: HOSTILE } });
      const el = await loaded<ArticleCard>(html`<article-card variant="full" src="/api/tin/doc.json"></article-card>`);
      // The body's images have loaded or failed: an `onerror` left in would have run.
      await imagesSettled($$<HTMLImageElement>(el, '[part~="body"] img'));
      expect($$(el, '[part~="body"] img'), 'the body is shown').to.have.length(2);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(alerts).to.deep.equal([]);

      const body = $(el, '[part~="body"]');
      for (const safe of [
        'Đoạn an toàn đầu tiên.',
        'Liên kết javascript',
        'Liên kết viết hoa',
        'Đoạn có style.',
        'Nguồn bài viết',
        'Đoạn an toàn cuối cùng.',
      ]) {
        expect(text(body)).to.contain(safe);
      }
      expect($$(el, 'script, iframe, object, embed, svg, math, form, input, meta, base, link, style, video')).to.have.length(0);
      expect(body.querySelectorAll('button')).to.have.length(0);
      const attributes = [...body.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.name));
      expect(attributes.filter((name) => name.startsWith('on'))).to.deep.equal([]);
      expect(attributes).not.to.include.members(['style', 'id', 'name', 'action', 'formaction', 'srcdoc']);

      const hrefs = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([null, null, null, 'https://example.org/nguon']);
      const external = body.querySelector<HTMLAnchorElement>('a[href]')!;
      expect(external.target).to.equal('_blank');
      expect(external.rel).to.equal('noopener noreferrer');
      expect(text(external)).to.equal('Nguồn bài viết (mở trong cửa sổ mới)');

      const images = [...body.querySelectorAll('img')];
      expect(images.map((image) => image.getAttribute('src'))).to.deep.equal([
        new URL('/api/tin/x', location.href).href,
        new URL(PHOTO, location.href).href,
      ]);
      // Nothing clobbered, nothing restyled.
      expect(document.location).to.equal(window.location);
      expect(typeof document.cookie).to.equal('string');
      expect(getComputedStyle(el).display).to.equal('block');
      expect(getComputedStyle(body.querySelector('p')!).color).not.to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(body.querySelectorAll('p')[3]).position).to.equal('static');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    for (const variant of ['card', 'horizontal', 'full'] as const) {
      it(`shows a skeleton of the ${variant} layout while loading, then the article`, async () => {
        let answer!: (response: Response) => void;
        stub = stubFetch({ [SEED_URL]: () => new Promise<Response>((resolve) => (answer = resolve)) });
        const el = await fixture<ArticleCard>(
          html`<article-card variant="${variant}" style="width: 720px" src="${SEED_URL}"></article-card>`,
        );
        const skeleton = $(el, '[part~="skeleton"]');
        expect(skeleton.getAttribute('aria-busy')).to.equal('true');
        expect(text(skeleton)).to.equal('Đang tải…');
        const image = skeleton.querySelector('.bone.image')!.getBoundingClientRect();
        if (variant === 'horizontal') {
          expect(image.right).to.be.at.most(skeleton.querySelector('.text')!.getBoundingClientRect().left);
        } else {
          expect(image.width).to.be.closeTo(720, 1);
          expect(image.height).to.be.closeTo(405, 1);
        }
        await expect(el).to.be.accessible();

        answer(new Response(JSON.stringify(SEED_DOCUMENT), { headers: { 'Content-Type': 'application/json' } }));
        await nextEvent(el, 'portal-load');
        expect($$(el, '[part~="skeleton"]')).to.have.length(0);
        expect(text($(el, '[part~="title"]'))).to.equal(TITLE);
        await expect(el).to.be.accessible();
      });
    }

    it('shows "Không có dữ liệu" for an article with neither title nor body, and for an empty feed', async () => {
      stub = stubFetch({ '/empty.json': { version: 'https://jsonfeed.org/version/1.1', title: 'Trống', items: [] } });
      const el = await fixture<ArticleCard>(html`<article-card></article-card>`);
      el.article = article({ title: '', contentHtml: undefined });
      await el.updateComplete;
      expect(text($(el, '[part~="empty"]'))).to.equal('Không có dữ liệu');
      await expect(el).to.be.accessible();

      const fromFeed = await loaded<ArticleCard>(html`<article-card variant="full" lang="en" src="/empty.json"></article-card>`);
      expect(text($(fromFeed, '[part~="empty"]'))).to.equal('No data');
      await expect(fromFeed).to.be.accessible();
    });

    for (const variant of ['card', 'horizontal', 'full'] as const) {
      it(`shows the error, a retry button and the host fallback (${variant}); retry recovers`, async () => {
        let fail = true;
        stub = stubFetch({
          [SEED_URL]: () => (fail ? new Response('boom', { status: 503 }) : new Response(JSON.stringify(SEED_DOCUMENT))),
        });
        const el = await fixture<ArticleCard>(
          html`<article-card variant="${variant}" src="${SEED_URL}"
            ><a href="https://portal.example/tin/12345">Đọc bài trên cổng</a></article-card
          >`,
        );
        const event = (await nextEvent(el, 'portal-error')) as PortalErrorEvent;
        expect(event.detail).to.include({ kind: 'http', status: 503 });
        await el.updateComplete;
        const error = $(el, '[part~="error"]');
        expect(text(error.querySelector('[role="alert"]'))).to.equal('Không tải được dữ liệu.');
        expect(text(error.querySelector('button'))).to.equal('Thử lại');
        expect(error.querySelector('slot')!.assignedElements().map(text)).to.deep.equal(['Đọc bài trên cổng']);
        await expect(el).to.be.accessible();

        fail = false;
        error.querySelector('button')!.click();
        await nextEvent(el, 'portal-load');
        expect(text($(el, '[part~="title"]'))).to.equal(TITLE);
        expect($$(el, 'slot')).to.have.length(0);
      });
    }

    it('keeps the last good article when a refresh fails, marked as possibly out of date', async () => {
      let fail = false;
      stub = stubFetch({
        [SEED_URL]: () => (fail ? Promise.reject(new TypeError('Failed to fetch')) : new Response(JSON.stringify(SEED_DOCUMENT))),
      });
      const el = await loaded<ArticleCard>(html`<article-card variant="full" src="${SEED_URL}"></article-card>`);
      fail = true;
      el.reload();
      const event = (await nextEvent(el, 'portal-load')) as PortalLoadEvent;
      expect(event.detail.stale).to.equal(true);
      expect(text($(el, '[part~="stale"]'))).to.equal('Dữ liệu có thể đã cũ');
      expect($$(el, '[part~="body"] figure')).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  });
});
