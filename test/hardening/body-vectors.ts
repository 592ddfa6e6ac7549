// Article bodies an endpoint could send, in the classes of DOMPurify's and
// the HTML5 Security Cheatsheet's suites, each written for this suite. They
// go through `<article-card variant="full">` on a page under the README's
// strict policy (body-vectors.test.ts): nothing may run, nothing may be
// reported, and what is safe (text, images, links) must still show.
//
// A payload that ran would call alert/confirm/prompt or set `window.__xss`;
// `{{EVIL}}` is an origin outside the policy, so a request to it would be a
// violation. `photo.svg` and relative links resolve against the endpoint.

export type BodyVectorClass =
  | 'handler-separators'
  | 'attribute-quoting'
  | 'comments-cdata'
  | 'raw-text'
  | 'namespace-confusion'
  | 'url-schemes'
  | 'styles'
  | 'document-level'
  | 'plugins-frames'
  | 'clobbering'
  | 'forms-focus'
  | 'svg-animation'
  | 'templates-shadow'
  | 'encoding';

export interface BodyVector {
  id: number;
  class: BodyVectorClass;
  payload: string;
  /** Text the body must still show (white space folded). */
  shows?: string[];
  /** A selector that must match in the body: what is safe stays. */
  keeps?: string;
}

type Row = [BodyVectorClass, string, string[]?, string?];

const handlers = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'onanimationstart', 'ontoggle', 'onpointerenter'];
// What may stand between a tag name or a value and an attribute name.
const separators = [' ', '/', '\t', '\n', '\f', '\r', '"x"', "'x'", ' / ', '\r\n'];

function handlerRows(): Row[] {
  const rows: Row[] = [];
  handlers.forEach((handler, h) => {
    separators.forEach((separator, s) => {
      if ((h + s) % 2) return; // every separator with half the handlers: 40 rows
      const name = (h + s) % 4 === 0 ? handler.toUpperCase() : handler;
      const before = separator.startsWith('"') || separator.startsWith("'") ? ` title=${separator}` : separator;
      rows.push([
        'handler-separators',
        `<img src="photo.svg" alt="Ảnh"${before}${name}=alert(${h}${s})>chữ ${h}-${s}`,
        [`chữ ${h}-${s}`],
        'img',
      ]);
    });
  });
  return rows;
}

const schemes = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' \t javascript:alert(1)',
  'java\tscript:alert(1)',
  'java&#x09;script:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a;alert(1)',
  'javascript&colon;alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '\u0001javascript:alert(1)',
];

function urlRows(): Row[] {
  const rows: Row[] = [];
  schemes.forEach((url, i) => {
    rows.push(['url-schemes', `<a href="${url}">liên kết ${i}</a>`, [`liên kết ${i}`]]);
    rows.push([
      'url-schemes',
      `<img src="${url}" alt="x"><img src="photo.svg" srcset="${url} 2x" alt="Ảnh ${i}">`,
      [],
      'img[src$="photo.svg"]',
    ]);
  });
  const attributes = ['formaction', 'action', 'xlink:href', 'poster', 'background', 'cite', 'longdesc', 'ping', 'data', 'lowsrc'];
  attributes.forEach((attribute, i) => {
    rows.push([
      'url-schemes',
      `<a href="tin.html" ${attribute}="javascript:alert(${i})">tin ${i}</a>`,
      [`tin ${i}`],
      'a[href$="tin.html"]',
    ]);
  });
  return rows;
}

const handwritten: Row[] = [
  // The four from the report, and their relatives.
  ['attribute-quoting', `<img src=x id/=' onerror=alert(1)//'>`],
  ['comments-cdata', '<!--<img src="--><img src=x onerror=alert(1)//">'],
  ['comments-cdata', '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(2)//"></svg>'],
  ['namespace-confusion', '<svg></p><title><a id="</title><img src=x onerror=alert()>"></textarea></svg>'],
  ['attribute-quoting', `<img src="photo.svg" alt="Ảnh"title='x'onerror=alert(1)>`, [], 'img'],
  ['attribute-quoting', `<img src="photo.svg" alt="Ảnh"onerror=alert(1)>`, [], 'img'],
  ['attribute-quoting', '<img src=photo.svg alt=Ảnh onerror=alert(1)`>', [], 'img'],
  ['attribute-quoting', '<img src="x" ="" onerror=alert(1)>'],
  ['attribute-quoting', '<img src=x =onerror=alert(1) onerror=alert(2)>'],
  ['attribute-quoting', '<p title="a" title=\'b\' onclick="alert(1)" onclick=alert(2)>lặp</p>', ['lặp']],
  ['attribute-quoting', '<p title=" onclick=alert(1) ">giá trị</p>', ['giá trị'], 'p[title="onclick=alert(1)"]'],
  [
    'attribute-quoting',
    '<a href="tin.html" title="style=color:red onmouseover=alert(1)">giữ tiêu đề</a>',
    ['giữ tiêu đề'],
    'a[title^="style="]',
  ],
  ['attribute-quoting', '<img """><script>alert(1)</script>">'],
  ['attribute-quoting', '<img src=x onerror\u0000=alert(1)>'],
  ['attribute-quoting', '<img src=x o\u0000nerror=alert(1)>'],
  ['attribute-quoting', '<img src=x onerror="alert(1)"onload="alert(2)">'],
  ['attribute-quoting', '<img/src="x"/onerror="alert(1)">'],
  ['attribute-quoting', '<img\u000bsrc=x\u000bonerror=alert(1)>'],
  ['comments-cdata', '<!-- --!><img src=x onerror=alert(1)> -->'],
  ['comments-cdata', '<!--><img src=x onerror=alert(1)>-->'],
  ['comments-cdata', '<!---><img src=x onerror=alert(1)>-->'],
  ['comments-cdata', '<!--- -- ><img src=x onerror=alert(1)>-->'],
  ['comments-cdata', '<![CDATA[<img src=x onerror=alert(1)>]]>'],
  ['comments-cdata', '<math><![CDATA[</math><img src=x onerror=alert(1)>]]></math>'],
  ['comments-cdata', '<?xml version="1.0"?><img src=x onerror=alert(1)>'],
  ['comments-cdata', '<?php echo 1 ?><p onclick=alert(1)>php</p>', ['php']],
  ['comments-cdata', '<! foo ><img src=x onerror=alert(1)>'],
  ['comments-cdata', '</ foo ><img src=x onerror=alert(1)>'],
  ['comments-cdata', '<svg><!--</svg><img src=x onerror=alert(1)>--></svg>'],
  ['comments-cdata', '<p>trước</p><!-- <p style="x" onclick="y"> --><p>sau chú thích</p>', ['sau chú thích']],
  ['raw-text', '<title><img src=x onerror=alert(1)></title>'],
  ['raw-text', '<textarea><img src=x onerror=alert(1)></textarea>'],
  ['raw-text', '<xmp><img src=x onerror=alert(1)></xmp>'],
  ['raw-text', '<noembed><img src=x onerror=alert(1)></noembed>'],
  ['raw-text', '<noframes><img src=x onerror=alert(1)></noframes>'],
  ['raw-text', '<iframe><img src=x onerror=alert(1)></iframe>'],
  ['raw-text', '<noscript><img src=x onerror=alert(1)></noscript>'],
  ['raw-text', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['raw-text', '<plaintext><img src=x onerror=alert(1)>'],
  ['raw-text', '<script><img src=x onerror=alert(1)></script>'],
  ['raw-text', '<script><!--<script></script><img src=x onerror=alert(1)>--></script>'],
  ['raw-text', '<style><img src=x onerror=alert(1)></style>'],
  ['raw-text', '<style></style ><img src=x onerror=alert(1)>'],
  ['raw-text', '<STYLE>p{color:red}</STYLE><p>chữ sau style</p>', ['chữ sau style']],
  ['raw-text', '<textarea></textarea ><img src=x onerror=alert(1)>'],
  ['raw-text', '<title></title/><img src=x onerror=alert(1)>'],
  ['namespace-confusion', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  [
    'namespace-confusion',
    '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
  ],
  ['namespace-confusion', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'],
  ['namespace-confusion', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
  ['namespace-confusion', '<svg><p><style><img src=x onerror=alert(1)>'],
  ['namespace-confusion', '<svg><desc><style><img src=x onerror=alert(1)></style></desc></svg>'],
  ['namespace-confusion', '<svg><foreignObject><style><img src=x onerror=alert(1)></style></foreignObject></svg>'],
  ['namespace-confusion', '<svg><title><style><img src=x onerror=alert(1)></style></title></svg>'],
  [
    'namespace-confusion',
    '<math><annotation-xml encoding="text/html"><style><img src=x onerror=alert(1)></style></annotation-xml></math>',
  ],
  ['namespace-confusion', '<math><annotation-xml><svg><style><img src=x onerror=alert(1)></style></svg></annotation-xml></math>'],
  ['namespace-confusion', '<math><mi><style><img src=x onerror=alert(1)></style></mi></math>'],
  ['namespace-confusion', '<svg></br><img src=x onerror=alert(1)></svg>'],
  ['namespace-confusion', '<svg><font color=red><img src=x onerror=alert(1)></font></svg>'],
  ['namespace-confusion', '<select><style><img src=x onerror=alert(1)></style></select>'],
  ['namespace-confusion', '<select><template><style><img src=x onerror=alert(1)></style></template></select>'],
  ['namespace-confusion', '<table><style><img src=x onerror=alert(1)></style></table>'],
  ['namespace-confusion', '<table><td><svg><style><img src=x onerror=alert(1)></style>'],
  ['namespace-confusion', '<svg><a><foreignObject><a><table><a></table><style><!--</style></svg><img src=x onerror=alert(1)>-->'],
  ['namespace-confusion', '<noscript><style></noscript><img src=x onerror=alert(1)>'],
  ['namespace-confusion', '<svg><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript></svg>'],
  ['namespace-confusion', '<math><style><img src=x onerror=alert(1)></style></math>'],
  ['styles', '<p style="color:red">chữ có style</p>', ['chữ có style'], 'p:not([style])'],
  ['styles', '<p STYLE=color:red>chữ STYLE</p>', ['chữ STYLE']],
  ['styles', '<div style="background:url({{EVIL}}/a.png)">nền</div>', ['nền']],
  ['styles', '<div style="width: expression(alert(1))">ie</div>', ['ie']],
  ['styles', '<div style="behavior: url(x.htc); -moz-binding: url(x.xml#x)">cũ</div>', ['cũ']],
  ['styles', "<style>@import '{{EVIL}}/a.css';</style><p>sau import</p>", ['sau import']],
  ['styles', '<style>p{background:url({{EVIL}}/b.png)}</style>'],
  ['styles', '<link rel="stylesheet" href="{{EVIL}}/c.css"><p>sau link</p>', ['sau link']],
  ['styles', '<svg><style>@import "{{EVIL}}/d.css"</style></svg>'],
  ['styles', '<p/style="color:red">gạch chéo</p>', ['gạch chéo']],
  ['styles', '<p\tstyle\t=\t"color:red">tab</p>', ['tab']],
  ['styles', '<p title="a"style="color:red">dính</p>', ['dính']],
  ['styles', '<span style=color:red>không ngoặc</span>', ['không ngoặc']],
  ['styles', '<font style="x" face="Arial">font</font>', ['font']],
  [
    'document-level',
    '<base href="{{EVIL}}/"><a href="tin.html">tin tương đối</a>',
    ['tin tương đối'],
    'a[href$="/endpoint/tin.html"]',
  ],
  ['document-level', '<base target="_top"><a href="tin.html">đích</a>', ['đích'], 'a:not([target])'],
  ['document-level', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['document-level', '<meta http-equiv="refresh" content="0;url={{EVIL}}/">'],
  ['document-level', `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">`],
  ['document-level', '<meta charset="utf-7"><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>'],
  ['document-level', '<html onload=alert(1)><body onload=alert(1)><p>thân</p></body></html>', ['thân']],
  ['document-level', '<head><script>alert(1)</script></head><p>đầu</p>', ['đầu']],
  ['document-level', '<frameset onload=alert(1)><frame src="javascript:alert(1)"></frameset>'],
  ['plugins-frames', '<object data="javascript:alert(1)"></object>'],
  [
    'plugins-frames',
    '<object data="{{EVIL}}/x.swf" type="application/x-shockwave-flash"><param name="movie" value="x"></object>',
  ],
  ['plugins-frames', '<embed src="javascript:alert(1)">'],
  ['plugins-frames', '<embed src="{{EVIL}}/x.svg" type="image/svg+xml">'],
  ['plugins-frames', '<applet code="x" codebase="javascript:alert(1)"></applet>'],
  ['plugins-frames', '<iframe src="javascript:alert(1)"></iframe>', ['Xem nội dung nhúng']],
  ['plugins-frames', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ['Xem nội dung nhúng']],
  [
    'plugins-frames',
    '<iframe src="{{EVIL}}/frame.html" onload="alert(1)" title="Bản đồ"></iframe>',
    ['Xem nội dung nhúng: Bản đồ'],
    'a[href$="/frame.html"]',
  ],
  ['plugins-frames', '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>', ['Xem nội dung nhúng']],
  ['plugins-frames', '<portal src="{{EVIL}}/"></portal><fencedframe></fencedframe>'],
  [
    'plugins-frames',
    '<a href="tin.html" ping="{{EVIL}}/ping" download="x.exe" target="_top">tải</a>',
    ['tải'],
    'a:not([ping]):not([download])',
  ],
  ['clobbering', '<img name="getElementById" src="photo.svg" alt="Ảnh">', [], 'img:not([name])'],
  ['clobbering', '<form id="location"><input name="href" value="javascript:alert(1)"></form>'],
  ['clobbering', '<a id="__xss" href="tin.html">neo</a><a id="__xss" name="x">hai</a>', ['neo', 'hai'], 'a:not([id])'],
  ['clobbering', '<img name="cookie" src="photo.svg" alt=""><form name="body"></form>'],
  ['clobbering', '<p id="defaultView">id</p><p name="attributes">name</p>', ['id', 'name']],
  ['clobbering', '<form><input name="attributes"><input name="nodeName"></form>'],
  ['clobbering', '<a id="__proto__" name="constructor">nguyên mẫu</a>', ['nguyên mẫu']],
  ['clobbering', '<object name="DOMPurify"></object><embed name="trustedTypes">'],
  ['forms-focus', '<input autofocus onfocus=alert(1)>'],
  ['forms-focus', '<button form=f formaction="javascript:alert(1)">nút</button><form id=f></form>', ['nút']],
  ['forms-focus', '<form action="javascript:alert(1)"><input type=submit></form>'],
  ['forms-focus', '<input type="image" src="x" onerror="alert(1)">'],
  ['forms-focus', '<details open ontoggle=alert(1)><summary>tóm tắt</summary>nội dung</details>', ['nội dung']],
  ['forms-focus', '<div popover id=p onbeforetoggle=alert(1)>p</div><button popovertarget=p>mở</button>'],
  ['forms-focus', '<p contenteditable autofocus onfocus=alert(1)>sửa</p>', ['sửa'], 'p:not([contenteditable])'],
  ['forms-focus', '<video><source onerror=alert(1)></video><audio src=x onerror=alert(1)></audio>'],
  ['forms-focus', '<marquee onstart=alert(1)>chạy</marquee>', ['chạy']],
  ['forms-focus', '<keygen autofocus onfocus=alert(1)><isindex action="javascript:alert(1)">'],
  ['svg-animation', '<svg onload=alert(1)><circle r=1></circle></svg>'],
  ['svg-animation', '<svg><animate onbegin=alert(1) attributeName=x dur=1s></animate></svg>'],
  ['svg-animation', '<svg><a><animate attributeName=href values="javascript:alert(1)"></animate><text y=20>x</text></a></svg>'],
  ['svg-animation', '<svg><set attributeName="onmouseover" to="alert(1)"></set></svg>'],
  [
    'svg-animation',
    '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=x onerror=alert(1) /></svg>#x"></use></svg>',
  ],
  ['svg-animation', '<svg><script href="data:,alert(1)"></script></svg>'],
  ['svg-animation', '<svg><image href="x" onerror="alert(1)"></image></svg>'],
  ['svg-animation', '<svg><discard onbegin=alert(1)></discard></svg>'],
  ['svg-animation', '<math href="javascript:alert(1)"><mi>x</mi></math>'],
  ['templates-shadow', '<template><img src=x onerror=alert(1)></template>'],
  ['templates-shadow', '<div><template shadowrootmode="open"><img src=x onerror=alert(1)></template></div>'],
  ['templates-shadow', '<template shadowrootmode="closed"><style>*{}</style></template><p>bóng</p>', ['bóng']],
  ['templates-shadow', '<template><template><style></template></template><img src=x onerror=alert(1)>'],
  ['templates-shadow', '<slot name=x onslotchange=alert(1)></slot><p is="x-y">is</p><p>sau slot</p>', ['sau slot']],
  ['encoding', '<p>&lt;img src=x onerror=alert(1)&gt;</p>', ['<img src=x onerror=alert(1)>']],
  ['encoding', '<p>Giá trị &quot;onclick&quot; và style= trong văn bản</p>', ['Giá trị "onclick" và style= trong văn bản']],
  ['encoding', '<p>Một style mới, on the road, /one /style "only"</p>', ['Một style mới, on the road, /one /style "only"']],
  ['encoding', '<p title="on top style">ghi chú</p>', ['ghi chú'], 'p[title="on top style"]'],
  ['encoding', '<p>\uFDD0 ký tự \uFDD0lạ</p>', ['ký tự lạ']],
  ['encoding', '\uFEFF<img src=x onerror=alert(1)>'],
  ['encoding', '<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>'],
  ['encoding', '<img src=x onerror=\\u0061lert(1)>'],
  ['encoding', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['encoding', '<img src=x onerror=alert(1)//'],
  ['encoding', '<img src="x" onerror="alert(1)"'],
  ['encoding', '<a href="tin.html">chữ hỏng <b>đậm <i>nghiêng</a>', ['chữ hỏng', 'đậm', 'nghiêng'], 'a b i'],
];

const rows: Row[] = [...handwritten, ...handlerRows(), ...urlRows()];

export const BODY_VECTORS: BodyVector[] = rows.map(([vectorClass, payload, shows, keeps], index) => ({
  id: index + 1,
  class: vectorClass,
  payload,
  ...(shows?.length && { shows }),
  ...(keeps && { keeps }),
}));
