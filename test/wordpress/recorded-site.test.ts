import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import '../../src/related-articles/related-articles.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';
import type { PortalErrorEvent } from '../../src/events.js';
import { clearCache } from '../../src/load/load.js';
import { $, $$, items, loaded } from '../helpers/dom.js';

// A real WordPress (Debian's package) as recorded by scripts/wordpress/record.sh,
// served under /wordpress/ with the headers it sent (test/fixtures/wordpress/).

const POSTS = '/wordpress/wp-json/wp/v2/posts?_embed&per_page=5';

/** The same path on the test server's other origin (localhost ↔ 127.0.0.1), as a page on another site reads the portal. */
function elsewhere(path: string) {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
}

/** The newest posts, as the site's editors titled them and WordPress texturized them. */
const NEWEST = [
  'Ra quân tổng vệ sinh đường phố cuối tuần (20/11/2026)',
  'Hướng dẫn đăng ký tạm trú trực tuyến (19/11/2026)',
  'Kết quả bình xét “Gia đình văn hóa” năm 2026 (18/11/2026)',
  'Giải bóng đá thiếu niên phường 2026 (17/11/2026)',
  'Tuyên truyền phòng cháy, chữa cháy trong khu dân cư (16/11/2026)',
];

/** Posts 6–10, the second page. */
const PAGE_2 = [
  'Thông báo thu phí vệ sinh môi trường… (15/11/2026)',
  'Người dân góp ý dự thảo ‘quy chế dân chủ’ ở cơ sở (14/11/2026)',
  'Lễ khai giảng năm học mới tại trường Tiểu học Kim Liên (13/11/2026)',
  'Kế hoạch phòng, chống thiên tai & tìm kiếm cứu nạn (12/11/2026)',
  'Công viên bờ sông mở cửa trở lại sau cải tạo (11/11/2026)',
];

describe('a real WordPress site, as recorded', () => {
  beforeEach(() => clearCache());

  it('its REST API: the five newest posts, texturized quotes as typographic ones, dates in the site zone', async () => {
    const el = await loaded<NewsList>(html`<news-list src=${POSTS}></news-list>`);
    expect(items(el)).to.deep.equal(NEWEST);
    const times = $$<HTMLTimeElement>(el, 'time[part~="date"]').map((time) => time.dateTime);
    // 08:30 in Asia/Ho_Chi_Minh, which WordPress gives as `date` (and as UTC in `date_gmt`).
    expect(times[0]).to.equal('2026-11-20T01:30:00.000Z');
    await expect(el).to.be.accessible();
  });

  for (const [name, feed] of [
    ['RSS at /feed/', '/wordpress/feed/'],
    ['RSS at ?feed=rss2, which WordPress redirects to /feed/', '/wordpress/?feed=rss2'],
    ['Atom at /feed/atom/', '/wordpress/feed/atom/'],
  ]) {
    it(`its ${name}: the same posts`, async () => {
      const el = await loaded<NewsList>(html`<news-list limit="5" src=${feed}></news-list>`);
      expect(items(el)).to.deep.equal(NEWEST);
    });
  }

  it('<related-articles> for a post: the newest posts of its category or with one of its tags, never itself', async () => {
    // Post 18 ("Ra quân…", category Tin tức, tags "môi trường" and "đoàn viên").
    const el = await loaded<RelatedArticles>(
      html`<related-articles
        article-src="/wordpress/wp-json/wp/v2/posts/18?_embed"
        feed-src="/wordpress/wp-json/wp/v2/posts?_embed&per_page=100"
      ></related-articles>`,
    );
    expect(items(el)).to.deep.equal([
      'Giải bóng đá thiếu niên phường 2026 (17/11/2026)',
      'Tuyên truyền phòng cháy, chữa cháy trong khu dân cư (16/11/2026)',
      // Thông báo, not Tin tức: it shares the tag "môi trường".
      'Thông báo thu phí vệ sinh môi trường… (15/11/2026)',
      'Người dân góp ý dự thảo ‘quy chế dân chủ’ ở cơ sở (14/11/2026)',
      'Lễ khai giảng năm học mới tại trường Tiểu học Kim Liên (13/11/2026)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('from another origin: the REST API answers with CORS, its feeds without (a "network" error)', async () => {
    const list = await loaded<NewsList>(html`<news-list src=${elsewhere(POSTS)}></news-list>`);
    expect(items(list)).to.deep.equal(NEWEST);
    const failed = new Promise<PortalErrorEvent>((resolve) =>
      document.addEventListener('portal-error', resolve as EventListener, { once: true }),
    );
    await loaded<NewsList>(html`<news-list src=${elsewhere('/wordpress/feed/')}></news-list>`);
    expect((await failed).detail.kind).to.equal('network');
  });

  it('.data: a page of posts the page fetched itself, with the next page WordPress named, shows "Xem tiếp"', async () => {
    const response = await fetch(POSTS);
    const next = /<([^>]+)>; rel="next"/.exec(response.headers.get('Link')!)![1];
    const el = await fixture<NewsList>(html`<news-list limit="5"></news-list>`);
    el.data = { items: await response.json(), nextUrl: next };
    await waitUntil(() => items(el).length === 5, 'the posts given never showed');
    expect(items(el)).to.deep.equal(NEWEST);
    $<HTMLButtonElement>(el, 'button[part~="more"]').click();
    await waitUntil(() => items(el).length === 10, 'the next page never appeared');
    expect(items(el)).to.deep.equal([...NEWEST, ...PAGE_2]);
  });
});
