// A React 19 + TypeScript (strict) project using the packed package, as
// scripts/check-package.mjs type-checks it: every tag with every attribute
// of custom-elements.json (the script checks that none is missing), string
// and number attributes, events, and the `.data` inputs a page writes.

import type {} from 'portal-widgets/react';
import 'portal-widgets';
import { NewsList, type PortalErrorDetail, type PortalLoadDetail, type PortalUpdateDetail } from 'portal-widgets';
import { useEffect, useRef } from 'react';

const onLoad = (event: CustomEvent<PortalLoadDetail>) => console.log(event.detail.url, event.detail.items?.length);
const onError = (event: CustomEvent<PortalErrorDetail>) => console.warn(event.detail.kind, event.detail.message);
const onUpdate = (event: CustomEvent<PortalUpdateDetail>) => console.log(event.detail.added.length, event.detail.changed[0]?.id);

export function Portal() {
  const list = useRef<NewsList>(null);
  useEffect(() => {
    if (list.current) list.current.data = [{ id: '1', title: 'Tin mới', url: '/tin/1' }];
  }, []);
  return (
    <main>
      <news-list
        ref={list}
        src="/api/feed.json"
        lang="vi"
        time-zone="Asia/Ho_Chi_Minh"
        date-format="dd/MM/yyyy"
        heading="Tin mới nhất"
        heading-level={2}
        target="_blank"
        format="portal"
        timeout={10}
        cache-ttl={60}
        layout="cards"
        limit={5}
        exclude="6241"
        more-href="/tin-tuc"
        refresh={120}
        onportal-load={onLoad}
        onportal-error={onError}
        onportal-update={onUpdate}
      />
      <related-articles
        src="/api/related.json"
        article-src="/api/articles/6241.json"
        feed-src="/api/feed.json"
        lang="en"
        time-zone="UTC"
        date-format="relative"
        heading=""
        heading-level={3}
        target="_self"
        format="jsonfeed"
        timeout={5}
        cache-ttl={0}
        layout="compact"
        limit={4}
        exclude="6241 6242"
        more-href="/lien-quan"
        refresh={300}
        onportal-load={(event) => event.detail.items}
      />
      <website-links
        src="/api/links.json"
        lang="vi"
        time-zone="Asia/Ho_Chi_Minh"
        date-format="dd/MM/yyyy"
        heading="Liên kết website"
        heading-level={4}
        target="_blank"
        format="links"
        timeout={10}
        cache-ttl={300}
        variant="logos"
        limit={12}
        onportal-error={(event) => event.detail.status}
      />
      <article-card
        src="/api/articles/6241.json"
        item-id="6241"
        lang="vi"
        time-zone="Asia/Ho_Chi_Minh"
        date-format="dd/MM/yyyy HH:mm"
        heading=""
        heading-level={2}
        target="_self"
        format="wordpress"
        timeout={10}
        cache-ttl={60}
        variant="full"
        embed-origins="https://www.youtube-nocookie.com https://www.google.com/maps/embed"
      >
        <a href="https://portal.example/tin/6241">Đọc bài trên cổng thông tin</a>
      </article-card>
      <news-list src="/api/feed.json" layout="featured" limit={5} />
      {/* @ts-expect-error not one of the layouts */}
      <news-list layout="grid" />
      {/* @ts-expect-error limit is a number */}
      <news-list limit={{ most: 5 }} />
      {/* @ts-expect-error not one of the package's tags */}
      <news-lists />
    </main>
  );
}

// What a page writes as `.data`, `.article` and `.links`.
const list = document.createElement('news-list');
list.data = [{ id: '1', title: 'Tin', url: '/tin/1' }];
list.data = {
  version: 'https://jsonfeed.org/version/1.1',
  items: [{ id: '1', title: 'Tin', date_published: '2020-10-29T07:57:30+07:00' }],
};
document.createElement('article-card').article = {
  id: '6241',
  title: 'Tin',
  url: '/tin/6241',
  datePublished: '2020-10-29T07:57:30+07:00',
};
document.createElement('website-links').links = [{ name: 'Chính phủ', url: 'https://chinhphu.vn/' }];
document.createElement('related-articles').data = [{ id: '2', title: 'Bài liên quan', url: '/tin/2' }];
