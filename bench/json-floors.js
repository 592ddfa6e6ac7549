// The floors of the JSON reading benches (read-json.mjs, read-rss.mjs), served
// to their page as a module: what reading costs with no checking, cleaning or
// bounding. Each maps every field the model holds, as the model holds it
// (dates as `toISOString()`, names and tags as lists of strings), and nothing more.

const iso = (date) => (date ? new Date(date).toISOString() : undefined);
const base = 'https://portal.example/feed';

/** A JSON Feed item as the model holds it. */
export const jsonFeedItem = (item) => ({
  id: item.id,
  title: item.title,
  url: item.url,
  summary: item.summary,
  contentHtml: item.content_html,
  image: item.image,
  datePublished: iso(item.date_published),
  dateModified: iso(item.date_modified),
  authors: (item.authors ?? []).map((author) => author.name),
  tags: item.tags ?? [],
  baseUrl: base,
});

/** A Portal JSON item: a JSON Feed item with its `_portal` fields. */
export const portalItem = (item) => ({
  ...jsonFeedItem(item),
  imageAlt: item._portal.image_alt,
  imageCaption: item._portal.image_caption,
  imageSizes: item._portal.image_sizes.map(({ url, width }) => ({ url, width })),
  category: { id: item._portal.category.id, name: item._portal.category.name, url: item._portal.category.url },
});

/** A WordPress REST post with `_embed`. */
export const wordPressPost = (post) => {
  const media = post._embedded['wp:featuredmedia'][0];
  const terms = post._embedded['wp:term'].flat();
  const category = terms.find((term) => term.taxonomy === 'category');
  return {
    id: String(post.id),
    title: post.title.rendered,
    url: post.link,
    summary: post.excerpt.rendered,
    contentHtml: post.content.rendered,
    image: media.source_url,
    imageSizes: Object.values(media.media_details.sizes).map((size) => ({ url: size.source_url, width: size.width })),
    imageAlt: media.alt_text,
    datePublished: iso(post.date_gmt + 'Z'),
    dateModified: iso(post.modified_gmt + 'Z'),
    authors: post._embedded.author.map((author) => author.name),
    tags: terms.filter((term) => term.taxonomy === 'post_tag').map((term) => term.name),
    category: { id: String(category.id), name: category.name, url: category.link },
    baseUrl: base,
  };
};
