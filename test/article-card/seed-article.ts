// The article of the reference page (seeds/000_59e30320a28e55c0.txt) as a
// Portal JSON single-article document, the way a provincial portal's CMS
// would publish it: Word-pasted paragraphs with `class` and `style`, and the
// two captioned photos as <figure>/<figcaption>.

export const PHOTO = '/test/article-card/fixtures/photo.svg';

export const TITLE = 'Hải Dương: 5 nhiệm vụ trọng tâm để thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII';

export const LEAD =
  'Tại phiên bế mạc chiều ngày 27/10, đã thông qua Nghị quyết Đại hội Đảng bộ tỉnh Hải Dương. Dự thảo Chương trình hành động thực hiện Nghị quyết cũng đã được đại hội cơ bản nhất trí.';

export const CAPTION_1 =
  'Trong nhiệm kỳ 2020-2025, Hải Dương sẽ tập trung hoàn thiện các kế hoạch tổng thể để xây dựng đô thị Hải Dương theo hướng xanh, thông minh, hiện đại. Ảnh: Thành Chung.';
const ALT_1 =
  'Trong nhiệm kỳ 2020-2025, Hải Dương sẽ tập trung hoàn thiện các kế hoạch tổng thể về phát triển đô thị theo hướng xanh, thông minh, hiện đại. Ảnh: Thành Chung.';

export const CAPTION_2 =
  'Đại tá Lê Ngọc Châu, Uỷ viên Ban Thường vụ Tỉnh uỷ, Giám đốc Công an tỉnh Hải Dương trình bày Báo cáo tổng hợp ý kiến tham gia vào các dự thảo văn kiện của TW trình Đại hôi đại biểu Đảng bộ toàn quốc lần thứ XIII của Đảng.';
const ALT_2 = 'Đại tá Lê Ngọc Châu, Uỷ viên Ban Thường vụ Tỉnh uỷ, Giám đốc Công an tỉnh Hải Dương';

export const PARAGRAPHS = [
  'Theo đó, tương ứng với 5 nhiệm vụ trọng tâm, Ban chấp hành Đảng bộ tỉnh Hải Dương đã dự thảo xây dựng thành 5 chương trình cụ thể của Dự thảo Chương trình hành động thực hiện Nghị quyết.',
  'Trong đó, nhiệm vụ trọng tâm đầu tiên là phát triển kinh tế nhanh, bền vững, theo hướng tăng trưởng xanh và ứng dụng có hiệu quả các tiến bộ khoa học - công nghệ, giai đoạn 2021 – 2025.',
  'Trong giai đoạn này, Đảng bộ tỉnh Hải Dương sẽ tập trung chỉ đạo thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025; hoàn thành việc lập và triển khai quy hoạch tỉnh đến năm 2030, định hướng đến năm 2045 ngay từ năm đầu nhiệm kỳ; tiếp tục đẩy mạnh cơ cấu lại kinh tế, chuyển đổi mô hình và nâng cao chất lượng tăng trưởng; tiếp cận nhanh với chuyển đổi số để phát triển kinh tế số; cải thiện mạnh mẽ môi trường đầu tư, kinh doanh; tập trung thu hút đầu tư phát triển công nghiệp hỗ trợ và công nghiệp có công nghệ cao, thân thiện với môi trường…',
  // figure 1
  'Đối với nhiệm vụ xây dựng và phát triển đô thị xanh, thông minh, hiện đại tỉnh Hải Dương giai đoạn 2021 - 2025, tầm nhìn đến năm 2035, sẽ thực hiện xây dựng kế hoạch tổng thể phát triển đô thị, Chương trình phát triển nhà ở của tỉnh trong giai đoạn 2021 - 2025, định hướng đến năm 2030, 2035 để có cơ sở lập quy hoạch đô thị tương ứng, phấn đấu phủ kín quy hoạch chi tiết xây dựng theo kế hoạch phát triển.',
  'Cùng với đó, đẩy mạnh chỉnh trang, nâng cấp, phát triển các đô thị theo hướng đô thị xanh, thông minh,...; xây dựng nông thôn mới nâng cao cùng với việc thúc đẩy quá trình đô thị hóa nông thôn có định hướng,…',
  'Phát triển thành phố Hải Dương trở thành đô thị xanh, thông minh; thành phố Chí linh là thành phố du lịch tâm linh, sinh thái, xanh, hiện đại; thị xã Kinh Môn trở thành cực tăng trưởng kinh tế quan trọng phía Đông bắc của tỉnh.',
  'Thực hiện nâng cấp và phấn đấu xây dựng các huyện Bình Giang, Nam Sách đạt tiêu chí đô thị loại IV trước năm 2025; các huyện: Cẩm Giàng, Gia Lộc, Thanh Miện, Kim Thành, Ninh Giang trở thành đô thị loại IV trước năm 2030; nâng cấp các xã có điều kiện kinh tế phát triển trên địa bàn tỉnh trở thành đô thị loại V theo lộ trình phát triển đô thị...',
  // figure 2
  'Đối với nhiệm vụ về văn hóa, Ban chấp hành Đảng bộ tỉnh Hải Dương đã đề ra chương trình phát huy giá trị văn hóa xứ Đông và xây dựng con người Hải Dương đáp ứng yêu cầu phát triển, giai đoạn 2021 – 2025. Để thực hiện nhiệm vụ này, Hải Dương sẽ tiến hành huy động các nguồn lực đầu tư để bảo tồn, nâng cấp và phát huy các giá trị di sản văn hóa vật thể và phi vật thể, nhất là các khu di tích đặc biệt quốc gia tại thành phố Chí Linh, thị xã Kinh Môn và huyện Cẩm Giàng.',
  'Phối hợp với tỉnh Quảng Ninh và Bắc Giang lập hồ sơ trình UNESCO công nhận quần thể di tích nhà Trần và Phật giáo Trúc Lâm Yên Tử tại tỉnh Quảng Ninh, Hải Dương và Bắc Giang là Di sản thế giới. Thu hút các nhà đầu tư lớn có tiềm năng và kinh nghiệm, khai thác phát triển du lịch tâm linh, du lịch văn hóa, sinh thái tại thành phố Chí Linh, thị xã Kinh Môn, huyện Thanh Hà. Bên cạnh đó, Tổ chức nghiên cứu về các giá trị văn hóa Xứ Đông để giữ gìn và phát huy.',
  'Nhiệm vụ thứ tư được lập hành chương trình hành động là đảm bảo an sinh xã hội tỉnh Hải Dương giai đoạn 2021-2025. Mục tiêu của chương trình hành động này là đảm bảo phát triển hài hòa giữa kinh tế và xã hội; tập trung cải thiện, nâng cao đời sống vật chất, tinh thần nhân dân, nhất là các đối tượng người có công, người nghèo, đối tượng bảo trợ xã hội.',
  'Nhiệm vụ cuối cùng xây dựng đội ngũ cán bộ lãnh đạo, quản lý có đủ phẩm chất, năng lực, trình độ, ngang tầm nhiệm vụ, giai đoạn 2021 - 2025. Đổi mới và nâng cao chất lượng công tác đào tạo, bồi dưỡng cán bộ. Tổ chức tốt việc đào tạo, bồi dưỡng cho cán bộ về chuyên môn, nghiệp vụ, lý luận chính trị, quản lý nhà nước, ngoại ngữ, tin học, cập nhật kiến thức mới, đặc biệt là kỹ năng lãnh đạo, quản lý, khoa học tổ chức cho từng đối tượng cán bộ.',
  'Đẩy mạnh công tác luân chuyển cán bộ. Triển khai chủ trương thí điểm của Trung ương về công tác cán bộ, thí điểm thi tuyển để bổ nhiệm cán bộ lãnh đạo cấp sở, cấp phòng. Tiếp tục thực hiện việc sắp xếp, kiện toàn tinh gọn tổ chức bộ máy của hệ thống chính trị theo tinh thần Nghị quyết Trung ương 6 khóa XII và chỉ đạo của Trung ương.',
  'Đại hội đã bàn thảo và cơ bản nhất trí với Dự thảo Chương trình hành động thực hiện Nghị quyết Đại hội do Ban chấp hành Đảng bộ tỉnh khoá XVII xây dựng. Sau đại hội, Ban chấp hành tiếp tục nghiên cứu, tiếp thu, hoàn thiện và ban hành Chương trình hành động, cùng với các đề án, kế hoạch triển khai thực hiện để sớm đưa Nghị quyết Đại hội đi vào cuộc sống.',
];

const paragraph = (text: string) =>
  `<p class="MsoNormal" style="text-align: justify;"><span style="font-size:12pt">${text}</span></p>\n`;
const figure = (alt: string, caption: string) =>
  `<figure class="image" style="width:100%"><img src="${PHOTO}" alt="${alt}" width="800" height="450" style="width:100%"><figcaption>${caption}</figcaption></figure>\n`;

export const BODY_HTML = [
  ...PARAGRAPHS.slice(0, 3).map(paragraph),
  figure(ALT_1, CAPTION_1),
  '<p>&nbsp;</p>\n',
  ...PARAGRAPHS.slice(3, 7).map(paragraph),
  figure(ALT_2, CAPTION_2),
  ...PARAGRAPHS.slice(7).map(paragraph),
].join('');

/** Served at /api/tin/12345.json in the tests: relative URLs resolve against it. */
export const SEED_DOCUMENT = {
  id: '12345',
  url: '/tin/12345',
  title: TITLE,
  summary: LEAD,
  content_html: BODY_HTML,
  date_published: '2020-10-29T07:57:30+07:00',
  date_modified: '2020-10-29T07:57:30+07:00',
  authors: [{ name: 'Thành Chung' }],
  tags: ['Đại hội Đảng bộ tỉnh'],
  _portal: {
    category: { id: 'chinh-tri', name: 'Chính trị', url: '/chinh-tri' },
    back_url: '/chinh-tri',
    next_url: '/tin/12346',
  },
};
