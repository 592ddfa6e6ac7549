// A small seeded generator (mulberry32), shared by the benchmark's documents
// (generate.mjs) and the browser tests' generated titles
// (test/helpers/generated.ts): the same seed gives the same numbers everywhere.

/** Numbers in [0, 1) from `seed`. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The vocabulary of the reading benches' generated documents (read-rss.mjs, read-json.mjs).
export const WORDS = (
  'Hội nghị triển khai nhiệm vụ phát triển kinh tế xã hội năm 2027 của tỉnh với sự tham dự lãnh đạo các sở ngành ' +
  'Ủy ban nhân dân thành phố Hải Dương Chủ tịch phê duyệt đề án chuyển đổi số nông nghiệp giáo dục y tế du lịch ' +
  'người dân doanh nghiệp đầu tư hạ tầng giao thông đường bộ cầu cảng khu công nghiệp văn hóa thể thao an ninh'
).split(' ');
export const CATEGORIES = ['Chính trị', 'Kinh tế', 'Xã hội', 'Văn hóa', 'Giáo dục', 'Y tế', 'Quốc phòng - An ninh', 'Du lịch'];

/** Words from the list up to about `length` characters. */
export function text(next, length) {
  let out = '';
  while (out.length < length) out += `${out ? ' ' : ''}${WORDS[Math.floor(next() * WORDS.length)]}`;
  return out;
}
