import type { Article } from '../../src/data/model.js';

export interface FeedItemInput {
  id: string;
  title: string;
  date?: string;
  url?: string;
  [key: string]: unknown;
}

/** A Portal JSON feed document (JSON Feed 1.1) with `count` Vietnamese items. */
export function portalFeed(count: number, options: { page?: number; nextUrl?: string; start?: number; base?: string } = {}) {
  const { nextUrl, start = 0, base = 'https://portal.example' } = options;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Chính trị',
    language: 'vi',
    home_page_url: `${base}/chinh-tri`,
    ...(nextUrl && { next_url: nextUrl }),
    items: Array.from({ length: count }, (_, i) => {
      const n = start + i + 1;
      return {
        id: String(n),
        url: `/tin/${n}`,
        title: `Tin số ${n}: Hải Dương triển khai Nghị quyết`,
        summary: `Tóm tắt tin số ${n}.`,
        image: `/anh/${n}.jpg`,
        date_published: new Date(Date.UTC(2020, 11, 4, 3, 0) - n * 86_400_000).toISOString().replace('.000Z', '+00:00'),
        _portal: { category: { id: 'chinh-tri', name: 'Chính trị' }, image_alt: `Ảnh minh họa tin ${n}` },
      };
    }),
  };
}

/** A normalised article, for elements given data as a property. */
export function article(id: string, title: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    title,
    url: `https://portal.example/tin/${id}`,
    authors: [],
    tags: [],
    baseUrl: 'https://portal.example/',
    ...extra,
  };
}
