// Deterministic test data for the benchmark: JSON Feed 1.1 documents shaped
// like a provincial portal's "Tin mới nhất" endpoint, a single-article
// document and a links document. Same input, same bytes, on every run.

const SUBJECTS = [
  'Tỉnh ủy',
  'Hội đồng nhân dân tỉnh',
  'Ủy ban nhân dân tỉnh',
  'Ban Thường vụ Tỉnh ủy',
  'Sở Kế hoạch và Đầu tư',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Mặt trận Tổ quốc Việt Nam tỉnh',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Liên đoàn Lao động tỉnh',
  'Hội Nông dân tỉnh',
  'Đoàn Thanh niên',
  'Sở Tài nguyên và Môi trường',
  'Thành phố Hải Dương',
];
const VERBS = [
  'triển khai',
  'tổng kết',
  'sơ kết',
  'kiểm tra',
  'làm việc về',
  'tổ chức hội nghị về',
  'phát động',
  'quán triệt',
  'đánh giá kết quả',
  'ban hành kế hoạch',
  'giám sát việc thực hiện',
  'đẩy mạnh',
];
const OBJECTS = [
  'nhiệm vụ phát triển kinh tế - xã hội năm 2021',
  'công tác xây dựng Đảng',
  'chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'phòng, chống dịch COVID-19',
  'cải cách hành chính và chuyển đổi số',
  'công tác phòng cháy, chữa cháy',
  'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII',
  'thu ngân sách nhà nước',
  'bảo đảm an toàn giao thông dịp cuối năm',
  'phong trào thi đua yêu nước',
  'công tác giải phóng mặt bằng các dự án trọng điểm',
  'chăm lo Tết cho hộ nghèo',
];
const PLACES = [
  '',
  ' tại huyện Thanh Miện',
  ' tại thị xã Kinh Môn',
  ' ở các xã vùng khó khăn',
  ' trên địa bàn tỉnh',
  ' năm học 2020 - 2021',
];
const LEADS = [
  'Sáng nay, hội nghị đã thảo luận',
  'Chiều qua, đoàn công tác đã kiểm tra',
  'Lãnh đạo tỉnh chỉ đạo tập trung thực hiện',
];
const CATEGORIES = [
  { id: 'chinh-tri', name: 'Chính trị' },
  { id: 'kinh-te', name: 'Kinh tế' },
  { id: 'van-hoa-xa-hoi', name: 'Văn hóa - Xã hội' },
  { id: 'quoc-phong-an-ninh', name: 'Quốc phòng - An ninh' },
];

/** A small seeded generator (xorshift-multiply), so the data never changes between runs. */
function random(seed) {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
const pick = (next, list) => list[Math.floor(next() * list.length)];

// The newest article: 04/12/2020 21:40 in Hà Nội time. Each older one is
// 1–4 hours earlier, so dates cross midnight often (UTC and UTC+7 disagree
// on the day for every time before 07:00).
const NEWEST = Date.parse('2020-12-04T21:40:00+07:00');

/** Article number `index` (0 = newest) of the synthetic portal. */
export function item(index) {
  const next = random(index + 1);
  const id = String(100000 - index);
  const title = `${pick(next, SUBJECTS)} ${pick(next, VERBS)} ${pick(next, OBJECTS)}${pick(next, PLACES)}`;
  const time = NEWEST - index * 9_000_000 - Math.floor(next() * 5400) * 1000;
  const published = rfc3339(time);
  const category = pick(next, CATEGORIES);
  return {
    id,
    url: `https://portal.example/tin/${id}`,
    title,
    summary: `${pick(next, LEADS)} ${pick(next, OBJECTS)}.`,
    image: `/api/img/${id}.svg`,
    date_published: published,
    date_modified: published,
    _portal: { category },
  };
}

/** `time` (ms) written as a portal writes it: RFC 3339 in UTC+07:00. */
function rfc3339(time) {
  const local = new Date(time + 7 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
}

/**
 * A page of the feed: `count` items starting at `offset`. With `next`, the
 * document has a `next_url` to a page of `next` items after these.
 */
export function feed({ count, offset = 0, next = 0, key = '' }) {
  const items = Array.from({ length: count }, (_, i) => item(offset + i));
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tin mới nhất',
    language: 'vi',
    home_page_url: 'https://portal.example/tin-moi',
    items,
  };
  if (next > 0) {
    const query = new URLSearchParams({ count: String(next), offset: String(offset + count), next: String(next), key });
    document.next_url = `/api/feed?${query}`;
  }
  return document;
}

/** A single-article document with a body, a captioned photo and related articles. */
export function article() {
  const base = item(0);
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) => `<p>Đoạn ${i + 1}: ${item(i + 1).summary} <a href="/tin/${i}">Xem thêm</a></p>`,
  ).join('');
  return {
    ...base,
    content_html: `<p><strong>${base.summary}</strong></p><figure><img src="/api/img/body.svg" alt="Hội nghị"><figcaption>Quang cảnh hội nghị. Ảnh: Thành Chung.</figcaption></figure>${paragraphs}`,
    authors: [{ name: 'Thành Chung' }],
    tags: ['hội nghị', 'kinh tế'],
    _portal: {
      ...base._portal,
      image_alt: 'Quang cảnh hội nghị',
      image_caption: 'Quang cảnh hội nghị. Ảnh: Thành Chung.',
      related: Array.from({ length: 5 }, (_, i) => {
        const ref = item(i + 20);
        return { id: ref.id, url: ref.url, title: ref.title, date_published: ref.date_published };
      }),
      back_url: 'https://portal.example/chinh-tri',
    },
  };
}

/** "Liên kết website": 40 agencies in four groups. */
export function links() {
  const groups = ['Trung ương', 'Sở, ban, ngành', 'Huyện, thị xã, thành phố', 'Khác'];
  return {
    title: 'Liên kết website',
    links: Array.from({ length: 40 }, (_, i) => ({
      name: `${pick(random(i + 7), SUBJECTS)} (${i + 1})`,
      url: `https://agency-${i + 1}.example/`,
      group: groups[i % groups.length],
    })),
  };
}
