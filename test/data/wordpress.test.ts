import { expect } from '@open-wc/testing';
import { imageSizesOf, nextPageOf, parseWordPress, parseWordPressPost } from '../../src/data/wordpress.js';
import { formatError, realFixture } from '../helpers/errors.js';

const fixture = async (name: string) => JSON.parse(await realFixture(name)) as unknown[];

const API = 'https://portal.example/wp-json/wp/v2/posts';
const post = (extra: Record<string, unknown> = {}) => ({
  id: 7,
  date: '2020-10-29T07:57:30',
  date_gmt: '2020-10-29T00:57:30',
  link: 'https://portal.example/tin-7/',
  title: { rendered: 'Tin 7' },
  excerpt: { rendered: '<p>Tóm tắt</p>' },
  content: { rendered: '<p>Nội dung</p>' },
  ...extra,
});

describe('parseWordPress with real responses', () => {
  it('reads demo.worona.org with _embed: entities, featured image, category, tags, author', async () => {
    const result = parseWordPress(
      await fixture('wp-posts-demo-worona-embed.json'),
      'https://demo.worona.org/wp-json/wp/v2/posts?_embed',
    );
    expect(result.items).to.have.length(5);
    expect(result.problems).to.deep.equal([]);
    const [first, , third, , fifth] = result.items;
    expect(first.id).to.equal('30');
    expect(first.title).to.equal('Machu Picchu');
    expect(first.url).to.equal('https://demo.worona.org/machu-picchu/');
    expect(first.image).to.equal('https://demo.worona.org/wp-content/uploads/2016/11/machupicchu.jpg');
    expect(first.category).to.deep.equal({
      id: '5',
      name: 'Architecture',
      url: 'https://demo.worona.org/wp-cat/cities/architecture/',
    });
    expect(first.tags).to.deep.equal(['Inca', 'Machu Picchu', 'Peru']);
    expect(first.authors).to.deep.equal(['Luis Herranz']);
    expect(first.datePublished).to.equal('2016-08-25T15:28:55.000Z');
    expect(first.dateModified).to.equal('2018-01-11T09:51:58.000Z');
    expect(first.summary).to.match(/^Machu Picchu is a 15th-century Inca citadel/);
    expect(first.contentHtml).to.match(/^<p>Machu Picchu is/);
    expect(third.title).to.equal('Switzerland’s Mountains');
    expect(third.image).to.equal('https://demo.worona.org/wp-content/uploads/2016/11/switzerland2.jpg');
    expect(third.imageAlt).to.equal('switzerland');
    expect(fifth.title).to.equal('The Land of Fire & Ice');
  });

  it('reads unitingnc.org without _embed: jetpack image, date_gmt, Read More links', async () => {
    const result = parseWordPress(await fixture('wp-posts-unitingnc.json'), 'https://www.unitingnc.org/wp-json/wp/v2/posts');
    expect(result.items).to.have.length(10);
    const first = result.items[0];
    expect(first.id).to.equal('5169');
    expect(first.title).to.equal('An App for the Ministry');
    expect(first.url).to.equal('https://www.unitingnc.org/2020/01/an-app-for-the-ministry/');
    expect(first.image).to.equal('https://www.unitingnc.org/wp-content/uploads/2020/01/Juan_Vamos.jpg');
    // date_gmt (UTC) wins over the site-local date (-05:00).
    expect(first.datePublished).to.equal('2020-01-16T17:04:33.000Z');
    expect(first.summary).to.match(/^I’ve never known a place quite like the Episcopal Farmworker Ministry\./);
    expect(first.summary).to.match(/went into high gear like…$/);
    expect(first.category).to.equal(undefined);
    expect(result.items[3].title).to.equal('New video highlights CTD interns’ stories and impact');
    // That excerpt is nothing but the "Read More" link.
    expect(result.items[3].summary).to.equal(undefined);
    for (const article of result.items) {
      expect(article.summary ?? '').not.to.contain('Read More');
      expect(article.title).not.to.contain('&#');
    }
    // featured_media 0 and an empty jetpack URL: no picture.
    expect(result.items[9].image).to.equal(undefined);
  });

  it('reads kcua-musicology (one post, Japanese, truncated excerpt)', async () => {
    const result = parseWordPress(
      await fixture('wp-posts-kcua-musicology.json'),
      'https://kcua-musicology.github.io/wp-json/wp/v2/posts',
    );
    expect(result.items).to.have.length(1);
    const [article] = result.items;
    expect(article.title).to.equal('音楽学専攻Webサイトへようこそ！');
    expect(article.url).to.equal('https://kcua-musicology.github.io/welcome/');
    expect(article.datePublished).to.equal('2024-09-17T05:06:10.000Z');
    expect(article.summary).to.match(/^このWebサイトでは京都市立芸術大学音楽学専攻を紹介しています。/);
    expect(article.summary).to.match(/予定していま…$/);
    expect(article.contentHtml).to.contain('loading="lazy"');
  });
});

describe('parseWordPress with other shapes', () => {
  it('reads the site-local date in the assumed zone when date_gmt is missing (drafts)', () => {
    const [article] = parseWordPress([post({ date_gmt: null })], API, 'Asia/Ho_Chi_Minh').items;
    expect(article.datePublished).to.equal('2020-10-29T00:57:30.000Z');
    const [other] = parseWordPress([post({ date_gmt: undefined })], API, 'America/New_York').items;
    expect(other.datePublished).to.equal('2020-10-29T11:57:30.000Z');
  });

  it('takes the caption and alt from the embedded media, and falls back to jetpack when it is an error', () => {
    const embedded = {
      'wp:featuredmedia': [
        { source_url: '/wp-content/a.jpg', alt_text: 'Ảnh &amp; chữ', caption: { rendered: '<p>Ảnh: Thành Chung.</p>' } },
      ],
      'wp:term': [
        [{ id: 3, taxonomy: 'category', name: 'Chính trị &amp; Xã hội', link: '/chuyen-muc/chinh-tri/' }],
        [{ taxonomy: 'post_tag', name: 'Hội nghị' }],
      ],
      author: [{ name: 'Ban biên tập' }],
    };
    const [article] = parseWordPress([post({ _embedded: embedded })], 'https://cms.example/wp-json/wp/v2/posts').items;
    expect(article.image).to.equal('https://cms.example/wp-content/a.jpg');
    expect(article.imageAlt).to.equal('Ảnh & chữ');
    expect(article.imageCaption).to.equal('Ảnh: Thành Chung.');
    expect(article.category).to.deep.equal({
      id: '3',
      name: 'Chính trị & Xã hội',
      url: 'https://cms.example/chuyen-muc/chinh-tri/',
    });
    expect(article.tags).to.deep.equal(['Hội nghị']);
    expect(article.authors).to.deep.equal(['Ban biên tập']);

    const forbidden = { 'wp:featuredmedia': [{ code: 'rest_forbidden', message: 'Sorry' }] };
    const [fallback] = parseWordPress(
      [post({ _embedded: forbidden, jetpack_featured_media_url: 'https://cms.example/j.jpg' })],
      API,
    ).items;
    expect(fallback.image).to.equal('https://cms.example/j.jpg');
    expect(fallback.imageAlt).to.equal(undefined);
  });

  it('strips "Continue reading" links and keeps HTML out of the text', () => {
    const excerpt =
      '<p>Lead &amp; more <b>bold</b> &hellip; <a href="/x/" class="more-link">Continue reading<span class="screen-reader-text"> "Tin 7"</span></a></p>';
    const [article] = parseWordPress(
      [post({ excerpt: { rendered: excerpt }, title: { rendered: '<script>alert(1)</script>Tin &#8220;7&#8221;' } })],
      API,
    ).items;
    expect(article.summary).to.equal('Lead & more bold …');
    expect(article.title).to.equal('Tin “7”');
  });

  it("turns the excerpt's own cut mark at its end, and the white space before it, into an ellipsis", () => {
    const summaryOf = (excerpt: string) => parseWordPress([post({ excerpt: { rendered: excerpt } })], API).items[0].summary;
    expect(summaryOf('<p>Tóm tắt [&hellip;]</p>\n')).to.equal('Tóm tắt…');
    expect(summaryOf('<p>Tóm tắt\n\t[...]</p>')).to.equal('Tóm tắt…');
    expect(summaryOf('<p>Tóm tắt&nbsp;[&#8230;]</p>')).to.equal('Tóm tắt…');
    expect(summaryOf('<p>[&hellip;]</p>')).to.equal('…');
    // Anywhere but at the end, or another mark, it is text.
    expect(summaryOf('<p>Trích [&hellip;] dẫn</p>')).to.equal('Trích […] dẫn');
    expect(summaryOf('<p>Tóm tắt [..]</p>')).to.equal('Tóm tắt [..]');
    expect(summaryOf('<p>Tóm tắt []</p>')).to.equal('Tóm tắt []');
  });

  it('reads a single post object as an article', () => {
    const article = parseWordPressPost(post(), 'https://portal.example/wp-json/wp/v2/posts/7');
    expect(article.id).to.equal('7');
    expect(article.title).to.equal('Tin 7');
    expect(article.baseUrl).to.equal('https://portal.example/wp-json/wp/v2/posts/7');
    const nothing = { title: { rendered: 7 }, excerpt: null, content: null, link: null };
    expect(formatError(() => parseWordPressPost(post(nothing), API)).message).to.equal('title.rendered: expected a string');
  });

  it('drops the fields that do not fit and keeps the post, naming each field', () => {
    const result = parseWordPress(
      [
        post(),
        post({ title: { rendered: 42 } }),
        post({ id: undefined }),
        post({ date_gmt: 'soon' }),
        post({ title: 'flat' }),
        post({ link: 5 }),
        3,
        post({ id: undefined, link: undefined, date_gmt: 'x', date: 'y' }),
      ],
      API,
    );
    expect(result.items.map((a) => a.title)).to.deep.equal(['Tin 7', 'Tóm tắt', 'Tin 7', 'Tin 7', 'flat', 'Tin 7', 'Tin 7']);
    // A post without id takes its link, else a hash of its content.
    expect(result.items[2].id).to.equal('https://portal.example/tin-7/');
    expect(result.items[6].id).to.match(/^h[0-9a-z]+$/);
    // An unreadable date_gmt falls back to the site-local date.
    expect(result.items[3].datePublished).to.equal('2020-10-29T00:57:30.000Z');
    expect(result.items[5].url).to.equal(undefined);
    expect(result.items[6].datePublished).to.equal(undefined);
    expect(result.problems).to.deep.equal([
      '[1].title.rendered: expected a string',
      '[3].date_gmt: not a date',
      '[5].link: expected a string',
      '[6]: expected an object',
      '[7].date_gmt: not a date',
      '[7].date: not a date',
    ]);
  });

  it('derives a title for an untitled post, drops unsafe links', () => {
    const [article] = parseWordPress(
      [post({ title: { rendered: '' }, link: 'javascript:alert(1)', jetpack_featured_media_url: 'data:image/png;base64,AAAA' })],
      API,
    ).items;
    expect(article.title).to.equal('Tóm tắt');
    expect(article.url).to.equal(undefined);
    expect(article.image).to.equal(undefined);
  });

  it('fails as a whole when no post fits, or when the document is not a list', () => {
    const nothing = { id: {}, title: 7, excerpt: null, content: null, link: null };
    expect(formatError(() => parseWordPress([post(nothing)], API)).message).to.equal('[0].id: expected a string');
    expect(formatError(() => parseWordPress({ posts: [] }, API)).message).to.equal('document: expected an array of posts');
    expect(parseWordPress([], API).items).to.deep.equal([]);
  });
});

describe('imageSizesOf: the widths WordPress made of a featured image', () => {
  const media = (post: unknown) =>
    ((post as { _embedded: Record<string, unknown[]> })._embedded['wp:featuredmedia'][0] ?? undefined) as Record<string, unknown>;

  it("a real WordPress 6.1: every size in the photograph's proportions, narrowest first, the original last; not the square thumbnail", async () => {
    const posts = (await (await fetch('/test/fixtures/wordpress/posts-page-1.json')).json()) as unknown[];
    const uploads = 'http://portal.example/wp-content/uploads';
    expect(imageSizesOf(media(posts[1]), 'http://portal.example/wp-json/wp/v2/posts')).to.deep.equal([
      { url: `${uploads}/truong-hoc-300x200.jpg`, width: 300 },
      { url: `${uploads}/truong-hoc-768x512.jpg`, width: 768 },
      { url: `${uploads}/truong-hoc-1024x683.jpg`, width: 1024 },
      { url: `${uploads}/truong-hoc-1536x1024.jpg`, width: 1536 },
      { url: `${uploads}/truong-hoc.jpg`, width: 1600 },
    ]);
  });

  it("demo.worona.org: a theme's own size (post-thumbnail) among them, and a 5,184 px original", async () => {
    const [first] = await fixture('wp-posts-demo-worona-embed.json');
    const sizes = imageSizesOf(media(first), 'https://demo.worona.org/wp-json/wp/v2/posts');
    expect(sizes!.map(({ width }) => width)).to.deep.equal([300, 768, 1024, 1200, 5184]);
  });

  it('none without sizes, with one size only, or with sizes whose URLs are unsafe; relative URLs resolved', () => {
    const base = 'https://portal.example/wp-json/wp/v2/posts';
    const details = (sizes: Record<string, unknown>) => ({
      source_url: '/a.jpg',
      media_details: { width: 1600, height: 900, sizes },
    });
    expect(imageSizesOf(undefined, base)).to.equal(undefined);
    expect(imageSizesOf({ source_url: '/a.jpg' }, base)).to.equal(undefined);
    expect(imageSizesOf(details({}), base)).to.equal(undefined);
    expect(imageSizesOf(details({ medium: { width: 300, height: 169, source_url: 'javascript:alert(1)' } }), base)).to.equal(
      undefined,
    );
    expect(
      imageSizesOf(details({ medium: { width: 300, height: 169, source_url: '/a-300x169.jpg' }, bad: { width: 'x' } }), base),
    ).to.deep.equal([
      { url: 'https://portal.example/a-300x169.jpg', width: 300 },
      { url: 'https://portal.example/a.jpg', width: 1600 },
    ]);
  });
});

describe('nextPageOf: where WordPress says the next page of posts is', () => {
  const page1 = 'https://portal.example/wp-json/wp/v2/posts?_embed&per_page=5';
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('follows WordPress\'s Link rel="next", among its other links', () => {
    expect(
      nextPageOf(page1, headers({ Link: '<https://portal.example/wp-json/wp/v2/posts?_embed&per_page=5&page=2>; rel="next"' })),
    ).to.equal('https://portal.example/wp-json/wp/v2/posts?_embed&per_page=5&page=2');
    const middle = headers({
      Link: '<https://portal.example/wp-json/wp/v2/posts?page=1>; rel="prev", <https://portal.example/wp-json/wp/v2/posts?page=3>; rel="next"',
      'X-WP-TotalPages': '9',
    });
    expect(nextPageOf(`${page1}&page=2`, middle)).to.equal('https://portal.example/wp-json/wp/v2/posts?page=3');
    expect(nextPageOf(page1, headers({ Link: '</p2.json>; title="x"; rel=next' }))).to.equal('https://portal.example/p2.json');
    expect(nextPageOf(page1, headers({ Link: '<https://portal.example/wp-json/>; rel="https://api.w.org/"' }))).to.equal(
      undefined,
    );
    expect(nextPageOf(page1, headers({ Link: '<javascript:alert(1)>; rel="next"' }))).to.equal(undefined);
  });

  it('without Link, asks for the page after this one while there is one (X-WP-TotalPages)', () => {
    expect(nextPageOf(page1, headers({ 'X-WP-TotalPages': '3' }))).to.equal(`${page1}&page=2`);
    expect(nextPageOf(`${page1}&page=2`, headers({ 'X-WP-TotalPages': '3' }))).to.equal(`${page1}&page=3`);
    expect(nextPageOf(`${page1}&page=3`, headers({ 'X-WP-TotalPages': '3' }))).to.equal(undefined);
    expect(
      nextPageOf('https://portal.example/wp-json/wp/v2/posts?page=1&_embed#top', headers({ 'X-WP-TotalPages': '2' })),
    ).to.equal('https://portal.example/wp-json/wp/v2/posts?_embed&page=2');
    expect(nextPageOf('https://portal.example/wp-json/wp/v2/posts', headers({ 'X-WP-TotalPages': '2' }))).to.equal(
      'https://portal.example/wp-json/wp/v2/posts?page=2',
    );
    expect(nextPageOf(page1, headers({}))).to.equal(undefined);
    expect(nextPageOf(page1, headers({ 'X-WP-TotalPages': 'many' }))).to.equal(undefined);
  });
});

describe('parseWordPress with the headers of a real WordPress 6.1', () => {
  const site = 'http://portal.example';
  async function recorded(page: number) {
    const { exchanges } = (await (await fetch('/test/fixtures/wordpress/exchanges.json')).json()) as {
      exchanges: { request: { path: string }; response: { headers: [string, string][]; body: string } }[];
    };
    const { request, response } = exchanges.find((exchange) => exchange.response.body === `posts-page-${page}.json`)!;
    const body = (await (await fetch(`/test/fixtures/wordpress/${response.body}`)).json()) as unknown[];
    return parseWordPress(body, site + request.path, undefined, new Headers(response.headers));
  }

  it('pages 1 and 2 name the next page, the last page none', async () => {
    expect((await recorded(1)).nextUrl).to.equal(`${site}/wp-json/wp/v2/posts?_embed&per_page=5&page=2`);
    expect((await recorded(2)).nextUrl).to.equal(`${site}/wp-json/wp/v2/posts?_embed&per_page=5&page=3`);
    const last = await recorded(3);
    expect(last.items).to.have.length(4);
    expect(last).not.to.have.property('nextUrl');
  });
});
