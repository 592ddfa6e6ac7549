// Documents the library has never seen, from a seed: JSON Feed feeds with
// titles of 20 to 160 characters, summaries from none to a paragraph, images
// or none; links documents of 3 to 20 links, grouped or not, with or without
// logos; single articles with a body of several paragraphs and photos.
// Vietnamese text with its diacritics, part of it in the decomposed form
// (NFD, as some editors and Mac keyboards write it), with no-break spaces,
// typographic quotes, dashes, a zero-width space and long unbroken codes.
// The same seed gives the same bytes on every run; another seed, other data.

import { seeded } from './seeded.mjs';

export { seeded };

const WORDS = (
  'Hải Dương tỉnh ủy hội đồng nhân dân ủy ban triển khai nhiệm vụ trọng tâm phát triển kinh tế xã hội ' +
  'nghị quyết đại hội đảng bộ lần thứ XVII chuyển đổi số cải cách hành chính giải phóng mặt bằng dự án ' +
  'nông thôn mới phòng chống dịch bệnh an toàn giao thông Tết Nguyên đán hộ nghèo thi đua yêu nước ' +
  'Chí Linh Kinh Môn Thanh Miện Cẩm Giàng Gia Lộc Ninh Giang Bình Giang Nam Sách Thanh Hà Tứ Kỳ ' +
  'sở giáo dục đào tạo y tế tài nguyên môi trường kế hoạch đầu tư công an quân sự mặt trận tổ quốc ' +
  'khai mạc bế mạc tổng kết sơ kết kiểm tra giám sát ban hành quyết định thông báo hướng dẫn'
).split(' ');
const CODES = ['QĐ-UBND/2021/0001234', '1234/KH-SGDĐT', 'https://dichvucong.haiduong.gov.vn/thu-tuc', 'COVID-19'];
const ODD = ['\u00a0', ' – ', ' “', '” ', '\u200b', ': ', ', '];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const between = (rand, min, max) => min + Math.floor(rand() * (max - min + 1));

/** Text of `min` to `max` characters, in words, sometimes with an odd character or a long code. */
export function text(rand, min, max) {
  const target = between(rand, min, max);
  let out = pick(rand, WORDS).replace(/^./, (first) => first.toUpperCase());
  while (out.length < target) {
    const roll = rand();
    const piece =
      roll < 0.04 ? ` ${pick(rand, CODES)}` : roll < 0.12 ? `${pick(rand, ODD)}${pick(rand, WORDS)}` : ` ${pick(rand, WORDS)}`;
    out += piece;
  }
  out = out.slice(0, target).trimEnd();
  while (out.length < min) out += 'a';
  // About one text in five is in the decomposed form: the same letters, more code points.
  return rand() < 0.2 ? out.normalize('NFD') : out;
}

const PHOTOS = [
  [1200, 675],
  [800, 600],
  [1600, 900],
  [640, 960],
];

/** An image URL of the bench server (`/img/W/H/name.svg`), with its intrinsic size in the path. */
const photo = (rand, id) => {
  const [width, height] = pick(rand, PHOTOS);
  return `/img/${width}/${height}/${id}.svg`;
};

const date = (rand) => {
  const day = new Date(Date.UTC(2020, 9, 1) + Math.floor(rand() * 400) * 86_400_000 + between(rand, 0, 86_399) * 1000);
  return `${day.toISOString().slice(0, 19)}+07:00`;
};

export function feedItem(rand, id) {
  const item = {
    id: String(id),
    url: `https://portal.example/tin/${id}`,
    title: text(rand, 20, 160),
    date_published: date(rand),
  };
  if (rand() < 0.8) item.summary = text(rand, 40, 320);
  if (rand() < 0.75) item.image = photo(rand, id);
  if (rand() < 0.7) item._portal = { category: { id: 'c', name: text(rand, 5, 24) } };
  return item;
}

/** A JSON Feed 1.1 document of `count` items. */
export function feed(seed, count = 20) {
  const rand = seeded(seed);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: text(rand, 8, 40),
    home_page_url: 'https://portal.example/',
    next_url: 'https://portal.example/api/tin.json?page=2',
    items: Array.from({ length: count }, (_, i) => feedItem(rand, seed * 1000 + i)),
  };
}

/** A links document of 3 to 20 links (or `count`), grouped in one document of two. */
export function links(seed, count) {
  const rand = seeded(seed);
  const length = count ?? between(rand, 3, 20);
  const grouped = rand() < 0.5;
  const groups = ['Trung ương', 'Tỉnh', 'Sở, ngành', 'Huyện, thị xã'].slice(0, between(rand, 1, 4));
  return {
    title: 'Liên kết website',
    links: Array.from({ length }, (_, i) => ({
      name: text(rand, 8, 60),
      url: `https://site-${seed}-${i}.example/`,
      ...(grouped ? { group: pick(rand, groups) } : {}),
      ...(rand() < 0.5 ? { logo: `/img/240/80/logo-${seed}-${i}.svg` } : {}),
    })),
  };
}

/** One article: a lead, a photo, `paragraphs` paragraphs with a photo every few, related and newer articles. */
export function article(seed, { paragraphs = 14, body } = {}) {
  const rand = seeded(seed);
  const id = String(seed);
  const blocks = body ?? Array.from({ length: paragraphs }, () => text(rand, 200, 700));
  const html = blocks
    .map((paragraph, i) =>
      i % 5 === 4
        ? `<figure><img src="${photo(rand, `${id}-${i}`)}" alt=""><figcaption>${text(rand, 30, 120)}</figcaption></figure><p>${paragraph}</p>`
        : `<p>${paragraph}</p>`,
    )
    .join('');
  const refs = (count, from) =>
    Array.from({ length: count }, (_, i) => ({
      id: String(from + i),
      url: `https://portal.example/tin/${from + i}`,
      title: text(rand, 20, 160),
      date_published: date(rand),
    }));
  return {
    id,
    url: `https://portal.example/tin/${id}`,
    title: text(rand, 40, 160),
    summary: text(rand, 120, 300),
    content_html: html,
    image: photo(rand, id),
    date_published: date(rand),
    date_modified: date(rand),
    _portal: {
      category: { id: 'chinh-tri', name: 'Chính trị', url: 'https://portal.example/chinh-tri' },
      image_alt: text(rand, 20, 80),
      image_caption: text(rand, 30, 120),
      related: refs(5, seed * 10),
      back_url: 'https://portal.example/chinh-tri',
      next_url: `https://portal.example/tin/${seed + 1}`,
    },
  };
}

/** An SVG picture of `width` × `height`, padded to about the bytes a JPEG photo of that size has. */
export function picture(width, height, name) {
  const padding = 'x'.repeat(Math.round((width * height) / 24));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#9bb"/><text x="20" y="60" font-size="40">${name}</text><!-- ${padding} --></svg>`;
}
