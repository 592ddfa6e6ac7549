// The demo portal's content in every format the widgets read: Portal JSON
// (JSON Feed 1.1 with `_portal` objects), RSS 2.0, Atom 1.0 and the WordPress
// REST API shape. Pure functions of the data and the origin the request came
// to, so links in the documents are absolute and point back at that origin.

import { CATEGORIES, SITE, findCategory, newerOf, nextOf, relatedOf } from './data/portal-data.mjs';

const JSON_FEED = 'https://jsonfeed.org/version/1.1';

/** Where things live on the demo site (the "portal" pages and the API). */
export const urls = (origin) => ({
  article: (id) => `${origin}/demo/portal.html?id=${encodeURIComponent(id)}`,
  category: (id) => `${origin}/demo/portal.html?category=${encodeURIComponent(id)}`,
  home: `${origin}/demo/portal.html`,
  asset: (path) => (path ? `${origin}${path}` : undefined),
  api: (path, params = {}) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value != null)).toString();
    return `${origin}/api/${path}${query ? `?${query}` : ''}`;
  },
});

/** `page` and `per_page` from the query, within bounds. */
export function paging(searchParams, defaults = { perPage: 10, max: 50 }) {
  const number = (name, fallback) => {
    const value = Number.parseInt(searchParams.get(name) ?? '', 10);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return { page: number('page', 1), perPage: Math.min(number('per_page', defaults.perPage), defaults.max) };
}

/** One page of `items`, and what a feed says about it. */
export function pageOf(items, { page, perPage }) {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    meta: { page, per_page: perPage, total_items: items.length, total_pages: totalPages },
    hasNext: page < totalPages,
  };
}

const omitEmpty = (object) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

// ——— Portal JSON ———

const ref = (link) => (article) => ({
  id: article.id,
  url: link.article(article.id),
  title: article.title,
  date_published: article.date_published,
});

/** One article as a JSON Feed item with its `_portal` object. */
export function jsonItem(article, origin) {
  const link = urls(origin);
  const next = nextOf(article);
  return omitEmpty({
    id: article.id,
    url: link.article(article.id),
    title: article.title,
    summary: article.summary,
    content_html: article.content_html,
    image: link.asset(article.image),
    date_published: article.date_published,
    date_modified: article.date_modified,
    authors: article.author ? [{ name: article.author }] : undefined,
    tags: article.tags,
    language: 'vi',
    _portal: omitEmpty({
      category: { id: article.category.id, name: article.category.name, url: link.category(article.category.id) },
      image_alt: article.image_alt,
      image_caption: article.image_caption,
      related: relatedOf(article).map(ref(link)),
      newer: newerOf(article).map(ref(link)),
      back_url: link.category(article.category.id),
      next_url: next && link.article(next.id),
    }),
  });
}

/**
 * A JSON Feed of `items`, one page of it. `path` is the feed's own API path
 * (`feed.json`, `categories/kinh-te.json`), for `feed_url` and `next_url`.
 */
export function jsonFeed({ title, items, path, homePage, origin, searchParams, perPage = 10 }) {
  const page = pageOf(items, paging(searchParams, { perPage, max: 50 }));
  const link = urls(origin);
  const params = (number) => ({
    page: number > 1 ? number : undefined,
    per_page: searchParams.has('per_page') ? page.meta.per_page : undefined,
  });
  return omitEmpty({
    version: JSON_FEED,
    title,
    home_page_url: homePage ?? link.home,
    feed_url: link.api(path, params(page.meta.page)),
    description: SITE.description,
    language: SITE.language,
    next_url: page.hasNext ? link.api(path, params(page.meta.page + 1)) : undefined,
    _portal: page.meta,
    items: page.items.map((article) => jsonItem(article, origin)),
  });
}

// ——— RSS 2.0 and Atom ———

const escapeXml = (text) =>
  String(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]);

const cdata = (text) => `<![CDATA[${String(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date, keeping the offset the data was written in: `Thu, 29 Oct 2020 07:57:30 +0700`. */
export function rfc822(rfc3339) {
  const [, y, mo, d, h, mi, s, offset] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(Z|[+-]\d\d:\d\d)$/.exec(rfc3339);
  const day = new Date(Date.UTC(+y, +mo - 1, +d)).getUTCDay();
  const zone = offset === 'Z' ? '+0000' : offset.replace(':', '');
  return `${DAYS[day]}, ${d} ${MONTHS[+mo - 1]} ${y} ${h}:${mi}:${s} ${zone}`;
}

/** One page of an XML feed, with its own URL and the next page's. */
function xmlPage(items, path, origin, searchParams) {
  const page = pageOf(items, paging(searchParams, { perPage: 20, max: 50 }));
  const link = urls(origin);
  const self = link.api(path, { page: page.meta.page > 1 ? page.meta.page : undefined });
  const next = page.hasNext
    ? link.api(path, { page: page.meta.page + 1, per_page: searchParams.get('per_page') ?? undefined })
    : undefined;
  return { page, link, self, next };
}

/** An RSS 2.0 channel, one page of `items`, with `atom:link` self and next. */
export function rssFeed({ title, items, path, homePage, origin, searchParams }) {
  const { page, link, self, next } = xmlPage(items, path, origin, searchParams);
  const entries = page.items.map((article) => {
    const image = link.asset(article.image);
    return `    <item>
      <title>${escapeXml(article.title)}</title>
      <link>${escapeXml(link.article(article.id))}</link>
      <guid isPermaLink="false">${escapeXml(article.id)}</guid>
      <pubDate>${rfc822(article.date_published)}</pubDate>${article.author ? `\n      <dc:creator>${escapeXml(article.author)}</dc:creator>` : ''}
      <category domain="${escapeXml(link.category(article.category.id))}">${escapeXml(article.category.name)}</category>
      <description>${escapeXml(article.summary)}</description>
      <content:encoded>${cdata(article.content_html)}</content:encoded>${
        image
          ? `\n      <media:content url="${escapeXml(image)}" medium="image" type="image/svg+xml">${
              article.image_alt ? `<media:description>${escapeXml(article.image_alt)}</media:description>` : ''
            }</media:content>`
          : ''
      }
    </item>`;
  });
  const newest = items[0]?.date_modified;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(homePage ?? link.home)}</link>
    <description>${escapeXml(SITE.description)}</description>
    <language>vi</language>${newest ? `\n    <lastBuildDate>${rfc822(newest)}</lastBuildDate>` : ''}
    <atom:link rel="self" type="application/rss+xml" href="${escapeXml(self)}"/>${
      next ? `\n    <atom:link rel="next" type="application/rss+xml" href="${escapeXml(next)}"/>` : ''
    }
${entries.join('\n')}
  </channel>
</rss>
`;
}

/** An Atom 1.0 feed, one page of `items`, with links self, alternate and next. */
export function atomFeed({ title, items, path, homePage, origin, searchParams }) {
  const { page, link, self, next } = xmlPage(items, path, origin, searchParams);
  const entries = page.items.map((article) => {
    const image = link.asset(article.image);
    return `  <entry>
    <id>urn:portal-demo:article:${escapeXml(article.id)}</id>
    <title type="text">${escapeXml(article.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(link.article(article.id))}"/>${
      image ? `\n    <link rel="enclosure" type="image/svg+xml" href="${escapeXml(image)}"/>` : ''
    }
    <published>${article.date_published}</published>
    <updated>${article.date_modified}</updated>${article.author ? `\n    <author><name>${escapeXml(article.author)}</name></author>` : ''}
    <category term="${escapeXml(article.category.id)}" label="${escapeXml(article.category.name)}" scheme="${escapeXml(link.category(''))}"/>
    <summary type="text">${escapeXml(article.summary)}</summary>
    <content type="html">${escapeXml(article.content_html)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>urn:portal-demo:${escapeXml(path)}</id>
  <title type="text">${escapeXml(title)}</title>
  <subtitle type="text">${escapeXml(SITE.description)}</subtitle>
  <updated>${items[0]?.date_modified ?? '2020-01-01T00:00:00+07:00'}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(homePage ?? link.home)}"/>${
    next ? `\n  <link rel="next" type="application/atom+xml" href="${escapeXml(next)}"/>` : ''
  }
${entries.join('\n')}
</feed>
`;
}

// ——— WordPress REST API (wp/v2) ———

/**
 * A title as WordPress renders it: `&` as `&#038;`, typographic quotes and
 * dashes as numeric references (what `wptexturize` does), `<` `>` escaped.
 */
export function wpRendered(text) {
  let open = true;
  return text
    .replace(/&/g, '&#038;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/ - /g, ' &#8211; ')
    .replace(/"/g, () => ((open = !open) ? '&#8221;' : '&#8220;'))
    .replace(/'/g, '&#8217;');
}

const wpLocal = (rfc3339) => rfc3339.slice(0, 19);
const wpGmt = (rfc3339) => new Date(rfc3339).toISOString().slice(0, 19);

const wpTerm = (category, origin) => ({
  id: category.wpId,
  link: urls(origin).category(category.id),
  name: category.name,
  slug: category.id,
  taxonomy: 'category',
});

/** One post as `wp/v2/posts` returns it; `_embedded` only with `?_embed`. */
export function wpPost(article, origin, embed) {
  const link = urls(origin);
  const image = link.asset(article.image);
  const post = {
    id: Number(article.id),
    date: wpLocal(article.date_published),
    date_gmt: wpGmt(article.date_published),
    modified: wpLocal(article.date_modified),
    modified_gmt: wpGmt(article.date_modified),
    slug: `bai-viet-${article.id}`,
    status: 'publish',
    type: 'post',
    link: link.article(article.id),
    title: { rendered: wpRendered(article.title) },
    content: { rendered: `${article.content_html}\n`, protected: false },
    excerpt: { rendered: `<p>${wpRendered(article.summary)} [&hellip;]</p>\n`, protected: false },
    author: 1,
    featured_media: image ? Number(article.id) * 10 : 0,
    categories: [article.category.wpId],
    tags: [],
  };
  if (embed) {
    post._embedded = {
      author: [{ id: 1, name: article.author ?? 'Ban biên tập' }],
      ...(image && {
        'wp:featuredmedia': [
          {
            id: post.featured_media,
            source_url: image,
            alt_text: article.image_alt ?? '',
            caption: { rendered: article.image_caption ? `<p>${wpRendered(article.image_caption)}</p>\n` : '' },
            media_type: 'image',
            mime_type: 'image/svg+xml',
          },
        ],
      }),
      'wp:term': [
        [wpTerm(article.category, origin)],
        article.tags.map((tag, index) => ({ id: 100 + index, name: tag, taxonomy: 'post_tag' })),
      ],
    };
  }
  return post;
}

/** `wp/v2/posts`: the body, and the headers WordPress sends with it (`X-WP-Total`, `Link`). */
export function wpPosts({ items, origin, searchParams }) {
  const categories = (searchParams.get('categories') ?? '').split(',').filter(Boolean).map(Number);
  const selected = categories.length ? items.filter((article) => categories.includes(article.category.wpId)) : items;
  const page = pageOf(selected, paging(searchParams, { perPage: 10, max: 100 }));
  const embed = searchParams.has('_embed');
  const headers = { 'X-WP-Total': String(page.meta.total_items), 'X-WP-TotalPages': String(page.meta.total_pages) };
  if (page.hasNext) {
    const next = new URLSearchParams(searchParams);
    next.set('page', String(page.meta.page + 1));
    headers.Link = `<${origin}/api/wp/v2/posts?${next}>; rel="next"`;
  }
  return { body: page.items.map((article) => wpPost(article, origin, embed)), headers };
}

export const wpCategories = (origin) => CATEGORIES.map((category) => wpTerm(category, origin));

/** The categories with their feeds in every format. */
export function categoryIndex(origin, countOf) {
  const link = urls(origin);
  return CATEGORIES.map((category) => ({
    id: category.id,
    name: category.name,
    url: link.category(category.id),
    count: countOf(category.id),
    feeds: {
      json: link.api(`categories/${category.id}.json`),
      rss: link.api(`rss/${category.id}.xml`),
      atom: link.api(`atom/${category.id}.xml`),
      wordpress: link.api('wp/v2/posts', { _embed: '', categories: category.wpId }),
    },
  }));
}

export { findCategory };
