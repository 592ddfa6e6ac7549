// The content of the demo portal: one module from which every endpoint
// (Portal JSON, RSS, Atom, WordPress) is generated.
//
// The article "Hải Dương: 5 nhiệm vụ trọng tâm…" and the titles and dates of
// its "Các tin mới hơn" and "Các bài liên quan" lists come from the reference
// article page. Every other text is illustrative content written for this
// demo: plausible provincial-portal news, not a record of real events.
//
// Plain data and plain functions only: this module runs in Node (the demo
// server) and in the browser (the tests), so it imports nothing.

export const SITE = {
  title: 'Cổng thông tin điện tử tỉnh Hải Dương (bản demo)',
  description: 'Tin tức, sự kiện của tỉnh — dữ liệu minh họa cho thư viện portal-widgets.',
  language: 'vi',
};

/** Dates in the data are wall-clock times in Việt Nam. */
export const OFFSET = '+07:00';

/** `wpId` is the numeric id the WordPress-shaped endpoint uses. */
export const CATEGORIES = [
  { id: 'chinh-tri', wpId: 3, name: 'Chính trị', image: 'chinh-tri' },
  { id: 'kinh-te', wpId: 4, name: 'Kinh tế', image: 'kinh-te' },
  { id: 'van-hoa-xa-hoi', wpId: 5, name: 'Văn hóa - Xã hội', image: 'van-hoa-xa-hoi' },
  { id: 'quoc-phong-an-ninh', wpId: 6, name: 'Quốc phòng - An ninh', image: 'quoc-phong-an-ninh' },
  { id: 'nong-nghiep-nong-thon', wpId: 7, name: 'Nông nghiệp - Nông thôn', image: 'nong-nghiep-nong-thon' },
];

/** The article of the reference page. */
export const SEED_ID = '6241';

export const LINKS = {
  title: 'Liên kết website',
  links: [
    {
      name: 'Cổng Thông tin điện tử Chính phủ',
      url: 'https://chinhphu.vn/',
      logo: '/demo/logos/chinhphu.svg',
      group: 'Trung ương',
    },
    { name: 'Báo Điện tử Chính phủ', url: 'https://baochinhphu.vn/', logo: '/demo/logos/baochinhphu.svg', group: 'Trung ương' },
    {
      name: 'Cổng Dịch vụ công Quốc gia',
      url: 'https://dichvucong.gov.vn/',
      logo: '/demo/logos/dichvucong.svg',
      group: 'Trung ương',
    },
    { name: 'Quốc hội Việt Nam', url: 'https://quochoi.vn/', group: 'Trung ương' },
    { name: 'Tỉnh ủy Hải Dương', url: 'https://tinhuyhaiduong.vn/', logo: '/demo/logos/tinhuy.svg', group: 'Tỉnh Hải Dương' },
    { name: 'Báo Hải Dương', url: 'https://baohaiduong.vn/', group: 'Tỉnh Hải Dương' },
    { name: 'Sở Thông tin và Truyền thông', url: 'https://stttt.haiduong.gov.vn/', group: 'Sở, ngành' },
    { name: 'Sở Giáo dục và Đào tạo', url: 'https://sogddt.haiduong.gov.vn/', group: 'Sở, ngành' },
  ],
};

const PHOTO = 'Ảnh: Thành Chung.';

/**
 * One entry per article. `date` is local time (`OFFSET`); `body` is a list of
 * paragraphs, or `{ figure, alt, caption }` for a captioned photo; `image`
 * names a placeholder in demo/img/. `related` / `newer`, when given, are ids
 * in the order shown; otherwise they are computed from the category.
 */
const ARTICLES = [
  // ——— Chính trị ———
  {
    id: SEED_ID,
    category: 'chinh-tri',
    date: '2020-10-29T07:57:30',
    title: 'Hải Dương: 5 nhiệm vụ trọng tâm để thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII',
    summary:
      'Tại phiên bế mạc chiều ngày 27/10, đã thông qua Nghị quyết Đại hội Đảng bộ tỉnh Hải Dương. Dự thảo Chương trình hành động thực hiện Nghị quyết cũng đã được đại hội cơ bản nhất trí.',
    // The reference page has no lead photo: its two photos are in the body.
    image: null,
    tags: ['Đại hội Đảng bộ tỉnh', 'Nghị quyết', 'Khóa XVII'],
    body: [
      'Theo đó, tương ứng với 5 nhiệm vụ trọng tâm, Ban chấp hành Đảng bộ tỉnh Hải Dương đã dự thảo xây dựng thành 5 chương trình cụ thể của Dự thảo Chương trình hành động thực hiện Nghị quyết.',
      'Trong đó, nhiệm vụ trọng tâm đầu tiên là phát triển kinh tế nhanh, bền vững, theo hướng tăng trưởng xanh và ứng dụng có hiệu quả các tiến bộ khoa học - công nghệ, giai đoạn 2021 – 2025.',
      'Trong giai đoạn này, Đảng bộ tỉnh Hải Dương sẽ tập trung chỉ đạo thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025; hoàn thành việc lập và triển khai quy hoạch tỉnh đến năm 2030, định hướng đến năm 2045 ngay từ năm đầu nhiệm kỳ; tiếp tục đẩy mạnh cơ cấu lại kinh tế, chuyển đổi mô hình và nâng cao chất lượng tăng trưởng; tiếp cận nhanh với chuyển đổi số để phát triển kinh tế số; cải thiện mạnh mẽ môi trường đầu tư, kinh doanh; tập trung thu hút đầu tư phát triển công nghiệp hỗ trợ và công nghiệp có công nghệ cao, thân thiện với môi trường…',
      {
        figure: 'do-thi-xanh',
        alt: 'Trong nhiệm kỳ 2020-2025, Hải Dương sẽ tập trung hoàn thiện các kế hoạch tổng thể về phát triển đô thị theo hướng xanh, thông minh, hiện đại.',
        caption: `Trong nhiệm kỳ 2020-2025, Hải Dương sẽ tập trung hoàn thiện các kế hoạch tổng thể để xây dựng đô thị Hải Dương theo hướng xanh, thông minh, hiện đại. ${PHOTO}`,
      },
      'Đối với nhiệm vụ xây dựng và phát triển đô thị xanh, thông minh, hiện đại tỉnh Hải Dương giai đoạn 2021 - 2025, tầm nhìn đến năm 2035, sẽ thực hiện xây dựng kế hoạch tổng thể phát triển đô thị, Chương trình phát triển nhà ở của tỉnh trong giai đoạn 2021 - 2025, định hướng đến năm 2030, 2035 để có cơ sở lập quy hoạch đô thị tương ứng, phấn đấu phủ kín quy hoạch chi tiết xây dựng theo kế hoạch phát triển.',
      'Cùng với đó, đẩy mạnh chỉnh trang, nâng cấp, phát triển các đô thị theo hướng đô thị xanh, thông minh,...; xây dựng nông thôn mới nâng cao cùng với việc thúc đẩy quá trình đô thị hóa nông thôn có định hướng,…',
      'Phát triển thành phố Hải Dương trở thành đô thị xanh, thông minh; thành phố Chí linh là thành phố du lịch tâm linh, sinh thái, xanh, hiện đại; thị xã Kinh Môn trở thành cực tăng trưởng kinh tế quan trọng phía Đông bắc của tỉnh.',
      'Thực hiện nâng cấp và phấn đấu xây dựng các huyện Bình Giang, Nam Sách đạt tiêu chí đô thị loại IV trước năm 2025; các huyện: Cẩm Giàng, Gia Lộc, Thanh Miện, Kim Thành, Ninh Giang trở thành đô thị loại IV trước năm 2030; nâng cấp các xã có điều kiện kinh tế phát triển trên địa bàn tỉnh trở thành đô thị loại V theo lộ trình phát triển đô thị...',
      {
        figure: 'hoi-truong',
        alt: 'Đại tá Lê Ngọc Châu, Uỷ viên Ban Thường vụ Tỉnh uỷ, Giám đốc Công an tỉnh Hải Dương',
        caption:
          'Đại tá Lê Ngọc Châu, Uỷ viên Ban Thường vụ Tỉnh uỷ, Giám đốc Công an tỉnh Hải Dương trình bày Báo cáo tổng hợp ý kiến tham gia vào các dự thảo văn kiện của TW trình Đại hội đại biểu Đảng bộ toàn quốc lần thứ XIII của Đảng.',
      },
      'Đối với nhiệm vụ về văn hóa, Ban chấp hành Đảng bộ tỉnh Hải Dương đã đề ra chương trình phát huy giá trị văn hóa xứ Đông và xây dựng con người Hải Dương đáp ứng yêu cầu phát triển, giai đoạn 2021 – 2025. Để thực hiện nhiệm vụ này, Hải Dương sẽ tiến hành huy động các nguồn lực đầu tư để bảo tồn, nâng cấp và phát huy các giá trị di sản văn hóa vật thể và phi vật thể, nhất là các khu di tích đặc biệt quốc gia tại thành phố Chí Linh, thị xã Kinh Môn và huyện Cẩm Giàng.',
      'Phối hợp với tỉnh Quảng Ninh và Bắc Giang lập hồ sơ trình UNESCO công nhận quần thể di tích nhà Trần và Phật giáo Trúc Lâm Yên Tử tại tỉnh Quảng Ninh, Hải Dương và Bắc Giang là Di sản thế giới. Thu hút các nhà đầu tư lớn có tiềm năng và kinh nghiệm, khai thác phát triển du lịch tâm linh, du lịch văn hóa, sinh thái tại thành phố Chí Linh, thị xã Kinh Môn, huyện Thanh Hà. Bên cạnh đó, Tổ chức nghiên cứu về các giá trị văn hóa Xứ Đông để giữ gìn và phát huy.',
      'Nhiệm vụ thứ tư được lập hành chương trình hành động là đảm bảo an sinh xã hội tỉnh Hải Dương giai đoạn 2021-2025. Mục tiêu của chương trình hành động này là đảm bảo phát triển hài hòa giữa kinh tế và xã hội; tập trung cải thiện, nâng cao đời sống vật chất, tinh thần nhân dân, nhất là các đối tượng người có công, người nghèo, đối tượng bảo trợ xã hội.',
      'Nhiệm vụ cuối cùng xây dựng đội ngũ cán bộ lãnh đạo, quản lý có đủ phẩm chất, năng lực, trình độ, ngang tầm nhiệm vụ, giai đoạn 2021 - 2025. Đổi mới và nâng cao chất lượng công tác đào tạo, bồi dưỡng cán bộ. Tổ chức tốt việc đào tạo, bồi dưỡng cho cán bộ về chuyên môn, nghiệp vụ, lý luận chính trị, quản lý nhà nước, ngoại ngữ, tin học, cập nhật kiến thức mới, đặc biệt là kỹ năng lãnh đạo, quản lý, khoa học tổ chức cho từng đối tượng cán bộ.',
      'Đẩy mạnh công tác luân chuyển cán bộ. Triển khai chủ trương thí điểm của Trung ương về công tác cán bộ, thí điểm thi tuyển để bổ nhiệm cán bộ lãnh đạo cấp sở, cấp phòng. Tiếp tục thực hiện việc sắp xếp, kiện toàn tinh gọn tổ chức bộ máy của hệ thống chính trị theo tinh thần Nghị quyết Trung ương 6 khóa XII và chỉ đạo của Trung ương.',
      'Đại hội đã bàn thảo và cơ bản nhất trí với Dự thảo Chương trình hành động thực hiện Nghị quyết Đại hội do Ban chấp hành Đảng bộ tỉnh khoá XVII xây dựng. Sau đại hội, Ban chấp hành tiếp tục nghiên cứu, tiếp thu, hoàn thiện và ban hành Chương trình hành động, cùng với các đề án, kế hoạch triển khai thực hiện để sớm đưa Nghị quyết Đại hội đi vào cuộc sống.',
    ],
    newer: ['6318', '6312', '6287', '6285', '6246'],
    related: ['6236', '6229', '6227', '6226', '6222'],
  },
  {
    id: '6323',
    category: 'chinh-tri',
    image: 'hoi-truong',
    date: '2020-12-10T11:20:00',
    title: 'Kỳ họp thường lệ cuối năm của HĐND tỉnh thông qua nhiều nghị quyết quan trọng',
    summary:
      'Sau 3 ngày làm việc, kỳ họp thường lệ cuối năm 2020 của HĐND tỉnh đã bế mạc, thông qua các nghị quyết về kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách và đầu tư công năm 2021.',
    author: 'Minh Hà',
    tags: ['HĐND tỉnh', 'Kỳ họp'],
    imageAlt: 'Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp',
    caption: 'Các đại biểu biểu quyết thông qua nghị quyết. Ảnh: Minh Hà.',
    body: [
      'Tại kỳ họp, các đại biểu đã thảo luận, chất vấn và trả lời chất vấn về những vấn đề cử tri quan tâm như quản lý đất đai, xử lý rác thải sinh hoạt ở nông thôn và tiến độ các công trình giao thông trọng điểm.',
      'HĐND tỉnh thống nhất mục tiêu năm 2021 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, tập trung phục hồi tăng trưởng, bảo đảm an sinh xã hội và giữ vững quốc phòng, an ninh.',
      'Kỳ họp cũng thông qua nghị quyết về danh mục các dự án cần thu hồi đất và chuyển mục đích sử dụng đất trồng lúa để thực hiện trong năm tới.',
    ],
  },
  {
    id: '6318',
    category: 'chinh-tri',
    date: '2020-12-04T16:45:00',
    title: 'Bế mạc hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XVII',
    summary:
      'Sau hai ngày làm việc khẩn trương, hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XVII đã hoàn thành toàn bộ nội dung chương trình đề ra.',
    author: 'Minh Hà',
    tags: ['Ban Chấp hành Đảng bộ tỉnh', 'Khóa XVII'],
    imageAlt: 'Quang cảnh phiên bế mạc hội nghị',
    caption: 'Quang cảnh phiên bế mạc. Ảnh: Minh Hà.',
    body: [
      'Hội nghị đã thảo luận, cho ý kiến vào các báo cáo về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh năm 2020 và phương hướng, nhiệm vụ năm 2021.',
      'Các đại biểu thống nhất cao với các chương trình hành động cụ thể hóa 5 nhiệm vụ trọng tâm mà Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII đã đề ra.',
      'Kết luận hội nghị, Ban Chấp hành yêu cầu các cấp ủy, tổ chức đảng khẩn trương quán triệt, xây dựng kế hoạch thực hiện sát với điều kiện thực tế của từng địa phương, đơn vị.',
    ],
  },
  {
    id: '6312',
    category: 'chinh-tri',
    date: '2020-12-03T08:30:00',
    title: 'Khai mạc Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII',
    summary:
      'Sáng 3/12, Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII khai mạc hội nghị lần thứ 2 để xem xét, cho ý kiến vào nhiều nội dung quan trọng.',
    author: 'Minh Hà',
    tags: ['Ban Chấp hành Đảng bộ tỉnh', 'Khóa XVII'],
    imageAlt: 'Các đại biểu dự phiên khai mạc hội nghị',
    body: [
      'Theo chương trình, hội nghị xem xét các dự thảo chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, quy chế làm việc của Ban Chấp hành, Ban Thường vụ và Thường trực Tỉnh ủy nhiệm kỳ 2020-2025.',
      'Hội nghị cũng cho ý kiến vào báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Thường vụ Tỉnh ủy từ sau đại hội và chương trình làm việc toàn khóa.',
    ],
  },
  {
    id: '6287',
    category: 'chinh-tri',
    image: 'lang-que',
    date: '2020-11-19T15:20:00',
    title: 'Thủ tướng Nguyễn Xuân Phúc dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Phù Liễn',
    summary:
      'Nhân kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam, Ngày hội Đại đoàn kết toàn dân tộc đã được tổ chức tại thôn Phù Liễn trong không khí vui tươi, phấn khởi.',
    author: 'Quang Huy',
    tags: ['Đại đoàn kết', 'Mặt trận Tổ quốc'],
    imageAlt: 'Người dân thôn Phù Liễn dự ngày hội',
    body: [
      'Ngày hội có sự tham dự của đông đảo cán bộ, đảng viên và nhân dân trong thôn. Các hoạt động văn hóa, văn nghệ, thể thao truyền thống được tổ chức sôi nổi.',
      'Dịp này, nhiều hộ gia đình tiêu biểu trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" và cuộc vận động xây dựng nông thôn mới được biểu dương.',
    ],
  },
  {
    id: '6285',
    category: 'chinh-tri',
    date: '2020-11-19T10:05:00',
    title: 'Ngày 23.5.2021: Bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp',
    summary:
      'Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 sẽ được tiến hành vào Chủ nhật, ngày 23/5/2021.',
    author: 'Thu Trang',
    tags: ['Bầu cử', 'Quốc hội', 'HĐND'],
    imageAlt: 'Hòm phiếu và lá phiếu bầu cử',
    body: [
      'Các cấp, các ngành trong tỉnh được yêu cầu chủ động xây dựng kế hoạch, chuẩn bị chu đáo nhân sự, kinh phí và cơ sở vật chất cho cuộc bầu cử.',
      'Công tác thông tin, tuyên truyền sẽ được đẩy mạnh để cử tri hiểu rõ quyền và nghĩa vụ của mình, tích cực tham gia bầu cử.',
    ],
  },
  {
    id: '6246',
    category: 'chinh-tri',
    date: '2020-10-29T16:10:00',
    title: 'Nhanh chóng đưa Nghị quyết Đại hội XVII vào cuộc sống',
    summary:
      'Ngay sau khi Đại hội Đảng bộ tỉnh lần thứ XVII thành công, các cấp ủy đảng trong tỉnh đã bắt tay xây dựng kế hoạch tuyên truyền, quán triệt Nghị quyết.',
    author: 'Thu Trang',
    tags: ['Nghị quyết', 'Khóa XVII'],
    imageAlt: 'Hội nghị quán triệt Nghị quyết tại một huyện',
    body: [
      'Nhiều địa phương đã tổ chức hội nghị quán triệt Nghị quyết tới cán bộ chủ chốt, đồng thời lồng ghép vào sinh hoạt chi bộ định kỳ để đảng viên nắm vững nội dung.',
      'Các chỉ tiêu của Nghị quyết được cụ thể hóa thành kế hoạch từng năm, gắn với trách nhiệm người đứng đầu và có cơ chế kiểm tra, giám sát thường xuyên.',
    ],
  },
  {
    id: '6236',
    category: 'chinh-tri',
    date: '2020-10-28T09:15:00',
    title: 'Chủ tịch Quốc hội Nguyễn Thị Kim Ngân mong Hải Dương đoàn kết và phát triển',
    summary:
      'Phát biểu tại Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, Chủ tịch Quốc hội bày tỏ mong muốn Hải Dương phát huy truyền thống đoàn kết để phát triển nhanh và bền vững.',
    author: 'Quang Huy',
    tags: ['Đại hội Đảng bộ tỉnh', 'Quốc hội'],
    imageAlt: 'Toàn cảnh đại hội',
    body: [
      'Chủ tịch Quốc hội đánh giá cao những kết quả Hải Dương đạt được trong nhiệm kỳ qua, đồng thời lưu ý tỉnh cần khai thác tốt lợi thế về vị trí địa lý, hạ tầng giao thông và nguồn nhân lực.',
      'Đại hội bày tỏ sự tiếp thu và quyết tâm cụ thể hóa các ý kiến chỉ đạo vào chương trình hành động của nhiệm kỳ mới.',
    ],
  },
  {
    id: '6229',
    category: 'chinh-tri',
    date: '2020-10-27T17:30:00',
    title: 'Ra mắt Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020-2025',
    summary:
      'Ban Chấp hành Đảng bộ tỉnh khóa XVII đã ra mắt đại hội, hứa trước toàn thể đảng viên và nhân dân trong tỉnh sẽ đoàn kết, nỗ lực thực hiện thắng lợi Nghị quyết Đại hội.',
    author: 'Minh Hà',
    tags: ['Đại hội Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ tỉnh', 'Khóa XVII'],
    imageAlt: 'Ban Chấp hành Đảng bộ tỉnh khóa XVII ra mắt đại hội',
    body: [
      'Thay mặt Ban Chấp hành, Bí thư Tỉnh ủy cảm ơn sự tin tưởng của các đại biểu và khẳng định tập thể Ban Chấp hành sẽ phát huy trí tuệ, đoàn kết, đổi mới để hoàn thành các mục tiêu đại hội đề ra.',
    ],
  },
  {
    id: '6227',
    category: 'chinh-tri',
    date: '2020-10-27T16:50:00',
    title: 'Danh sách Ban Thường vụ Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy Hải Dương khóa XVII, nhiệm kỳ 2020 - 2025',
    summary:
      'Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XVII đã bầu Ban Thường vụ Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2020 - 2025.',
    author: 'Minh Hà',
    tags: ['Ban Thường vụ Tỉnh ủy', 'Khóa XVII'],
    imageAlt: 'Ban Thường vụ Tỉnh ủy khóa XVII',
    body: [
      'Hội nghị tiến hành bầu cử theo đúng quy định của Điều lệ Đảng và quy chế bầu cử trong Đảng, bảo đảm dân chủ, khách quan.',
      'Danh sách đầy đủ được công bố tại phiên bế mạc đại hội.',
    ],
  },
  {
    id: '6226',
    category: 'chinh-tri',
    date: '2020-10-27T16:20:00',
    title: 'Đồng chí Phạm Xuân Thăng được bầu giữ chức Bí thư Tỉnh ủy Hải Dương khóa XVII, nhiệm kỳ 2020 - 2025',
    summary:
      'Tại hội nghị lần thứ nhất, Ban Chấp hành Đảng bộ tỉnh khóa XVII đã bầu đồng chí Phạm Xuân Thăng giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025.',
    author: 'Minh Hà',
    tags: ['Bí thư Tỉnh ủy', 'Khóa XVII'],
    imageAlt: 'Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XVII',
    body: [
      'Hội nghị cũng bầu các Phó Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy, Ủy ban Kiểm tra và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XVII.',
    ],
  },
  {
    id: '6222',
    category: 'chinh-tri',
    date: '2020-10-27T11:40:00',
    title: 'Danh sách Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020-2025',
    summary: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020-2025.',
    author: 'Minh Hà',
    tags: ['Ban Chấp hành Đảng bộ tỉnh', 'Khóa XVII'],
    imageAlt: 'Các đại biểu bỏ phiếu bầu Ban Chấp hành',
    body: ['Việc bầu cử được tiến hành nghiêm túc, đúng quy trình. Danh sách trúng cử được sắp xếp theo thứ tự chữ cái.'],
  },

  // ——— Kinh tế ———
  {
    id: '6320',
    category: 'kinh-te',
    date: '2020-12-08T09:40:00',
    title: 'Hội nghị xúc tiến đầu tư cuối năm thu hút nhiều nhà đầu tư trong và ngoài nước',
    summary:
      'Hội nghị gặp mặt các nhà đầu tư cuối năm 2020 đã trao quyết định chủ trương đầu tư cho một số dự án sản xuất linh kiện điện tử và công nghiệp hỗ trợ.',
    author: 'Đức Minh',
    tags: ['Đầu tư', 'Công nghiệp hỗ trợ'],
    imageAlt: 'Lãnh đạo tỉnh trao quyết định chủ trương đầu tư cho doanh nghiệp',
    caption: 'Trao quyết định chủ trương đầu tư cho các doanh nghiệp. Ảnh: Đức Minh.',
    body: [
      'Tại hội nghị, lãnh đạo UBND tỉnh cam kết tiếp tục cải thiện môi trường đầu tư, rút ngắn thời gian giải quyết thủ tục hành chính và đồng hành cùng doanh nghiệp trong suốt quá trình triển khai dự án.',
      'Các nhà đầu tư đánh giá cao hạ tầng khu công nghiệp và vị trí thuận lợi của tỉnh, nằm giữa hai trung tâm kinh tế lớn của vùng đồng bằng sông Hồng.',
      'Nhiều ý kiến đề nghị tỉnh quan tâm hơn tới đào tạo nguồn nhân lực kỹ thuật và xây dựng nhà ở cho công nhân.',
    ],
  },
  {
    id: '6306',
    category: 'kinh-te',
    image: 'hoi-truong',
    date: '2020-11-30T14:10:00',
    title: 'Tháo gỡ khó khăn cho doanh nghiệp nhỏ và vừa trong bối cảnh dịch bệnh',
    summary:
      'Buổi đối thoại giữa chính quyền và doanh nghiệp đã giải đáp hàng chục kiến nghị về thuế, bảo hiểm xã hội, đất đai và tiếp cận vốn vay ưu đãi.',
    author: 'Đức Minh',
    tags: ['Doanh nghiệp', 'Đối thoại'],
    imageAlt: 'Đại diện doanh nghiệp phát biểu tại buổi đối thoại',
    body: [
      'Các sở, ngành đã trả lời trực tiếp nhiều kiến nghị; những vấn đề vượt thẩm quyền được tổng hợp để báo cáo cơ quan cấp trên.',
      'Tỉnh sẽ duy trì đối thoại định kỳ hằng quý và công khai kết quả xử lý kiến nghị trên cổng thông tin điện tử.',
    ],
  },
  {
    id: '6295',
    category: 'kinh-te',
    date: '2020-11-24T10:30:00',
    title: 'Chuyển đổi số trong doanh nghiệp: bắt đầu từ những việc nhỏ',
    summary:
      'Hóa đơn điện tử, chữ ký số, kê khai thuế trực tuyến đang là những bước đi đầu tiên của nhiều doanh nghiệp trong tỉnh trên hành trình chuyển đổi số.',
    author: 'Hải Yến',
    tags: ['Chuyển đổi số', 'Doanh nghiệp'],
    imageAlt: 'Nhân viên doanh nghiệp làm việc trên máy tính',
    body: [
      'Theo các chuyên gia, doanh nghiệp nhỏ không nhất thiết phải đầu tư lớn ngay từ đầu, mà nên số hóa từng quy trình như bán hàng, kế toán, quản lý kho.',
      'Sở Thông tin và Truyền thông đang phối hợp với các hiệp hội tổ chức các lớp tập huấn miễn phí về kỹ năng số cho chủ doanh nghiệp.',
    ],
  },
  {
    id: '6276',
    category: 'kinh-te',
    image: 'giao-thong',
    date: '2020-11-13T08:50:00',
    title: 'Đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm',
    summary:
      'UBND tỉnh yêu cầu các chủ đầu tư tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng, đẩy nhanh tiến độ thi công và hoàn thiện hồ sơ thanh toán.',
    author: 'Quang Huy',
    tags: ['Đầu tư công', 'Giải ngân'],
    imageAlt: 'Công nhân thi công trên công trường đường giao thông',
    body: [
      'Những dự án giải ngân chậm sẽ bị điều chuyển vốn sang các dự án có khả năng hấp thụ tốt hơn.',
      'Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm nếu để xảy ra chậm trễ kéo dài.',
    ],
  },
  {
    id: '6258',
    category: 'kinh-te',
    image: 'cong-nghiep',
    date: '2020-11-04T15:00:00',
    title: 'Phát triển cụm công nghiệp gắn với bảo vệ môi trường',
    summary:
      'Tỉnh yêu cầu các cụm công nghiệp mới phải hoàn thiện hệ thống xử lý nước thải tập trung trước khi đón nhà đầu tư thứ cấp.',
    author: 'Đức Minh',
    tags: ['Cụm công nghiệp', 'Môi trường'],
    imageAlt: 'Toàn cảnh một cụm công nghiệp',
    body: [
      'Bên cạnh thu hút đầu tư, công tác hậu kiểm về môi trường sẽ được tăng cường, xử lý nghiêm các cơ sở xả thải vượt quy chuẩn.',
      'Ưu tiên các dự án sử dụng công nghệ sạch, tiết kiệm năng lượng và sử dụng nhiều lao động địa phương.',
    ],
  },
  {
    id: '6240',
    category: 'kinh-te',
    date: '2020-10-28T14:25:00',
    title: 'Kim ngạch xuất khẩu 10 tháng tiếp tục tăng trưởng khá',
    summary:
      'Dù chịu ảnh hưởng của dịch bệnh, kim ngạch xuất khẩu của tỉnh trong 10 tháng vẫn tăng so với cùng kỳ, nhờ các mặt hàng linh kiện điện tử, may mặc và nông sản chế biến.',
    author: 'Hải Yến',
    tags: ['Xuất khẩu', 'Thương mại'],
    imageAlt: 'Container hàng hóa chờ xuất khẩu',
    body: [
      'Nhiều doanh nghiệp đã tận dụng tốt các hiệp định thương mại tự do để mở rộng thị trường sang châu Âu.',
      'Ngành công thương dự báo xuất khẩu những tháng cuối năm tiếp tục thuận lợi khi các đơn hàng dịp lễ hội tăng cao.',
    ],
  },
  {
    id: '6214',
    category: 'kinh-te',
    date: '2020-10-22T09:10:00',
    title: 'Ngành thuế nỗ lực hoàn thành dự toán thu ngân sách năm 2020',
    summary:
      'Cục Thuế tỉnh triển khai đồng bộ các giải pháp chống thất thu, đôn đốc thu hồi nợ đọng, đồng thời thực hiện kịp thời chính sách gia hạn thuế cho doanh nghiệp.',
    author: 'Quang Huy',
    tags: ['Thuế', 'Ngân sách'],
    imageAlt: 'Người nộp thuế làm thủ tục tại bộ phận một cửa',
    body: [
      'Tỷ lệ doanh nghiệp kê khai và nộp thuế điện tử đã đạt gần như tuyệt đối, giúp giảm thời gian và chi phí tuân thủ.',
      'Ngành thuế cũng tăng cường kiểm tra hoạt động kinh doanh thương mại điện tử, một lĩnh vực đang phát triển nhanh.',
    ],
  },
  {
    id: '6198',
    category: 'kinh-te',
    image: 'giao-thong',
    date: '2020-10-14T16:35:00',
    title: 'Khởi công tuyến đường trục kết nối các khu công nghiệp phía Đông',
    summary:
      'Tuyến đường dài hơn 10 km khi hoàn thành sẽ rút ngắn thời gian vận chuyển hàng hóa từ các khu công nghiệp ra quốc lộ và cảng biển.',
    author: 'Đức Minh',
    tags: ['Giao thông', 'Hạ tầng'],
    imageAlt: 'Máy móc thi công tại lễ khởi công',
    body: [
      'Dự án được đầu tư từ nguồn ngân sách tỉnh, dự kiến hoàn thành trong 24 tháng.',
      'Chính quyền các địa phương có tuyến đường đi qua cam kết bàn giao mặt bằng đúng tiến độ.',
    ],
  },

  // ——— Văn hóa - Xã hội ———
  {
    id: '6322',
    category: 'van-hoa-xa-hoi',
    image: 'giao-duc',
    date: '2020-12-09T10:00:00',
    title: 'Trao học bổng cho học sinh nghèo vượt khó học tốt',
    summary:
      'Hội Khuyến học tỉnh phối hợp với các doanh nghiệp trao học bổng cho học sinh có hoàn cảnh khó khăn đạt thành tích cao trong học tập.',
    author: 'Ngọc Anh',
    tags: ['Khuyến học', 'Giáo dục'],
    imageAlt: 'Học sinh nhận học bổng',
    body: [
      'Mỗi suất học bổng gồm tiền mặt và đồ dùng học tập, giúp các em có thêm điều kiện theo đuổi việc học.',
      'Nhiều em trong số đó là con em gia đình chính sách, mồ côi cha hoặc mẹ nhưng vẫn luôn đứng đầu lớp.',
    ],
  },
  {
    id: '6309',
    category: 'van-hoa-xa-hoi',
    date: '2020-12-01T15:30:00',
    title: 'Bảo tồn nghệ thuật múa rối nước truyền thống',
    summary:
      'Các phường rối nước trong tỉnh đang được hỗ trợ phục dựng tích trò cổ, truyền dạy cho lớp nghệ nhân trẻ và đưa biểu diễn phục vụ du khách.',
    author: 'Ngọc Anh',
    tags: ['Di sản', 'Múa rối nước'],
    imageAlt: 'Buổi biểu diễn múa rối nước bên thủy đình',
    caption: 'Một tích trò múa rối nước truyền thống. Ảnh: Ngọc Anh.',
    body: [
      'Nghệ nhân cao tuổi cho biết khó khăn lớn nhất là tìm người trẻ theo nghề, bởi biểu diễn rối nước đòi hỏi sức khỏe và sự kiên trì.',
      'Ngành văn hóa đề xuất đưa rối nước vào chương trình giáo dục địa phương và các tour du lịch trải nghiệm.',
    ],
  },
  {
    id: '6290',
    category: 'van-hoa-xa-hoi',
    image: 'giao-duc',
    date: '2020-11-20T09:00:00',
    title: 'Tôn vinh nhà giáo nhân Ngày Nhà giáo Việt Nam 20/11',
    summary:
      'Nhiều nhà giáo có thành tích xuất sắc trong giảng dạy và đổi mới phương pháp được khen thưởng nhân kỷ niệm Ngày Nhà giáo Việt Nam.',
    author: 'Ngọc Anh',
    tags: ['Giáo dục', 'Nhà giáo'],
    imageAlt: 'Học sinh tặng hoa thầy cô giáo',
    body: [
      'Năm học vừa qua, đội ngũ giáo viên đã linh hoạt chuyển sang dạy học trực tuyến trong thời gian học sinh nghỉ học phòng dịch.',
      'Ngành giáo dục tiếp tục chuẩn bị đội ngũ để triển khai chương trình giáo dục phổ thông mới.',
    ],
  },
  {
    id: '6270',
    category: 'van-hoa-xa-hoi',
    image: 'lang-que',
    date: '2020-11-10T14:00:00',
    title: 'Khánh thành nhà văn hóa thôn từ nguồn xã hội hóa',
    summary:
      'Nhà văn hóa được xây dựng khang trang từ sự đóng góp của người dân và con em xa quê, trở thành nơi sinh hoạt cộng đồng của cả thôn.',
    author: 'Thu Trang',
    tags: ['Nông thôn mới', 'Văn hóa cơ sở'],
    imageAlt: 'Nhà văn hóa thôn mới khánh thành',
    body: [
      'Công trình gồm hội trường, sân thể thao và khu vui chơi cho trẻ em.',
      'Ban quản lý thôn đã xây dựng quy chế sử dụng, bảo đảm nhà văn hóa được khai thác thường xuyên, hiệu quả.',
    ],
  },
  {
    id: '6249',
    category: 'van-hoa-xa-hoi',
    date: '2020-10-30T08:45:00',
    title: 'Chung tay hỗ trợ đồng bào miền Trung bị thiệt hại do mưa lũ',
    summary:
      'Ủy ban MTTQ tỉnh phát động đợt quyên góp ủng hộ đồng bào miền Trung, nhận được sự hưởng ứng nhiệt tình của cán bộ, công chức và người dân.',
    author: 'Thu Trang',
    tags: ['Từ thiện', 'Mặt trận Tổ quốc'],
    imageAlt: 'Người dân quyên góp hàng cứu trợ',
    body: [
      'Cùng với tiền mặt, nhiều đơn vị đã gửi gạo, nước uống, áo phao và thuốc men tới các địa phương bị ảnh hưởng nặng.',
      'Toàn bộ số tiền ủng hộ được công khai minh bạch và chuyển ngay tới vùng lũ.',
    ],
  },
  {
    id: '6232',
    category: 'van-hoa-xa-hoi',
    image: 'le-hoi',
    date: '2020-10-27T15:10:00',
    title: 'Lễ hội mùa thu Côn Sơn - Kiếp Bạc được tổ chức quy mô phù hợp',
    summary:
      'Năm nay, lễ hội mùa thu tại khu di tích đặc biệt quốc gia Côn Sơn - Kiếp Bạc tập trung vào phần lễ, giảm bớt các hoạt động đông người.',
    author: 'Ngọc Anh',
    tags: ['Lễ hội', 'Di tích', 'Du lịch'],
    imageAlt: 'Du khách dâng hương tại khu di tích',
    body: [
      'Ban tổ chức bố trí lực lượng hướng dẫn du khách thực hiện các biện pháp phòng dịch khi vào khu di tích.',
      'Các nghi lễ truyền thống vẫn được giữ gìn trang nghiêm, thể hiện lòng biết ơn với các bậc tiền nhân.',
    ],
  },
  {
    id: '6205',
    category: 'van-hoa-xa-hoi',
    date: '2020-10-19T10:20:00',
    title: 'Nâng cao chất lượng khám, chữa bệnh tại y tế tuyến huyện',
    summary:
      'Nhiều kỹ thuật chuyên sâu đã được chuyển giao về bệnh viện tuyến huyện, giúp người dân được điều trị gần nhà, giảm tải cho tuyến tỉnh.',
    author: 'Hải Yến',
    tags: ['Y tế'],
    imageAlt: 'Bác sĩ khám bệnh cho người dân',
    body: [
      'Các bệnh viện đã đầu tư thêm thiết bị chẩn đoán hình ảnh và cử bác sĩ đi đào tạo chuyên sâu.',
      'Việc ứng dụng phần mềm đặt lịch khám trực tuyến giúp giảm thời gian chờ đợi của người bệnh.',
    ],
  },
  {
    id: '6188',
    category: 'van-hoa-xa-hoi',
    image: 'giao-duc',
    date: '2020-10-09T09:30:00',
    title: 'Khai trương không gian đọc sách tại thư viện tỉnh',
    summary:
      'Không gian đọc mới với hàng nghìn đầu sách, khu đọc cho thiếu nhi và khu tra cứu điện tử mở cửa miễn phí cho bạn đọc.',
    author: 'Ngọc Anh',
    tags: ['Văn hóa đọc', 'Thư viện'],
    imageAlt: 'Các em học sinh đọc sách tại thư viện',
    body: [
      'Thư viện cũng ra mắt dịch vụ mượn sách trực tuyến và nhận trả sách tại một số điểm trường học.',
      'Các hoạt động giới thiệu sách, giao lưu tác giả sẽ được tổ chức vào cuối tuần.',
    ],
  },

  // ——— Quốc phòng - An ninh ———
  {
    id: '6316',
    category: 'quoc-phong-an-ninh',
    date: '2020-12-04T09:15:00',
    title: 'Diễn tập khu vực phòng thủ huyện năm 2020 thành công tốt đẹp',
    summary:
      'Cuộc diễn tập đã kiểm tra khả năng lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền địa phương trong các tình huống quốc phòng, an ninh.',
    author: 'Quang Huy',
    tags: ['Diễn tập', 'Khu vực phòng thủ'],
    imageAlt: 'Lực lượng dân quân tham gia diễn tập',
    body: [
      'Các lực lượng tham gia đã xử lý linh hoạt nhiều tình huống sát thực tế, trong đó có tình huống phòng chống thiên tai, cứu hộ cứu nạn.',
      'Qua diễn tập, địa phương rút ra nhiều kinh nghiệm trong công tác phối hợp giữa các lực lượng.',
    ],
  },
  {
    id: '6300',
    category: 'quoc-phong-an-ninh',
    date: '2020-11-26T14:40:00',
    title: 'Chuẩn bị chu đáo cho công tác tuyển chọn và gọi công dân nhập ngũ năm 2021',
    summary:
      'Hội đồng nghĩa vụ quân sự các cấp đã hoàn thành sơ tuyển, khám sức khỏe và công khai danh sách công dân đủ điều kiện nhập ngũ.',
    author: 'Quang Huy',
    tags: ['Tuyển quân', 'Nghĩa vụ quân sự'],
    imageAlt: 'Công dân khám sức khỏe nghĩa vụ quân sự',
    body: [
      'Công tác tuyển quân được thực hiện công khai, dân chủ, đúng luật, ưu tiên công dân có trình độ học vấn và tay nghề.',
      'Các địa phương đã chuẩn bị chu đáo cho lễ giao nhận quân dự kiến tổ chức vào đầu năm 2021.',
    ],
  },
  {
    id: '6281',
    category: 'quoc-phong-an-ninh',
    date: '2020-11-17T08:30:00',
    title: 'Tuyên dương điển hình trong phong trào Toàn dân bảo vệ an ninh Tổ quốc',
    summary:
      'Nhân Ngày hội Toàn dân bảo vệ an ninh Tổ quốc, nhiều tập thể, cá nhân có thành tích xuất sắc trong phòng, chống tội phạm được khen thưởng.',
    author: 'Đức Minh',
    tags: ['An ninh trật tự', 'Phong trào'],
    imageAlt: 'Trao giấy khen cho các điển hình tiên tiến',
    body: [
      'Nhiều mô hình tự quản về an ninh trật tự ở khu dân cư được nhân rộng, góp phần giữ bình yên thôn xóm.',
      'Lực lượng công an xã được tăng cường về cơ sở, sát dân, nắm chắc tình hình địa bàn.',
    ],
  },
  {
    id: '6262',
    category: 'quoc-phong-an-ninh',
    image: 'cong-nghiep',
    date: '2020-11-06T10:15:00',
    title: 'Thực tập phương án chữa cháy và cứu nạn tại khu công nghiệp',
    summary:
      'Buổi thực tập có sự tham gia của lực lượng cảnh sát phòng cháy chữa cháy và đội phòng cháy cơ sở của các doanh nghiệp trong khu công nghiệp.',
    author: 'Đức Minh',
    tags: ['Phòng cháy chữa cháy', 'Khu công nghiệp'],
    imageAlt: 'Lính cứu hỏa phun nước dập lửa trong buổi thực tập',
    body: [
      'Tình huống giả định là một đám cháy lớn tại nhà xưởng sản xuất, có người mắc kẹt trên tầng cao.',
      'Qua thực tập, các doanh nghiệp nâng cao ý thức tự bảo vệ và kỹ năng xử lý ban đầu khi có sự cố.',
    ],
  },
  {
    id: '6244',
    category: 'quoc-phong-an-ninh',
    date: '2020-10-29T14:00:00',
    title: 'Bảo đảm tuyệt đối an toàn Đại hội Đảng bộ tỉnh lần thứ XVII',
    summary:
      'Lực lượng công an, quân sự đã triển khai đồng bộ các phương án bảo vệ, góp phần quan trọng vào thành công của Đại hội.',
    author: 'Quang Huy',
    tags: ['Đại hội Đảng bộ tỉnh', 'An ninh trật tự'],
    imageAlt: 'Cảnh sát giao thông phân luồng gần hội trường',
    body: [
      'Các lực lượng đã làm tốt công tác bảo vệ mục tiêu, bảo đảm trật tự an toàn giao thông và phòng chống dịch bệnh trong suốt thời gian diễn ra đại hội.',
    ],
  },
  {
    id: '6209',
    category: 'quoc-phong-an-ninh',
    image: 'giao-thong',
    date: '2020-10-20T16:00:00',
    title: 'Ra quân bảo đảm trật tự an toàn giao thông những tháng cuối năm',
    summary:
      'Lực lượng cảnh sát giao thông tăng cường tuần tra, kiểm soát, xử lý nghiêm các vi phạm về nồng độ cồn, tốc độ và chở hàng quá tải.',
    author: 'Đức Minh',
    tags: ['An toàn giao thông'],
    imageAlt: 'Cảnh sát giao thông kiểm tra phương tiện',
    body: [
      'Cùng với xử lý vi phạm, công tác tuyên truyền được đẩy mạnh tại trường học, khu công nghiệp và khu dân cư.',
      'Người dân có thể phản ánh vi phạm giao thông qua đường dây nóng và ứng dụng trên điện thoại.',
    ],
  },

  // ——— Nông nghiệp - Nông thôn ———
  {
    id: '6324',
    category: 'nong-nghiep-nong-thon',
    date: '2020-12-11T08:20:00',
    title: 'Chủ động phòng, chống rét cho cây trồng và vật nuôi',
    summary:
      'Ngành nông nghiệp khuyến cáo nông dân che chắn chuồng trại, dự trữ thức ăn cho gia súc và điều chỉnh lịch gieo mạ phù hợp với thời tiết.',
    author: 'Thu Trang',
    tags: ['Phòng chống rét', 'Chăn nuôi', 'Trồng trọt'],
    imageAlt: 'Nông dân che chắn chuồng trại cho trâu bò',
    body: [
      'Không thả trâu, bò ra đồng khi nhiệt độ xuống dưới 12 độ C; bổ sung thức ăn tinh và muối khoáng để tăng sức đề kháng.',
      'Với lúa xuân, bà con không gieo cấy khi nhiệt độ trung bình dưới 15 độ C, giữ nước trong ruộng để chống rét cho mạ.',
    ],
  },
  {
    id: '6302',
    category: 'nong-nghiep-nong-thon',
    date: '2020-11-27T09:50:00',
    title: 'Vụ cà rốt đông bắt đầu thu hoạch, giá bán khởi sắc',
    summary:
      'Những ruộng cà rốt sớm đã cho thu hoạch; thương lái thu mua tận ruộng, nhiều doanh nghiệp ký hợp đồng bao tiêu để xuất khẩu.',
    author: 'Hải Yến',
    tags: ['Cà rốt', 'Vụ đông', 'Nông sản'],
    imageAlt: 'Nông dân thu hoạch cà rốt trên ruộng',
    caption: 'Nông dân thu hoạch cà rốt vụ đông. Ảnh: Hải Yến.',
    body: [
      'Việc áp dụng quy trình sản xuất theo tiêu chuẩn an toàn giúp sản phẩm đáp ứng yêu cầu của các thị trường khó tính.',
      'Ngành nông nghiệp khuyến cáo bà con không thu hoạch ồ ạt, phối hợp với doanh nghiệp để điều tiết sản lượng.',
    ],
  },
  {
    id: '6283',
    category: 'nong-nghiep-nong-thon',
    image: 'lang-que',
    date: '2020-11-18T14:30:00',
    title: 'Xây dựng nông thôn mới nâng cao: chú trọng chất lượng cuộc sống người dân',
    summary:
      'Sau khi đạt chuẩn nông thôn mới, nhiều xã tiếp tục phấn đấu đạt chuẩn nâng cao, tập trung vào môi trường, cảnh quan và thu nhập của người dân.',
    author: 'Thu Trang',
    tags: ['Nông thôn mới'],
    imageAlt: 'Đường làng xanh, sạch, đẹp',
    body: [
      'Nhiều tuyến đường hoa, hàng cây xanh do người dân tự trồng và chăm sóc đã làm thay đổi diện mạo làng quê.',
      'Các xã cũng chú trọng phát triển sản phẩm OCOP gắn với thế mạnh của địa phương.',
    ],
  },
  {
    id: '6264',
    category: 'nong-nghiep-nong-thon',
    date: '2020-11-07T09:00:00',
    title: 'Chuyển đổi ruộng trũng sang mô hình lúa kết hợp nuôi thủy sản',
    summary:
      'Mô hình chuyển đổi trên những chân ruộng trũng, cấy lúa kém hiệu quả đang mang lại thu nhập cao gấp nhiều lần so với trồng lúa thuần.',
    author: 'Hải Yến',
    tags: ['Chuyển đổi cơ cấu cây trồng', 'Thủy sản'],
    imageAlt: 'Ao nuôi cá xen ruộng lúa',
    body: [
      'Các hộ tham gia được hỗ trợ kỹ thuật, con giống và kết nối tiêu thụ sản phẩm.',
      'Địa phương đang quy hoạch vùng chuyển đổi tập trung để thuận lợi cho đầu tư hạ tầng thủy lợi.',
    ],
  },
  {
    id: '6218',
    category: 'nong-nghiep-nong-thon',
    date: '2020-10-23T10:40:00',
    title: 'Đẩy mạnh cơ giới hóa trong sản xuất lúa',
    summary:
      'Tỷ lệ cơ giới hóa ở khâu làm đất và thu hoạch lúa đã đạt mức cao; khâu gieo cấy đang được khuyến khích áp dụng máy cấy và gieo sạ theo hàng.',
    author: 'Quang Huy',
    tags: ['Cơ giới hóa', 'Lúa'],
    imageAlt: 'Máy gặt đập liên hợp thu hoạch lúa',
    body: [
      'Cơ giới hóa giúp giảm chi phí nhân công, rút ngắn thời vụ và hạn chế thất thoát sau thu hoạch.',
      'Tỉnh có chính sách hỗ trợ một phần kinh phí cho hợp tác xã mua máy cấy, máy sấy nông sản.',
    ],
  },
  {
    id: '6192',
    category: 'nong-nghiep-nong-thon',
    date: '2020-10-12T15:15:00',
    title: 'Vải thiều Thanh Hà hướng tới mở rộng vùng sản xuất đạt chuẩn',
    summary:
      'Huyện Thanh Hà đặt mục tiêu mở rộng diện tích vải thiều sản xuất theo tiêu chuẩn VietGAP, phục vụ xuất khẩu trong vụ tới.',
    author: 'Hải Yến',
    tags: ['Vải thiều', 'VietGAP', 'Xuất khẩu'],
    imageAlt: 'Vườn vải thiều xanh tốt',
    body: [
      'Ngay từ sau thu hoạch, các nhà vườn đã được hướng dẫn cắt tỉa, bón phân và ghi chép nhật ký sản xuất.',
      'Việc cấp mã số vùng trồng giúp truy xuất nguồn gốc, tạo thuận lợi khi xuất khẩu sang các thị trường yêu cầu cao.',
    ],
  },
];

const byCategory = new Map(CATEGORIES.map((category) => [category.id, category]));

const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** The body as HTML. Image URLs are root-relative: they resolve against the document's URL. */
function bodyHtml(body) {
  return body
    .map((block) =>
      typeof block === 'string'
        ? `<p>${escapeHtml(block)}</p>`
        : `<figure><img src="/demo/img/${block.figure}.svg" alt="${escapeHtml(block.alt)}" width="800" height="450"><figcaption>${escapeHtml(block.caption)}</figcaption></figure>`,
    )
    .join('\n');
}

/** Newest first. */
const time = (article) => Date.parse(article.date_published);

/**
 * Every article, newest first, in one normalised shape the format builders
 * read: dates in RFC 3339 with the offset, the category object, the image
 * path (root-relative), and `related` / `newer` as ids.
 */
export const ARTICLES_NEWEST_FIRST = ARTICLES.map((entry) => {
  const category = byCategory.get(entry.category);
  const image = entry.image === null ? undefined : `/demo/img/${entry.image ?? category.image}.svg`;
  return {
    id: entry.id,
    title: entry.title,
    summary: entry.summary,
    content_html: bodyHtml(entry.body),
    image,
    image_alt: image ? (entry.imageAlt ?? '') : undefined,
    image_caption: image ? entry.caption : undefined,
    date_published: `${entry.date}${OFFSET}`,
    date_modified: `${entry.updated ?? entry.date}${OFFSET}`,
    author: entry.author,
    tags: entry.tags ?? [],
    category,
    relatedIds: entry.related,
    newerIds: entry.newer,
  };
}).sort((a, b) => time(b) - time(a));

const byId = new Map(ARTICLES_NEWEST_FIRST.map((article) => [article.id, article]));

export const findArticle = (id) => byId.get(id);

export const findCategory = (id) => byCategory.get(id);

export const articlesIn = (categoryId) => ARTICLES_NEWEST_FIRST.filter((article) => article.category.id === categoryId);

/** "Các bài liên quan": given ids, else the five older articles of the category closest in time. */
export function relatedOf(article) {
  if (article.relatedIds) return article.relatedIds.map(findArticle);
  const siblings = articlesIn(article.category.id);
  return siblings.slice(siblings.indexOf(article) + 1).slice(0, 5);
}

/** "Các tin mới hơn": given ids, else the five newer articles of the category closest in time, newest first. */
export function newerOf(article) {
  if (article.newerIds) return article.newerIds.map(findArticle);
  const siblings = articlesIn(article.category.id);
  const index = siblings.indexOf(article);
  return siblings.slice(Math.max(0, index - 5), index);
}

/** "Xem tiếp": the next (older) article of the same category. */
export function nextOf(article) {
  const siblings = articlesIn(article.category.id);
  return siblings[siblings.indexOf(article) + 1];
}
