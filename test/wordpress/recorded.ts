// What the recorded WordPress site (test/fixtures/wordpress/) shows, for the tests that read it.

/** Its REST API's first page of five posts, as served under /wordpress/. */
export const POSTS = '/wordpress/wp-json/wp/v2/posts?_embed&per_page=5';

/** The newest posts, as the site's editors titled them and WordPress texturized them. */
export const NEWEST = [
  'Ra quân tổng vệ sinh đường phố cuối tuần (20/11/2026)',
  'Hướng dẫn đăng ký tạm trú trực tuyến (19/11/2026)',
  'Kết quả bình xét “Gia đình văn hóa” năm 2026 (18/11/2026)',
  'Giải bóng đá thiếu niên phường 2026 (17/11/2026)',
  'Tuyên truyền phòng cháy, chữa cháy trong khu dân cư (16/11/2026)',
];

/** Posts 6–10, the second page. */
export const PAGE_2 = [
  'Thông báo thu phí vệ sinh môi trường… (15/11/2026)',
  'Người dân góp ý dự thảo ‘quy chế dân chủ’ ở cơ sở (14/11/2026)',
  'Lễ khai giảng năm học mới tại trường Tiểu học Kim Liên (13/11/2026)',
  'Kế hoạch phòng, chống thiên tai & tìm kiếm cứu nạn (12/11/2026)',
  'Công viên bờ sông mở cửa trở lại sau cải tạo (11/11/2026)',
];

/** Posts 11–14, the last page: named references decoded, the sticky post of 1 October last. */
export const PAGE_3 = [
  'Thông báo lịch tiếp công dân tháng 12 (10/11/2026)',
  'Hội nghị “Chuyển đổi số” năm 2026 — những kết quả đầu tiên (09/11/2026)',
  'Biên bản họp có mật khẩu (05/11/2026)',
  'Đường dây nóng của phường: 024 3826 0000 (01/10/2026)',
];

/** The exchanges as recorded: each request's path, the response's status, headers and body file. */
export interface Exchange {
  request: { path: string };
  response: { status: number; headers: [string, string][]; body?: string };
}

export async function recordedExchanges(): Promise<Exchange[]> {
  const response = await fetch('/test/fixtures/wordpress/exchanges.json');
  return ((await response.json()) as { exchanges: Exchange[] }).exchanges;
}
