import { expect, html } from '@open-wc/testing';
import '../../src/news-list/news-list.js';
import '../../src/related-articles/related-articles.js';
import type { NewsList } from '../../src/news-list/news-list.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';
import type { PortalErrorEvent } from '../../src/events.js';
import { clearCache } from '../../src/load/load.js';
import { $$, items, loaded } from '../helpers/dom.js';
import { NEWEST, POSTS } from './recorded.js';

// A real WordPress (Debian's package) as recorded by scripts/wordpress/record.sh,
// served under /wordpress/ with the headers it sent (test/fixtures/wordpress/).

/** The same path on the test server's other origin (localhost ↔ 127.0.0.1), as a page on another site reads the portal. */
function elsewhere(path: string) {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
}

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
});
