// Server rendering where the optional peer jsdom is not installed: a copy of
// the package (lib/, bin/, package.json) in a folder whose node_modules holds
// every package of this project but jsdom, so that `import('jsdom')` fails as
// it fails in an app that did not install it (ERR_MODULE_NOT_FOUND). The
// element renders; the full article's body is its text alone, which the
// browser replaces with the sanitised body; the command says what to install.
// Needs `npm run build` (it copies lib/).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

const BODY =
  '<p>Đoạn <b>mở đầu</b> &amp; tiếp.</p><p><a href="https://tin.example/khac">Liên kết</a></p><img src=x onerror=alert(1)>';
const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin',
  items: [{ id: '1', title: 'Bài viết đầy đủ', url: 'https://tin.example/bai.html', content_html: BODY }],
};

let folder;
let app;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'portal-widgets-no-jsdom-'));
  app = join(folder, 'app');
  const modules = join(app, 'node_modules');
  await mkdir(modules, { recursive: true });
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (name === 'jsdom' || name.startsWith('.')) continue;
    await symlink(join(root, 'node_modules', name), join(modules, name));
  }
  // A copy, not a link: a link would resolve jsdom from this project's node_modules.
  const own = join(modules, 'portal-widgets');
  for (const part of ['lib', 'bin', 'package.json']) await cp(join(root, part), join(own, part), { recursive: true });
  await writeFile(join(app, 'feed.json'), JSON.stringify(FEED));
  await writeFile(
    join(app, 'render.mjs'),
    `import { readFile } from 'node:fs/promises';
let jsdom = 'resolves';
try { import.meta.resolve('jsdom'); } catch (error) { jsdom = error.code; }
const { renderElement } = await import('portal-widgets/server');
const feed = await readFile(new URL('feed.json', import.meta.url), 'utf8');
const { html, state } = await renderElement(
  'article-card',
  { src: 'https://tin.example/feed.json', variant: 'full' },
  { fetch: async () => new Response(feed, { headers: { 'Content-Type': 'application/feed+json' } }) },
);
process.stdout.write(JSON.stringify({ jsdom, html, error: state.error ?? null }));
`,
  );
});

after(() => rm(folder, { recursive: true, force: true }));

/** The shadow root of the element, and its body's place, without Lit's markers. */
function parts(html) {
  const plain = html.replace(/<!--[^]*?-->/g, '');
  const root = plain.slice(plain.indexOf('<template'), plain.lastIndexOf('</template>'));
  return { root, body: root.match(/<div class="body" part="body">([^]*?)<\/div>/)?.[1] };
}

describe('server rendering without jsdom', () => {
  it('renders the full article, with the text of its body alone, and nothing of the body that runs or links', async () => {
    const { stdout } = await run(process.execPath, ['render.mjs'], { cwd: app });
    const { jsdom, html, error } = JSON.parse(stdout);
    // jsdom is missing as it is in an app that did not install it.
    assert.equal(jsdom, 'ERR_MODULE_NOT_FOUND');
    assert.equal(error, null);
    const { root, body } = parts(html);
    assert.match(root, /<h2 class="title" part="heading title">Bài viết đầy đủ<\/h2>/);
    assert.match(root, /part="button print"/);
    assert.equal(body, '<p>Đoạn mở đầu &amp; tiếp. Liên kết</p>');
    // The browser gets the body's HTML in the state, to sanitise and show in full.
    assert.match(html, /"contentHtml":"\\u003cp>Đoạn \\u003cb>mở đầu\\u003c\/b>/);
  });

  it('portal-widgets snapshot prints the element, and says once on stderr what to install for the body', async () => {
    const bin = join(app, 'node_modules/portal-widgets/bin/portal-widgets.mjs');
    const { stdout, stderr } = await run(process.execPath, [bin, 'snapshot', 'article-card', 'feed.json', 'variant=full'], {
      cwd: app,
    });
    assert.equal(
      stderr,
      'portal-widgets snapshot: the body of <article-card variant="full"> is server-rendered as its text alone (the browser shows it in full): install the optional peer jsdom to render it as the browser does\n',
    );
    assert.equal(parts(stdout).body, '<p>Đoạn mở đầu &amp; tiếp. Liên kết</p>');
  });
});
