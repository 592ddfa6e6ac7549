// Plain TypeScript: the tag names give the element classes, the events their
// detail, with no cast and no annotation.
import 'portal-widgets';
import type { Link } from 'portal-widgets';

const list = document.querySelector('news-list')!; // NewsList
const status = document.querySelector('[role="status"]')!;
list.layout = 'cards';
list.limit = 4;
list.addEventListener('portal-load', (event) => {
  status.textContent = `Đã tải ${event.detail.items?.length} bài viết.`; // PortalLoadEvent
});
list.addEventListener('portal-error', (event) => {
  status.textContent = `Không tải được tin (${event.detail.kind}).`; // 'network' | 'timeout' | 'http' | 'parse' | 'format'
});

const shortcuts: Link[] = [
  { name: 'Cổng Dịch vụ công Quốc gia', url: 'https://dichvucong.gov.vn/' },
  { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn/' },
];
document.querySelector('website-links')!.links = shortcuts; // a property: the data, no request
