import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { apiMiddleware } from './demo/api.mjs';
import { recordedWordPress } from './scripts/wordpress/replay.mjs';
import { renderService, serverRenderedPages } from './test/server/pages.mjs';

/** Resolves when the browser closes the request, or after a minute (a held request does not outlive its test). */
const held = (context) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 60_000);
    context.res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Background tabs stall Chromium's timers and axe checks: one page at a time.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    // The demo's embedded portal API, so the embed builder's snippet can be tried from another origin.
    apiMiddleware,
    // Lets pages of another origin (127.0.0.1 vs localhost) load the drop-in file and test data, as a CDN would.
    function cors(context, next) {
      context.set('Access-Control-Allow-Origin', '*');
      return next();
    },
    // A real WordPress as recorded by scripts/wordpress/record.sh, with its own headers, under /wordpress/.
    recordedWordPress,
    // Real captures exactly as saved (`?bytes`): the dev server would otherwise read a
    // Latin-1 file as UTF-8 on its way through the plugins, replacing its accents.
    async function fixtureBytes(context, next) {
      if (!('bytes' in context.query) || !/^\/test\/fixtures\/real\/[\w.-]+$/.test(context.path)) return next();
      context.body = await readFile(new URL(`.${context.path}`, import.meta.url));
      context.type = 'application/octet-stream';
    },
    // Pages built from server-rendered blocks (lib/server), under a strict policy: test/server/;
    // and the render service at /embed/, for the demo's embed builder.
    serverRenderedPages,
    renderService,
    // A feed that moved: `/moved/feed.json` answers 302 to `/moved/to/news/feed.json`, whose items' relative
    // links resolve against where it was served from (test/load/load.test.ts).
    function movedFeed(context, next) {
      if (context.path === '/moved/feed.json') {
        context.redirect('/moved/to/news/feed.json');
        return undefined;
      }
      if (context.path !== '/moved/to/news/feed.json') return next();
      context.type = 'application/feed+json';
      context.body = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Tin',
        items: [{ id: '1', url: 'tin-1.html', title: 'Tin một', image: 'anh/1.jpg' }],
      });
      return undefined;
    },
    // Serves the strict host page of test/hardening with the Content-Security-Policy
    // the test asks for, as a header, the way a portal's web server would send it.
    function strictHostPolicy(context, next) {
      const policy = context.query.csp;
      if (context.path === '/test/hardening/strict-host.html' && typeof policy === 'string' && !/[\r\n]/.test(policy)) {
        context.set('Content-Security-Policy', policy);
        context.set('Cache-Control', 'no-store');
      }
      return next();
    },
    // An endpoint that never answers (`/held/…`): the request is held until the page gives up on it.
    async function heldResponse(context, next) {
      if (!context.path.startsWith('/held/')) return next();
      await held(context);
      context.status = 504;
      return undefined;
    },
    // A site's own copy of dist/ under /self-hosted/: `whole` has every file,
    // `entry-only` only portal-widgets.js (the lazily loaded chunks left behind),
    // `no-NAME` every file but the chunk `portal-widgets-NAME-….js`, `held-NAME`
    // every file, that chunk's request never answered.
    async function selfHostedCopy(context, next) {
      const match = /^\/self-hosted\/(whole|entry-only|no-([\w-]+)|held-([\w-]+))\/([\w.-]+\.js)$/.exec(context.path);
      if (!match) return next();
      const [, copy, leftBehind, heldChunk, file] = match;
      if (heldChunk && file.startsWith(`portal-widgets-${heldChunk}-`)) {
        await held(context);
        context.status = 504;
        return undefined;
      }
      if (
        (copy === 'entry-only' && file !== 'portal-widgets.js') ||
        (leftBehind && file.startsWith(`portal-widgets-${leftBehind}-`))
      ) {
        context.status = 404;
        return undefined;
      }
      context.url = `/dist/${file}`;
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: chromiumFlags,
      },
    }),
  ],
};
