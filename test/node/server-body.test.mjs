// The body of `<article-card variant="full">`, rendered on the server (jsdom,
// the optional peer, is a devDependency here): sanitised as the browser
// sanitises it, inside the element's declarative shadow root.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderElement } from '../../lib/server/index.js';

// From test/hardening/body-vectors.ts: handlers, quoting, comments, raw text, URL schemes.
const VECTORS = [
  '<img src=x onerror=alert(1)>',
  '<p title="x" onclick="alert(1)">bấm</p>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<svg></p><title><a id="</title><img src=x onerror=alert()>"></textarea></svg>',
  '<a href="javascript:alert(1)">liên kết 0</a>',
  '<a href="java&#x09;script:alert(1)">liên kết 1</a>',
  '<a href="tin.html" formaction="javascript:alert(2)">tin 2</a>',
  '<script>alert(1)</script>',
];

const BODY = `<p>Đoạn mở đầu của bài.</p>${VECTORS.join('\n')}<p>Đoạn cuối của bài.</p>`;

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin',
  items: [{ id: '1', title: 'Bài viết', url: 'https://tin.example/bai.html', content_html: BODY }],
};

const fetchFeed = async () => new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json' } });

describe('server rendering: the full article body', () => {
  it('holds the sanitised body inside the shadow root, with nothing that runs', async () => {
    const { html } = await renderElement(
      'article-card',
      { src: 'https://tin.example/feed.json', variant: 'full' },
      { fetch: fetchFeed },
    );
    const root = html.slice(html.indexOf('<template'), html.lastIndexOf('</template>'));
    const body = root.slice(root.indexOf('<div class="body" part="body">'));
    assert.match(body, /^<div class="body" part="body"><p>Đoạn mở đầu của bài\.<\/p>/);
    assert.match(body, /<p>Đoạn cuối của bài\.<\/p>/);
    assert.match(body, /<a>liên kết 0<\/a>/);
    assert.match(body, /<a href="https:\/\/tin\.example\/tin\.html">tin 2<\/a>/);
    const outsideState = html.replace(/<script type="application\/json" data-portal-state>.*?<\/script>/s, '');
    assert.doesNotMatch(outsideState, /<script/i);
    assert.doesNotMatch(root, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(root, /javascript:/i);
  });

  it('keeps an allowed embed in a box whose ratio needs no style attribute', async () => {
    const article = {
      ...feed,
      items: [
        {
          ...feed.items[0],
          content_html:
            '<p><iframe width="560" height="315" src="https://video.example/embed/1" onload="alert(1)" style="width:9px"></iframe></p>' +
            '<iframe src="https://video.example/embed/2"></iframe><iframe width="2003" height="1000" src="https://video.example/embed/3"></iframe>',
        },
      ],
    };
    const { html } = await renderElement(
      'article-card',
      { src: 'https://tin.example/feed.json', variant: 'full', 'embed-origins': 'https://video.example' },
      { fetch: async () => new Response(JSON.stringify(article)) },
    );
    const root = html.slice(html.indexOf('<template'), html.lastIndexOf('</template>'));
    // The ratio is the natural size of a canvas: 560 × 315 is 16 / 9, no size is 16 / 9, 2003 × 1000 (no common divisor) scaled to sides of 1000 at most.
    const sizers = [
      ...root.matchAll(/<span class="embed"><canvas width="(\d+)" height="(\d+)" aria-hidden="true"><\/canvas><iframe /g),
    ];
    assert.deepEqual(
      sizers.map(([, width, height]) => [Number(width), Number(height)]),
      [
        [16, 9],
        [16, 9],
        [1000, 499],
      ],
    );
    assert.doesNotMatch(root, /\sstyle\s*=/i);
    assert.doesNotMatch(root, /\son[a-z]+\s*=/i);
  });
});
