// React 19 renders custom elements as they are: an object prop (`article`,
// `data`, `links`) is set as a property, a string as an attribute, and
// `onportal-load` listens for the `portal-load` event. Import the package
// before rendering, so React sees the elements' properties; the type import
// adds the four tags to React's JSX, so `event.detail` needs no annotation.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'portal-widgets';
import type {} from 'portal-widgets/react';
import type { ArticleInput, ArticleLayout, Link } from 'portal-widgets';

// Data the app already has: only what is shown (an id and a title, the rest
// optional; see `ArticleInput`, `Link` in the package's types), or a document
// as the element could fetch it. No request is made for it and no event fires.
const pinned: ArticleInput = {
  id: 'lich-tiep-dan',
  title: 'Lịch tiếp công dân tháng 6',
  url: 'https://portal.example/thong-bao/31',
  summary: 'Lịch tiếp công dân định kỳ của lãnh đạo tỉnh.',
  datePublished: '2024-05-27T08:00:00+07:00',
  category: { name: 'Thông báo' },
};

const shortcuts: Link[] = [
  { name: 'Cổng Dịch vụ công Quốc gia', url: 'https://dichvucong.gov.vn/' },
  { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn/' },
];

function App() {
  const [status, setStatus] = useState('Đang tải tin…');
  const [layout, setLayout] = useState<ArticleLayout>('list');

  return (
    <main>
      <h1>Tin tức</h1>
      <label>
        Kiểu hiển thị{' '}
        <select value={layout} onChange={(event) => setLayout(event.target.value as ArticleLayout)}>
          <option value="list">Danh sách</option>
          <option value="compact">Chỉ tiêu đề</option>
          <option value="cards">Thẻ</option>
        </select>
      </label>
      <news-list
        src="../data/feed.json"
        layout={layout}
        limit={4}
        onportal-load={(event) => setStatus(`Đã tải ${event.detail.items?.length} bài viết.`)}
        onportal-error={(event) => setStatus(`Không tải được tin (${event.detail.kind}).`)}
      >
        <a href="https://portal.example/tin-tuc">Tin tức trên cổng thông tin</a>
      </news-list>
      <p role="status">{status}</p>
      <article-card article={pinned} variant="horizontal"></article-card>
      <website-links links={shortcuts} variant="list" heading="Dịch vụ"></website-links>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
