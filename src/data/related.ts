import type { Article } from './model.js';

/** Articles sharing the category or a tag of `article`, newest first; never the article itself. */
export function pickRelated(article: Article, pool: Article[]): Article[] {
  const tags = new Set(article.tags.map((tag) => tag.toLowerCase()));
  const categoryOf = (item: Article) => item.category?.id ?? item.category?.name;
  const category = categoryOf(article);
  const time = (item: Article) => Date.parse(item.datePublished ?? '') || 0;
  return pool
    .filter(
      (item) =>
        item.id !== article.id &&
        (!article.url || item.url !== article.url) &&
        ((!!category && categoryOf(item) === category) || item.tags.some((tag) => tags.has(tag.toLowerCase()))),
    )
    .sort((a, b) => time(b) - time(a));
}
