export type Lang = 'vi' | 'en';

const vi = {
  websiteLinks: 'Liên kết website',
  chooseLink: '-- Chọn liên kết --',
  go: 'Đi',
  photo: 'Ảnh:',
  newer: 'Các tin mới hơn',
  latest: 'Tin mới nhất',
  related: 'Các bài liên quan',
  seeMore: 'Xem thêm',
  continue: 'Xem tiếp',
  loading: 'Đang tải…',
  empty: 'Không có dữ liệu',
  error: 'Không tải được dữ liệu.',
  retry: 'Thử lại',
  newWindow: '(mở trong cửa sổ mới)',
  stale: 'Dữ liệu có thể đã cũ',
  newItems: (count: number) => `Có ${count} tin mới`,
  untitled: '(Không có tiêu đề)',
};

export type Labels = typeof vi;

const en: Labels = {
  websiteLinks: 'Website links',
  chooseLink: '-- Select a link --',
  go: 'Go',
  photo: 'Photo:',
  newer: 'Newer news',
  latest: 'Latest news',
  related: 'Related articles',
  seeMore: 'See more',
  continue: 'Continue',
  loading: 'Loading…',
  empty: 'No data',
  error: 'Could not load the data.',
  retry: 'Retry',
  newWindow: '(opens in a new window)',
  stale: 'This may be out of date',
  newItems: (count: number) => `${count} new article${count === 1 ? '' : 's'}`,
  untitled: '(Untitled)',
};

export const labelsFor = (lang: Lang): Labels => (lang === 'en' ? en : vi);

/** A language tag as the labels read it: any `en-*` is English, anything else Vietnamese. */
export const langOf = (tag: string): Lang => (/^en\b/i.test(tag) ? 'en' : 'vi');

/**
 * The element's own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else `fallback` (`vi`). Any `en-*` tag reads as English.
 */
export function resolveLang(element: Element, own: string | null = element.getAttribute('lang'), fallback: Lang = 'vi'): Lang {
  let value = own;
  let node: Node | null = element.parentNode;
  while (!value && node) {
    if (node instanceof Element) value = node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return value ? langOf(value) : fallback;
}
