// Titles the tests have not been written around: Vietnamese words from a
// seeded generator, cut to an exact length, some in decomposed Unicode (NFD)
// and some with a long unbroken code. The same seed gives the same titles.

import { seeded } from '../../bench/seeded.mjs';

export { seeded };

const WORDS = (
  'Hải Dương tỉnh ủy hội đồng nhân dân triển khai nhiệm vụ trọng tâm phát triển kinh tế xã hội nghị quyết ' +
  'đại hội đảng bộ chuyển đổi số cải cách hành chính giải phóng mặt bằng nông thôn mới Chí Linh Kinh Môn ' +
  'Thanh Miện Cẩm Giàng sở giáo dục đào tạo y tế khai mạc bế mạc tổng kết kiểm tra giám sát quyết định'
).split(' ');
const CODES = ['QĐ-UBND/2021/0001234', 'https://dichvucong.haiduong.gov.vn/thu-tuc'];

/** A title of exactly `length` characters (before decomposition). */
export function title(random: () => number, length: number) {
  let out = 'Hải Dương:';
  while (out.length < length) {
    const roll = random();
    out += ` ${roll < 0.05 ? CODES[Math.floor(random() * CODES.length)] : WORDS[Math.floor(random() * WORDS.length)]}`;
  }
  const cut = out.slice(0, length).replace(/\s+$/, 'a');
  return random() < 0.25 ? cut.normalize('NFD') : cut;
}

/** `count` titles whose lengths run evenly from 20 to 160 characters. */
export const titlesFrom = (seed: number, count: number) => {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => title(random, Math.round(20 + (140 * i) / Math.max(1, count - 1))));
};
