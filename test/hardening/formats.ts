// Puts the corpus into every format an endpoint can answer with, the way a
// careless or hostile endpoint would, and says what a person must then see.
//
// Each vector becomes two entries of a document:
// - a "text" entry (id `t<n>`): the payload in every plain-text field and in
//   the body, with safe URLs, so the visible text can be checked;
// - a "url" entry (id `u<n>`): a harmless title `U<n>` and the payload in
//   every URL field (link, image, category, "Quay lại" / "Xem tiếp").
// Formats whose fields are HTML (WordPress `title.rendered`, Atom
// `type="html"`, RSS descriptions) carry the payload as markup as well.

import type { Article, Feed, Link } from '../../src/data/model.js';
import type { Vector } from './vectors.js';

export const BASE = 'https://portal.example';
export const DATE = '2020-12-04T07:00:00+07:00';

/** What a person must see for one entry. `undefined`: the field is derived from markup and only checked for safety. */
export interface Expected {
  id: string;
  /** The vector the entry carries. */
  vector: number;
  title?: string;
  summary?: string;
  caption?: string;
  category?: string;
}

export interface Source {
  /** Name of the format or variant, as the report shows it. */
  name: string;
  url: string;
  expected: Expected[];
  /** Vectors the document carries (XML cannot carry some control characters). */
  vectors: Vector[];
}

export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The payload as a plain-text JSON / CDATA field shows it (character references decoded). */
const shown = (v: Vector) => v.text ?? v.payload;

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Inside a double-quoted HTML attribute: character references stay live, as an attacker would write them. */
const attr = (text: string) => text.replace(/"/g, '&quot;');

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** XML text or attribute: numeric and predefined references stay live (the XML parser decodes them), the rest is escaped. */
const xmlLive = (text: string) =>
  text
    .replace(/&(?!#\d+;|#x[0-9a-f]+;|(?:amp|lt|gt|quot|apos);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

// Characters XML 1.0 cannot carry at all, not even as references.
const xmlCarries = (v: Vector) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(v.payload);

/** An article body built around the payload: the payload as markup, then as a link target and an image source. */
export const body = (v: Vector) =>
  `${v.payload}<p>Nội dung ${v.id}: <a href="${attr(v.payload)}">liên kết</a> <img src="${attr(v.payload)}" alt="ảnh ${v.id}"></p>`;

const safe = (kind: string, n: number | string) => `${BASE}/${kind}/${n}`;

function portalItem(v: Vector, kind: 't' | 'u', plainJson = false) {
  const p = v.payload;
  if (kind === 't') {
    return {
      id: `t${v.id}`,
      url: safe('tin', `t${v.id}`),
      title: p,
      summary: p,
      content_html: body(v),
      image: safe('anh', `t${v.id}.jpg`),
      date_published: DATE,
      authors: [{ name: p }],
      tags: [p],
      ...(!plainJson && {
        _portal: {
          category: { id: 'chinh-tri', name: p, url: safe('chuyen-muc', 'chinh-tri') },
          image_alt: p,
          image_caption: p,
          related: [{ id: `r${v.id}`, url: safe('tin', `r${v.id}`), title: p }],
          back_url: safe('chuyen-muc', 'chinh-tri'),
          next_url: safe('tin', `n${v.id}`),
        },
      }),
    };
  }
  return {
    id: `u${v.id}`,
    url: p,
    external_url: p,
    title: `U${v.id}`,
    summary: `U${v.id}`,
    content_html: body(v),
    image: p,
    banner_image: p,
    date_published: DATE,
    ...(!plainJson && {
      _portal: {
        category: { id: 'chinh-tri', name: `C${v.id}`, url: p },
        image_alt: `Ảnh U${v.id}`,
        image_caption: `Chú thích U${v.id}`,
        related: [{ id: `ru${v.id}`, url: p, title: `R${v.id}` }],
        back_url: p,
        next_url: p,
      },
    }),
  };
}

const portalExpected = (v: Vector, withExtension: boolean): Expected[] => [
  {
    id: `t${v.id}`,
    vector: v.id,
    title: shown(v),
    summary: shown(v),
    ...(withExtension && { caption: shown(v), category: shown(v) }),
  },
  { id: `u${v.id}`, vector: v.id, title: `U${v.id}`, summary: `U${v.id}`, ...(withExtension && { category: `C${v.id}` }) },
];

function wordpressPost(v: Vector, kind: 't' | 'u' | 'raw') {
  const p = v.payload;
  const id = { t: 1000, u: 2000, raw: 3000 }[kind] + v.id;
  const common = { id, date_gmt: '2020-12-04T00:00:00', modified_gmt: '2020-12-04T00:00:00', content: { rendered: body(v) } };
  if (kind === 'u') {
    return {
      ...common,
      link: p,
      title: { rendered: `U${v.id}` },
      excerpt: { rendered: `<p>U${v.id}</p>` },
      jetpack_featured_media_url: p,
      _embedded: {
        'wp:featuredmedia': [{ source_url: p, alt_text: 'ảnh', caption: { rendered: `<p>Chú thích U${v.id}</p>` } }],
        'wp:term': [[{ taxonomy: 'category', id: 5, name: `C${v.id}`, link: p }]],
      },
    };
  }
  // "t": what WordPress sends for a title typed as text (escaped); "raw": a
  // title with markup in it, as an editor allowed unfiltered HTML can save.
  const text = kind === 't' ? esc(p) : p;
  return {
    ...common,
    link: safe('tin', id),
    title: { rendered: text },
    // A lead before the payload: when the markup leaves no text at all (an
    // unclosed <style> swallows the rest, as in a browser), the post still
    // has a title to fall back on instead of being skipped.
    excerpt: { rendered: `<p>Tóm tắt ${v.id}</p>${p}` },
    _embedded: {
      'wp:featuredmedia': [{ source_url: safe('anh', `${id}.jpg`), alt_text: p, caption: { rendered: text } }],
      'wp:term': [
        [{ taxonomy: 'category', id: 5, name: text, link: safe('chuyen-muc', 5) }],
        [{ taxonomy: 'post_tag', name: text }],
      ],
    },
  };
}

const wordpressExpected = (v: Vector): Expected[] => [
  { id: String(1000 + v.id), vector: v.id, title: v.payload, caption: v.payload, category: v.payload },
  { id: String(2000 + v.id), vector: v.id, title: `U${v.id}`, category: `C${v.id}` },
  { id: String(3000 + v.id), vector: v.id },
];

function rss(vectors: Vector[]) {
  const items = vectors.flatMap((v) => [
    `<item>
      <title>${cdata(v.payload)}</title>
      <link>${safe('tin', `t${v.id}`)}</link>
      <guid isPermaLink="false">t${v.id}</guid>
      <description>${cdata(body(v))}</description>
      <content:encoded>${cdata(body(v))}</content:encoded>
      <category>${cdata(v.payload)}</category>
      <dc:creator>${cdata(v.payload)}</dc:creator>
      <enclosure url="${safe('anh', `t${v.id}.jpg`)}" type="image/jpeg" length="1"/>
      <pubDate>Fri, 04 Dec 2020 07:00:00 +0700</pubDate>
    </item>`,
    `<item>
      <title>U${v.id}</title>
      <link>${xmlLive(v.payload)}</link>
      <guid isPermaLink="false">u${v.id}</guid>
      <description>&lt;p&gt;U${v.id}&lt;/p&gt;${esc(body(v))}</description>
      <category>C${v.id}</category>
      <enclosure url="${xmlLive(v.payload)}" type="image/jpeg" length="1"/>
      <media:thumbnail url="${xmlLive(v.payload)}"/>
      <pubDate>Fri, 04 Dec 2020 07:00:00 +0700</pubDate>
    </item>`,
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Tin tức</title>
    <link>${BASE}/</link>
    <description>Tin tức</description>
    ${items.join('\n')}
  </channel>
</rss>`;
}

const rssExpected = (v: Vector): Expected[] => [
  { id: `t${v.id}`, vector: v.id, title: shown(v), category: shown(v) },
  { id: `u${v.id}`, vector: v.id, title: `U${v.id}`, category: `C${v.id}` },
];

/** Whether the payload is well-formed as XHTML content, so Atom can carry it as real elements. */
function wellFormedXhtml(payload: string): boolean {
  const doc = new DOMParser().parseFromString(`<div xmlns="http://www.w3.org/1999/xhtml">${payload}</div>`, 'application/xml');
  return !doc.getElementsByTagName('parsererror').length;
}

function atom(vectors: Vector[]) {
  const entries = vectors.flatMap((v) => [
    `<entry>
      <id>t${v.id}</id>
      <title type="text">${esc(v.payload)}</title>
      <link rel="alternate" type="text/html" href="${safe('tin', `t${v.id}`)}"/>
      <updated>2020-12-04T00:00:00Z</updated>
      <summary type="html">${esc(v.payload)}</summary>
      <content type="html">${esc(body(v))}</content>
      <category term="chinh-tri" label="${esc(v.payload)}"/>
      <link rel="enclosure" type="image/jpeg" href="${safe('anh', `t${v.id}.jpg`)}"/>
    </entry>`,
    `<entry>
      <id>u${v.id}</id>
      <title>U${v.id}</title>
      <link href="${xmlLive(v.payload)}"/>
      <updated>2020-12-04T00:00:00Z</updated>
      <content type="html">${esc(body(v))}</content>
      <category term="C${v.id}"/>
      <link rel="enclosure" type="image/jpeg" href="${xmlLive(v.payload)}"/>
    </entry>`,
    ...(wellFormedXhtml(v.payload)
      ? [
          `<entry>
      <id>x${v.id}</id>
      <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X${v.id} ${v.payload}</div></title>
      <updated>2020-12-04T00:00:00Z</updated>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${v.payload}<p>Nội dung ${v.id}</p></div></content>
    </entry>`,
        ]
      : []),
  ]);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Tin tức</title>
  <id>${BASE}/atom</id>
  <updated>2020-12-04T00:00:00Z</updated>
  ${entries.join('\n')}
</feed>`;
}

const atomExpected = (v: Vector): Expected[] => [
  { id: `t${v.id}`, vector: v.id, title: v.payload, category: shown(v) },
  { id: `u${v.id}`, vector: v.id, title: `U${v.id}`, category: `C${v.id}` },
  ...(wellFormedXhtml(v.payload) ? [{ id: `x${v.id}`, vector: v.id }] : []),
];

/** The links document: a named entry and a URL entry per vector. Entries whose URL is unsafe are dropped by design. */
export function linksDocument(vectors: Vector[]) {
  return {
    title: 'Liên kết website',
    links: vectors.flatMap((v) => [
      { name: v.payload, url: safe('lien-ket', v.id), logo: v.payload, group: v.payload },
      { name: `L${v.id}`, url: v.payload, logo: v.payload },
    ]),
  };
}

/** Names a person must see in a links document, in order; URL entries (`L<n>`) may or may not survive. */
export const linkNames = (vectors: Vector[], literal = false) => vectors.map((v) => (literal ? v.payload : shown(v)));

/** The same data as a host would pass it as a property: the normalised model, straight from an untrusted source. */
export function propertyArticles(vectors: Vector[]): Article[] {
  return vectors.flatMap((v): Article[] => [
    {
      id: `t${v.id}`,
      title: v.payload,
      url: safe('tin', `t${v.id}`),
      summary: v.payload,
      contentHtml: body(v),
      image: safe('anh', `t${v.id}.jpg`),
      imageAlt: v.payload,
      imageCaption: v.payload,
      datePublished: '2020-12-04T00:00:00.000Z',
      authors: [v.payload],
      tags: [v.payload],
      category: { id: 'chinh-tri', name: v.payload, url: safe('chuyen-muc', 'chinh-tri') },
      baseUrl: `${BASE}/`,
    },
    {
      id: `u${v.id}`,
      title: `U${v.id}`,
      url: v.payload,
      summary: `U${v.id}`,
      contentHtml: body(v),
      image: v.payload,
      imageCaption: `Chú thích U${v.id}`,
      datePublished: '2020-12-04T00:00:00.000Z',
      authors: [],
      tags: [],
      category: { name: `C${v.id}`, url: v.payload },
      backUrl: v.payload,
      nextUrl: v.payload,
      baseUrl: `${BASE}/`,
    },
  ]);
}

export const propertyExpected = (vectors: Vector[]): Expected[] =>
  vectors.flatMap((v) => [
    { id: `t${v.id}`, vector: v.id, title: v.payload, summary: v.payload, caption: v.payload, category: v.payload },
    { id: `u${v.id}`, vector: v.id, title: `U${v.id}`, summary: `U${v.id}`, category: `C${v.id}` },
  ]);

export function propertyLinks(vectors: Vector[]): Link[] {
  return vectors.flatMap((v) => [
    { name: v.payload, url: safe('lien-ket', v.id), logo: v.payload, group: v.payload },
    { name: `L${v.id}`, url: v.payload, logo: v.payload },
  ]);
}

export const propertyFeed = (vectors: Vector[]): Feed => ({ items: propertyArticles(vectors), problems: [] });

export type FeedFormat = 'portal' | 'jsonfeed' | 'wordpress' | 'rss' | 'atom';

export interface Endpoint {
  routes: Record<string, () => Response>;
  /** Each feed format, holding the whole corpus (`url`) and one vector per document (`urlOf(entry)`). */
  feeds: Record<FeedFormat, Source & { urlOf(entry: Expected): string }>;
  /** One single-article document per entry: Portal JSON and a WordPress post. */
  articles: Record<'portal-article' | 'wordpress-post', Source & { urlOf(entry: Expected): string }>;
  links: Source;
  /** A single article whose `related` list carries the corpus. */
  relatedArticle: Source;
  /** A single article without `related`, picked against the Portal JSON feed (same category). */
  poolArticle: Source;
}

const json = (value: unknown) => () =>
  new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
const xml = (text: string, type: string) => () => new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });

const portalDocument = (vectors: Vector[], plainJson = false) => ({
  version: plainJson ? 'https://jsonfeed.org/version/1' : 'https://jsonfeed.org/version/1.1',
  title: 'Chính trị',
  home_page_url: `${BASE}/chinh-tri`,
  items: vectors.flatMap((v) => [portalItem(v, 't', plainJson), portalItem(v, 'u', plainJson)]),
});

const wordpressDocument = (vectors: Vector[]) =>
  vectors.flatMap((v) => [wordpressPost(v, 't'), wordpressPost(v, 'u'), wordpressPost(v, 'raw')]);

/** Every document of the corpus, as routes for `stubFetch`. */
export function endpoint(vectors: Vector[]): Endpoint {
  const xmlVectors = vectors.filter(xmlCarries);
  const api = (path: string) => `${BASE}/api/${path}`;
  const documents = (of: Vector[]) => ({
    'portal.json': json(portalDocument(of)),
    'jsonfeed.json': json(portalDocument(of, true)),
    'wp/v2/posts': json(wordpressDocument(of)),
    'rss.xml': xml(rss(of.filter(xmlCarries)), 'application/rss+xml'),
    'atom.xml': xml(atom(of.filter(xmlCarries)), 'application/atom+xml'),
  });
  const routes: Record<string, () => Response> = { [api('links.json')]: json(linksDocument(vectors)) };
  for (const [path, route] of Object.entries(documents(vectors))) routes[api(path)] = route;
  // One small feed per vector too: an <article-card> per entry then reads a
  // short document instead of the whole corpus.
  for (const v of vectors) {
    for (const [path, route] of Object.entries(documents([v]))) routes[api(`v${v.id}/${path}`)] = route;
  }
  const portal = portalDocument(vectors);
  const posts = wordpressDocument(vectors);
  for (const item of portal.items) routes[api(`bai/${item.id}.json`)] = json(item);
  for (const post of posts) routes[api(`wp/v2/posts/${post.id}`)] = json(post);
  const feedFile: Record<FeedFormat, string> = {
    portal: 'portal.json',
    jsonfeed: 'jsonfeed.json',
    wordpress: 'wp/v2/posts',
    rss: 'rss.xml',
    atom: 'atom.xml',
  };
  const perVector = (format: FeedFormat) => (entry: Expected) => api(`v${entry.vector}/${feedFile[format]}`);

  const relatedRefs = vectors.flatMap((v) => [
    { id: `t${v.id}`, url: safe('tin', `t${v.id}`), title: v.payload, date_published: DATE },
    { id: `u${v.id}`, url: v.payload, title: `U${v.id}`, date_published: DATE },
  ]);
  routes[api('bai-lien-quan.json')] = json({
    id: 'goc',
    title: 'Bài gốc',
    url: safe('tin', 'goc'),
    _portal: { category: { id: 'chinh-tri', name: 'Chính trị' }, related: relatedRefs },
  });
  routes[api('bai-goc.json')] = json({
    id: 'goc',
    title: 'Bài gốc',
    url: safe('tin', 'goc'),
    _portal: { category: { id: 'chinh-tri', name: 'Chính trị' } },
  });

  const portalExp = vectors.flatMap((v) => portalExpected(v, true));
  return {
    routes,
    feeds: {
      portal: { name: 'Portal JSON', url: api('portal.json'), urlOf: perVector('portal'), expected: portalExp, vectors },
      jsonfeed: {
        name: 'JSON Feed 1.0',
        url: api('jsonfeed.json'),
        urlOf: perVector('jsonfeed'),
        expected: vectors.flatMap((v) => portalExpected(v, false)),
        vectors,
      },
      wordpress: {
        name: 'WordPress REST',
        url: api('wp/v2/posts'),
        urlOf: perVector('wordpress'),
        expected: vectors.flatMap(wordpressExpected),
        vectors,
      },
      rss: {
        name: 'RSS 2.0',
        url: api('rss.xml'),
        urlOf: perVector('rss'),
        expected: xmlVectors.flatMap(rssExpected),
        vectors: xmlVectors,
      },
      atom: {
        name: 'Atom',
        url: api('atom.xml'),
        urlOf: perVector('atom'),
        expected: xmlVectors.flatMap(atomExpected),
        vectors: xmlVectors,
      },
    },
    articles: {
      'portal-article': {
        name: 'Portal JSON single article',
        url: '',
        urlOf: (entry) => api(`bai/${entry.id}.json`),
        expected: portalExp,
        vectors,
      },
      'wordpress-post': {
        name: 'WordPress single post',
        url: '',
        urlOf: (entry) => api(`wp/v2/posts/${entry.id}`),
        expected: vectors.flatMap(wordpressExpected),
        vectors,
      },
    },
    links: { name: 'links document', url: api('links.json'), expected: [], vectors },
    relatedArticle: {
      name: 'Portal JSON article with related',
      url: api('bai-lien-quan.json'),
      expected: vectors.flatMap((v) => [
        { id: `t${v.id}`, vector: v.id, title: shown(v) },
        { id: `u${v.id}`, vector: v.id, title: `U${v.id}` },
      ]),
      vectors,
    },
    poolArticle: {
      name: 'Portal JSON article + feed-src pool',
      url: api('bai-goc.json'),
      expected: portalExp.map(({ id, vector, title }) => ({ id, vector, title })),
      vectors,
    },
  };
}
