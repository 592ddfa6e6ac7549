<?php
// Sets up the recorded WordPress site through WordPress's own functions, as an
// editor would through the admin: `php site.php install`, then `php site.php content`
// (two runs, because installing loads WordPress in its installer mode).
// Run by record.sh with WORDPRESS_CONFIG naming the site's configuration.

$_SERVER['HTTP_HOST'] = 'portal.example';
$step = $argv[1] ?? '';

if ($step === 'install') {
    define('WP_INSTALLING', true);
    require '/usr/share/wordpress/wp-load.php';
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    wp_install('Cổng thông tin điện tử phường', 'bientap', 'bientap@portal.example', true, '', 'recorded-site-only', 'vi');
    update_option('timezone_string', 'Asia/Ho_Chi_Minh');
    update_option('gmt_offset', '');
    update_option('blogdescription', 'Tin tức, thông báo của phường');
    update_option('uploads_use_yearmonth_folders', 0);
    update_option('posts_per_rss', 10);
    update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
    exit(0);
}
if ($step !== 'content') {
    fwrite(STDERR, "usage: php site.php install|content\n");
    exit(2);
}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
flush_rewrite_rules(false);
// The installer's sample post, page and draft privacy page.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $sample) {
    wp_delete_post($sample->ID, true);
}
// The editor is an administrator: the editor's HTML (iframes, a script) is kept as written.
wp_set_current_user(1);
wp_update_user(['ID' => 1, 'display_name' => 'Ban biên tập']);

$news = wp_insert_term('Tin tức', 'category', ['slug' => 'tin-tuc'])['term_id'];
$notices = wp_insert_term('Thông báo', 'category', ['slug' => 'thong-bao'])['term_id'];

/** A photograph-sized JPEG (1600 × 1067) drawn with GD, added to the media library with every size WordPress makes. */
function add_photo(string $slug, array $rgb, string $alt, string $caption): int
{
    $image = imagecreatetruecolor(1600, 1067);
    for ($y = 0; $y < 1067; $y += 1) {
        $shade = imagecolorallocate($image, $rgb[0], (int) ($rgb[1] * $y / 1067), $rgb[2]);
        imageline($image, 0, $y, 1599, $y, $shade);
    }
    imagefilledellipse($image, 800, 533, 700, 700, imagecolorallocate($image, 250, 230, 120));
    ob_start();
    imagejpeg($image, null, 80);
    $upload = wp_upload_bits("$slug.jpg", null, ob_get_clean());
    if ($upload['error']) {
        throw new RuntimeException($upload['error']);
    }
    $id = wp_insert_attachment([
        'post_title' => $alt,
        'post_excerpt' => $caption,
        'post_mime_type' => 'image/jpeg',
        'post_status' => 'inherit',
        'post_date' => '2026-11-01 08:00:00',
    ], $upload['file']);
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $upload['file']));
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
}

$photos = [
    add_photo('hoi-nghi', [30, 90, 160], 'Quang cảnh hội nghị', 'Đại biểu dự hội nghị sáng 20/11'),
    add_photo('cong-vien', [40, 150, 70], 'Công viên bờ sông', 'Công viên sau khi cải tạo'),
    add_photo('truong-hoc', [170, 60, 50], 'Lễ khai giảng', ''),
];

/** A block-editor image with its caption, as the editor's image block saves it. */
function image_block(int $id, string $caption): string
{
    $src = wp_get_attachment_image_url($id, 'large');
    $alt = get_post_meta($id, '_wp_attachment_image_alt', true);
    return "<!-- wp:image {\"id\":$id,\"sizeSlug\":\"large\",\"linkDestination\":\"none\"} -->\n"
        . "<figure class=\"wp-block-image size-large\"><img src=\"$src\" alt=\"$alt\" class=\"wp-image-$id\"/>"
        . "<figcaption class=\"wp-element-caption\">$caption</figcaption></figure>\n<!-- /wp:image -->";
}

function paragraph(string $text): string
{
    return "<!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph -->";
}

function html_block(string $html): string
{
    return "<!-- wp:html -->\n$html\n<!-- /wp:html -->";
}

$youtube = '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" '
    . 'title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
    . 'encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>';
$other = '<iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fvideo%2F1" '
    . 'width="560" height="314" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true"></iframe>';
// The classic editor's caption shortcode around the image tag it writes.
$medium = wp_get_attachment_image_src($photos[1], 'medium');
$classic_caption = '[caption id="attachment_' . $photos[1] . '" align="aligncenter" width="' . $medium[1] . '"]'
    . '<img class="size-medium wp-image-' . $photos[1] . '" src="' . $medium[0] . '" alt="Công viên bờ sông" width="'
    . $medium[1] . '" height="' . $medium[2] . '" /> Công viên nhìn từ cầu[/caption]';

// Titles as editors type them: straight quotes, "--", "...", an ampersand, and
// named references as an older editor or an import leaves them. WordPress
// texturizes them into curly quotes, dashes and ellipses in `title.rendered`.
$posts = [
    ['Hội nghị "Chuyển đổi số" năm 2026 -- những kết quả đầu tiên', $news, $photos[0],
        paragraph('Sáng 20/11, UBND phường tổ chức hội nghị sơ kết...') . image_block($photos[0], 'Đại biểu dự hội nghị') . html_block($youtube)],
    ['Th&ocirc;ng b&aacute;o lịch tiếp công dân tháng 12', $notices, 0, paragraph('Lịch tiếp công dân định kỳ của lãnh đạo phường.')],
    ['Công viên bờ sông mở cửa trở lại sau cải tạo', $news, $photos[1],
        paragraph('Sau sáu tháng thi công, công viên đã mở cửa.') . "\n\n" . $classic_caption],
    ['Kế hoạch phòng, chống thiên tai & tìm kiếm cứu nạn', $notices, 0, paragraph('Ban chỉ huy phường ban hành kế hoạch.')],
    ['Lễ khai giảng năm học mới tại trường Tiểu học Kim Liên', $news, $photos[2],
        paragraph('Hơn 1.200 học sinh dự lễ khai giảng.') . html_block($other)],
    ["Người dân góp ý dự thảo 'quy chế dân chủ' ở cơ sở", $news, 0, paragraph('Các tổ dân phố tổ chức lấy ý kiến.')],
    ['Thông báo thu phí vệ sinh môi trường...', $notices, 0, paragraph('Mức thu áp dụng từ ngày 01/12.'), ['môi trường']],
    ['Tuyên truyền phòng cháy, chữa cháy trong khu dân cư', $news, $photos[0],
        paragraph('Đội PCCC hướng dẫn người dân sử dụng bình chữa cháy.') . html_block('<script>document.title = "bị chèn";</script>')],
    ['Giải bóng đá thiếu niên phường 2026', $news, $photos[1], paragraph('Tám đội bóng tham dự.')],
    ['Kết quả bình xét "Gia đình văn hóa" năm 2026', $notices, 0, paragraph('Danh sách các hộ đạt danh hiệu.')],
    ['Hướng dẫn đăng ký tạm trú trực tuyến', $notices, $photos[2], paragraph('Người dân có thể đăng ký qua Cổng dịch vụ công.')],
    ['Ra quân tổng vệ sinh đường phố cuối tuần', $news, 0, paragraph('Hơn 300 đoàn viên tham gia.'), ['môi trường', 'đoàn viên']],
];

$day = 1;
foreach ($posts as $post) {
    [$title, $category, $photo, $content] = $post;
    $id = wp_insert_post([
        'post_title' => $title,
        'post_content' => $content,
        'post_status' => 'publish',
        'post_category' => [$category],
        'tags_input' => $post[4] ?? [],
        'post_date' => sprintf('2026-11-%02d 08:30:00', 8 + $day),
    ], true);
    if (is_wp_error($id)) {
        throw new RuntimeException($id->get_error_message());
    }
    if ($photo) {
        set_post_thumbnail($id, $photo);
    }
    $day += 1;
}

// Posts no reader may see, and one that stays pinned above the others on the site.
$sticky = wp_insert_post(['post_title' => 'Đường dây nóng của phường: 024 3826 0000', 'post_content' => paragraph('Tiếp nhận phản ánh 24/7.'),
    'post_status' => 'publish', 'post_category' => [$notices], 'post_date' => '2026-10-01 07:00:00']);
stick_post($sticky);
wp_insert_post(['post_title' => 'Bản nháp: báo cáo chưa duyệt', 'post_content' => paragraph('Chưa được đăng.'), 'post_status' => 'draft']);
wp_insert_post(['post_title' => 'Nội bộ: phân công trực', 'post_content' => paragraph('Chỉ cán bộ xem.'), 'post_status' => 'private',
    'post_date' => '2026-11-15 09:00:00']);
wp_insert_post(['post_title' => 'Lịch cắt điện năm 2030', 'post_content' => paragraph('Sẽ đăng sau.'), 'post_status' => 'future',
    'post_date' => '2030-01-02 08:00:00']);
wp_insert_post(['post_title' => 'Biên bản họp có mật khẩu', 'post_content' => paragraph('Nội dung cần mật khẩu.'), 'post_status' => 'publish',
    'post_password' => 'mat-khau', 'post_category' => [$notices], 'post_date' => '2026-11-05 10:00:00']);
