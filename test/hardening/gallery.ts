// Every element in every variant and state, with realistic Vietnamese
// content (long words, a wide table, captions), for the accessibility and
// host-CSS tests.

import type { Article, Link } from '../../src/data/model.js';
import { respond, stubFetch, type FetchStub } from '../helpers/fetch-stub.js';

export type PortalHost = HTMLElement & { updateComplete: Promise<unknown>; reload(): Promise<unknown> };

const PHOTO = new URL('/test/hardening/endpoint/photo.svg', location.href).href;
const LOGO = new URL('/test/hardening/endpoint/logo.svg', location.href).href;
const BASE = 'https://portal.example/';

const LONG_WORD = 'Cổng-thông-tin-điện-tử-tỉnh-Hải-Dương-chuyên-mục-chính-trị-xã-hội-năm-2020';

export function articles(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    title:
      i === 1
        ? `Tin có từ rất dài ${LONG_WORD}`
        : `Tin số ${i + 1}: Hải Dương triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII`,
    url: `${BASE}tin/${i + 1}`,
    summary: `Tóm tắt tin số ${i + 1}: Ban chấp hành Đảng bộ tỉnh đã dự thảo 5 chương trình hành động cụ thể cho nhiệm kỳ 2020 - 2025.`,
    image: PHOTO,
    imageAlt: `Ảnh minh họa tin ${i + 1}`,
    imageCaption: 'Toàn cảnh phiên bế mạc Đại hội. Ảnh: Thành Chung.',
    datePublished: new Date(Date.UTC(2020, 11, 4, 3) - i * 86_400_000).toISOString(),
    authors: [],
    tags: [],
    category: { id: 'chinh-tri', name: 'Chính trị', url: `${BASE}chinh-tri` },
    baseUrl: BASE,
  }));
}

export const FULL_ARTICLE: Article = {
  ...articles(1)[0],
  title: 'Hải Dương: 5 nhiệm vụ trọng tâm để thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII',
  summary: 'Tại phiên bế mạc chiều ngày 27/10, Đại hội đã thông qua Nghị quyết Đại hội Đảng bộ tỉnh Hải Dương.',
  dateModified: '2020-10-29T00:57:30.000Z',
  contentHtml:
    '<p>Theo đó, tương ứng với 5 nhiệm vụ trọng tâm, Ban chấp hành Đảng bộ tỉnh đã dự thảo 5 chương trình cụ thể. ' +
    `Xem <a href="${BASE}van-ban/nghi-quyet">toàn văn Nghị quyết</a> tại ${LONG_WORD}.</p>` +
    `<figure><img src="${PHOTO}?trong-bai" alt="Đô thị Hải Dương" width="800" height="450"><figcaption>Đô thị Hải Dương. Ảnh: Thành Chung.</figcaption></figure>` +
    '<table width="760"><thead><tr><th>Chỉ tiêu</th><th>Năm 2020</th><th>Năm 2025</th><th>Ghi chú</th></tr></thead>' +
    '<tbody><tr><td width="300">Tăng trưởng tổng sản phẩm trên địa bàn (GRDP)</td><td>7,5%</td><td>8,5%</td><td>Bình quân</td></tr></tbody></table>' +
    '<pre>Điều 1. Thông qua Nghị quyết Đại hội Đảng bộ tỉnh Hải Dương lần thứ XVII, nhiệm kỳ 2020 - 2025.</pre>' +
    '<blockquote>Phát triển kinh tế nhanh, bền vững.</blockquote><ul><li>Nhiệm vụ thứ nhất</li><li>Nhiệm vụ thứ hai</li></ul>',
  backUrl: `${BASE}chinh-tri`,
  nextUrl: `${BASE}tin/2`,
};

export const LINKS: Link[] = [
  { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn/', logo: LOGO, group: 'Trung ương' },
  { name: 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam', url: 'https://quochoi.vn/', logo: LOGO, group: 'Trung ương' },
  { name: `Sở Thông tin và Truyền thông ${LONG_WORD}`, url: 'https://stttt.example.gov.vn/', group: 'Tỉnh' },
  { name: 'Báo Hải Dương', url: 'https://baohaiduong.vn/' },
];

export interface Exhibit {
  name: string;
  tag: string;
  attributes: Record<string, string>;
  properties?: Record<string, unknown>;
  /** Loaded from the stub at this path (with the fetch stub of `stage()`), instead of properties. */
  state?: 'error' | 'stale';
}

export const EXHIBITS: Exhibit[] = [
  { name: 'news-list list', tag: 'news-list', attributes: { 'more-href': `${BASE}tin-tuc` }, properties: { data: articles(12) } },
  {
    name: 'news-list compact',
    tag: 'news-list',
    attributes: { layout: 'compact', limit: '5' },
    properties: { data: articles(5) },
  },
  { name: 'news-list cards', tag: 'news-list', attributes: { layout: 'cards', limit: '4' }, properties: { data: articles(6) } },
  {
    name: 'news-list featured',
    tag: 'news-list',
    attributes: { layout: 'featured', limit: '4' },
    properties: { data: articles(6) },
  },
  { name: 'related-articles list', tag: 'related-articles', attributes: { target: '_blank' }, properties: { data: articles(3) } },
  { name: 'website-links select', tag: 'website-links', attributes: {}, properties: { links: LINKS } },
  { name: 'website-links list', tag: 'website-links', attributes: { variant: 'list' }, properties: { links: LINKS } },
  { name: 'website-links logos', tag: 'website-links', attributes: { variant: 'logos' }, properties: { links: LINKS } },
  { name: 'article-card card', tag: 'article-card', attributes: {}, properties: { article: articles(2)[1] } },
  {
    name: 'article-card horizontal',
    tag: 'article-card',
    attributes: { variant: 'horizontal' },
    properties: { article: articles(1)[0] },
  },
  { name: 'article-card full', tag: 'article-card', attributes: { variant: 'full' }, properties: { article: FULL_ARTICLE } },
  { name: 'news-list empty', tag: 'news-list', attributes: {}, properties: { data: [] } },
  { name: 'news-list error', tag: 'news-list', attributes: {}, state: 'error' },
  { name: 'website-links error', tag: 'website-links', attributes: {}, state: 'error' },
  { name: 'article-card error', tag: 'article-card', attributes: {}, state: 'error' },
  { name: 'related-articles stale', tag: 'related-articles', attributes: {}, state: 'stale' },
  { name: 'website-links stale', tag: 'website-links', attributes: { variant: 'list' }, state: 'stale' },
];

const GOOD = 'https://portal.example/api/tot.json';
const GOOD_LINKS = 'https://portal.example/api/lien-ket.json';
const BAD = 'https://portal.example/api/hong.json';

/** A fetch stub for the states: `tot.json` and `lien-ket.json` answer until `fail(url)` is called; `hong.json` always fails. */
export function stateStub() {
  const failing = new Set<string>();
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    items: articles(3).map((a) => ({ id: a.id, title: a.title, url: a.url, date_published: a.datePublished })),
  };
  const stub: FetchStub = stubFetch({
    [GOOD]: () => (failing.has(GOOD) ? new Response('', { status: 503 }) : respond(feed)),
    [GOOD_LINKS]: () => (failing.has(GOOD_LINKS) ? new Response('', { status: 503 }) : respond({ links: LINKS })),
    [BAD]: () => new Response('', { status: 500 }),
  });
  return { stub, fail: (url: string) => failing.add(url) };
}

/** Mounts one exhibit into `container` and waits until it shows its state. */
export async function mountExhibit(container: HTMLElement, exhibit: Exhibit, fail: (url: string) => void): Promise<PortalHost> {
  const el = document.createElement(exhibit.tag) as PortalHost;
  for (const [name, value] of Object.entries(exhibit.attributes)) el.setAttribute(name, value);
  Object.assign(el, exhibit.properties ?? {});
  if (exhibit.state === 'error') {
    el.append(Object.assign(document.createElement('a'), { href: BASE, textContent: 'Xem trên cổng thông tin' }));
    el.setAttribute('src', BAD);
  }
  if (exhibit.state === 'stale') el.setAttribute('src', exhibit.tag === 'website-links' ? GOOD_LINKS : GOOD);
  const settled = exhibit.state ? waitFor(el, exhibit.state === 'error' ? 'portal-error' : 'portal-load') : undefined;
  container.append(el);
  await settled;
  if (exhibit.state === 'stale') {
    fail(el.getAttribute('src')!);
    const again = waitFor(el, 'portal-load');
    el.reload();
    await again;
  }
  await el.updateComplete;
  for (const card of el.shadowRoot!.querySelectorAll('article-card')) await (card as PortalHost).updateComplete;
  return el;
}

const waitFor = (el: Element, type: string) => new Promise((resolve) => el.addEventListener(type, resolve, { once: true }));
