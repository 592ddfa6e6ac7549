import { expect, fixture, html } from '@open-wc/testing';
import '../../src/related-articles/related-articles.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';
import { pickRelated } from '../../src/data/related.js';
import type { PortalErrorEvent, PortalLoadEvent } from '../../src/events.js';
import { nextEvent, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';
import { $, $$, items } from '../helpers/dom.js';
import { article, portalFeed } from '../helpers/feeds.js';

// "Các bài liên quan" of the reference page.
const SEED_RELATED = [
  ['Chủ tịch Quốc hội Nguyễn Thị Kim Ngân mong Hải Dương đoàn kết và phát triển', '2020-10-28T15:00:00+07:00'],
  ['Ra mắt Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020-2025', '2020-10-27T17:00:00+07:00'],
  [
    'Danh sách Ban Thường vụ Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy Hải Dương khóa XVII, nhiệm kỳ 2020 - 2025',
    '2020-10-27T16:00:00+07:00',
  ],
  [
    'Đồng chí Phạm Xuân Thăng được bầu giữ chức Bí thư Tỉnh ủy Hải Dương khóa XVII, nhiệm kỳ 2020 - 2025',
    '2020-10-27T15:00:00+07:00',
  ],
  ['Danh sách Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020-2025', '2020-10-27T14:00:00+07:00'],
].map(([title, date], i) => ({ id: `r${i}`, url: `/tin/r${i}`, title, date_published: date }));

const SEED_ARTICLE = {
  id: '12345',
  url: 'https://portal.example/tin/12345',
  title: 'Hải Dương: 5 nhiệm vụ trọng tâm để thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII',
  date_published: '2020-10-29T07:57:30+07:00',
  tags: ['Đại hội Đảng'],
  _portal: { category: { id: 'chinh-tri', name: 'Chính trị' }, related: SEED_RELATED },
};

describe('<related-articles>', () => {
  let stub: FetchStub;
  afterEach(() => stub?.restore());

  it('shows "Các bài liên quan" from the related list of the article at article-src', async () => {
    stub = stubFetch({ 'https://portal.example/api/articles/12345.json': SEED_ARTICLE });
    const el = await fixture<RelatedArticles>(
      html`<related-articles article-src="https://portal.example/api/articles/12345.json"></related-articles>`,
    );
    const event = (await nextEvent(el, 'portal-load')) as PortalLoadEvent;
    expect(event.detail.items).to.have.length(5);
    await el.updateComplete;
    expect($(el, '[part~="heading"]').textContent).to.equal('Các bài liên quan');
    expect(items(el)).to.deep.equal([
      'Chủ tịch Quốc hội Nguyễn Thị Kim Ngân mong Hải Dương đoàn kết và phát triển (28/10/2020)',
      'Ra mắt Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020-2025 (27/10/2020)',
      'Danh sách Ban Thường vụ Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy Hải Dương khóa XVII, nhiệm kỳ 2020 - 2025 (27/10/2020)',
      'Đồng chí Phạm Xuân Thăng được bầu giữ chức Bí thư Tỉnh ủy Hải Dương khóa XVII, nhiệm kỳ 2020 - 2025 (27/10/2020)',
      'Danh sách Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020-2025 (27/10/2020)',
    ]);
    // Relative URLs in the article resolve against the article document.
    expect($<HTMLAnchorElement>(el, 'a[part~="link"]').href).to.equal('https://portal.example/tin/r0');
    await expect(el).to.be.accessible();
  });

  it('shows a related feed at src, with limit, exclude and layouts', async () => {
    stub = stubFetch({ '/related.json': portalFeed(8) });
    const el = await fixture<RelatedArticles>(
      html`<related-articles exclude="1" layout="compact" src="/related.json"></related-articles>`,
    );
    await nextEvent(el, 'portal-load');
    await el.updateComplete;
    // The default limit is 5.
    expect(items(el).map((t) => t.split(':')[0])).to.deep.equal(['Tin số 2', 'Tin số 3', 'Tin số 4', 'Tin số 5', 'Tin số 6']);
    expect($$(el, 'time')).to.have.length(0);
    el.layout = 'cards';
    await el.updateComplete;
    expect($$(el, 'article-card')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('picks related items from feed-src by category and tags, newest first, never the article itself', async () => {
    const { _portal, ...withoutRelated } = SEED_ARTICLE;
    const pool = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: '12345',
          title: 'Chính bài này',
          date_published: '2020-10-30T00:00:00Z',
          _portal: { category: { id: 'chinh-tri', name: 'Chính trị' } },
        },
        {
          id: 'a',
          title: 'Cùng chuyên mục, cũ',
          date_published: '2020-10-01T00:00:00Z',
          _portal: { category: { id: 'chinh-tri', name: 'Chính trị' } },
        },
        {
          id: 'b',
          title: 'Khác chuyên mục',
          date_published: '2020-10-31T00:00:00Z',
          _portal: { category: { id: 'kinh-te', name: 'Kinh tế' } },
        },
        { id: 'c', title: 'Cùng thẻ, mới', date_published: '2020-10-31T00:00:00Z', tags: ['đại hội đảng'] },
        {
          id: 'd',
          title: 'Cùng chuyên mục, mới',
          date_published: '2020-10-30T12:00:00Z',
          _portal: { category: { id: 'chinh-tri', name: 'Chính trị' } },
        },
      ],
    };
    stub = stubFetch({
      '/article.json': { ...withoutRelated, _portal: { category: _portal.category } },
      '/pool.json': pool,
    });
    const el = await fixture<RelatedArticles>(
      html`<related-articles layout="compact" article-src="/article.json" feed-src="/pool.json"></related-articles>`,
    );
    await nextEvent(el, 'portal-load');
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['Cùng thẻ, mới', 'Cùng chuyên mục, mới', 'Cùng chuyên mục, cũ']);
  });

  it('shows "Không có dữ liệu" when the article has no related list and no feed-src', async () => {
    const { _portal, ...withoutRelated } = SEED_ARTICLE;
    stub = stubFetch({ '/article.json': withoutRelated });
    const el = await fixture<RelatedArticles>(html`<related-articles lang="en" article-src="/article.json"></related-articles>`);
    await nextEvent(el, 'portal-load');
    await el.updateComplete;
    expect($(el, '[part~="heading"]').textContent).to.equal('Related articles');
    expect($(el, '[part~="empty"]').textContent!.trim()).to.equal('No data');
    await expect(el).to.be.accessible();
  });

  it('reports an article-src that is not an article', async () => {
    stub = stubFetch({ '/links.json': { links: [] } });
    const el = await fixture<RelatedArticles>(html`<related-articles article-src="/links.json"></related-articles>`);
    const event = (await nextEvent(el, 'portal-error')) as PortalErrorEvent;
    expect(event.detail.kind).to.equal('format');
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.equal('Không tải được dữ liệu.');
    await expect(el).to.be.accessible();
  });

  it('takes items as a property', async () => {
    stub = stubFetch({});
    const el = await fixture<RelatedArticles>(html`<related-articles></related-articles>`);
    el.data = [article('x', 'Bài liên quan X', { datePublished: '2020-10-27T08:00:00.000Z' })];
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['Bài liên quan X (27/10/2020)']);
    expect(stub.calls).to.have.length(0);
  });

  describe('pickRelated', () => {
    it('needs a shared category or tag', () => {
      const me = article('1', 'Me', { category: { name: 'A' }, tags: ['x'] });
      const pool = [
        article('1', 'Me again'),
        article('2', 'Other', { category: { name: 'B' } }),
        article('3', 'Tagged', { tags: ['X'] }),
      ];
      expect(pickRelated(me, pool).map((a) => a.id)).to.deep.equal(['3']);
    });
  });
});
