// The demo's stand-in for the portal's own pages, so the links the widgets
// render lead somewhere: an article (`?id=`) or a category listing
// (`?category=`), built from the same four elements.

const CATEGORIES = {
  'chinh-tri': 'Chính trị',
  'kinh-te': 'Kinh tế',
  'van-hoa-xa-hoi': 'Văn hóa - Xã hội',
  'quoc-phong-an-ninh': 'Quốc phòng - An ninh',
  'nong-nghiep-nong-thon': 'Nông nghiệp - Nông thôn',
};

const params = new URLSearchParams(location.search);
const main = document.getElementById('portal-main');
const breadcrumb = document.getElementById('breadcrumb');

const element = (tag, attributes) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
};

function crumb(text, href) {
  const item = document.createElement('li');
  const link = element('a', { href });
  link.textContent = text;
  item.append(link);
  breadcrumb.append(item);
}

const category = params.get('category');
if (category && category in CATEGORIES) {
  const heading = document.createElement('h2');
  heading.className = 'category-title';
  heading.textContent = CATEGORIES[category];
  main.append(heading);
  document.title = `${CATEGORIES[category]} — ${document.title}`;
  crumb(CATEGORIES[category], `/demo/portal.html?category=${category}`);
  main.append(
    element('news-list', {
      src: `/api/categories/${category}.json?per_page=6`,
      layout: 'cards',
      limit: '6',
      heading: '',
      'heading-level': '2',
    }),
  );
} else {
  const id = /^\w+$/.test(params.get('id') ?? '') ? params.get('id') : '6241';
  const article = element('article-card', { variant: 'full', src: `/api/articles/${id}.json`, 'heading-level': '2' });
  article.addEventListener('portal-load', (event) => {
    const { article: loaded } = event.detail;
    document.title = `${loaded.title} — ${document.title}`;
    if (loaded.category) crumb(loaded.category.name, loaded.category.url ?? '/demo/portal.html');
  });
  main.append(
    article,
    element('news-list', { heading: 'Các tin mới hơn', src: `/api/articles/${id}/newer.json`, limit: '5', 'heading-level': '2' }),
    element('related-articles', { 'article-src': `/api/articles/${id}.json`, 'heading-level': '2' }),
  );
}
