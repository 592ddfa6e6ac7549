#!/usr/bin/env node
// portal-widgets snapshot <element> <src> [name=value…] [--script URL] [--lang L]
// portal-widgets serve [--port N] [--allow-origin URL…] [--max-age S] …
// portal-widgets csp
//
// Server rendering of the elements (lib/server/): the embed code of one
// element, printed for a CMS template or a build step; the render service a
// web server or CDN includes fragments from; the CSP sources of their styles.
import { readFile } from 'node:fs/promises';

const USAGE = `Usage: portal-widgets snapshot <element> <src> [name=value…] [--script URL] [--lang L]
       portal-widgets serve [--port N] [--host H] [--allow-origin URL…] [--max-age S]
                            [--error-max-age S] [--timeout S] [--max-bytes N] [--max-fetches N]
                            [--accept-language]
       portal-widgets csp

snapshot    prints the script tag and the element rendered here, with its shadow
            DOM (declarative) and its data: readable without JavaScript, taken
            over by the script without a visible change.
  <element>   news-list, related-articles, website-links or article-card
  <src>       the endpoint (http or https URL), a file: URL or a local path
  name=value  the element's attributes (layout=cards limit=5 lang=en …);
              src=URL writes that URL in the snippet when <src> is a local copy
  --script    the URL of ssr/portal-widgets.js (default: jsDelivr, this version)
  --lang      the language of the page it goes in (en, vi; default vi), for an
              element without lang=: it takes over in it, then follows its page

serve       answers GET /embed/<element>?src=<url>&<attribute>=<value>… with the
            element's HTML (Cache-Control: max-age, ETag, 304), and GET /health.
  --port            default $PORT, else 8080 (on --host, default 127.0.0.1)
  --allow-origin    an origin sources may come from (repeat it); without one, any
                    public address. Private and loopback addresses only when listed.
  --max-age         seconds a cache may keep a fragment (default 300)
  --error-max-age   the same for a fragment showing an error (default 10)
  --timeout, --max-bytes, --max-fetches   per source fetch: 10 s, 5 MB, 8 at once
  --accept-language a fragment without lang= in the request's Accept-Language
                    (its first en or vi; Vary: Accept-Language); default vi

csp         prints the style-src sources the rendered shadow roots' styles need.

Rendering needs the optional peer dependencies: npm install @lit-labs/ssr @xmldom/xmldom`;

const fail = (message) => {
  process.stderr.write(`portal-widgets: ${message}\n`);
  process.exit(1);
};

const [command, ...args] = process.argv.slice(2);
if (command === '--help' || command === '-h') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!['snapshot', 'serve', 'csp'].includes(command)) fail(`unknown command ${command ? `"${command}"` : '(none)'}\n\n${USAGE}`);

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
try {
  await import('../lib/server/index.js');
} catch (error) {
  // The optional peer dependencies: an app that only shows the elements does not install them.
  // jsdom is not needed to render (without it, a full article's body is its text alone until the browser takes over).
  const peers = Object.entries(pkg.peerDependencies).filter(([name]) => name !== 'jsdom');
  if (error.code !== 'ERR_MODULE_NOT_FOUND' || !peers.some(([name]) => error.message.includes(`'${name}`))) throw error;
  fail(
    `${command} needs ${peers.map(([name]) => name).join(' and ')}, not installed with the elements: npm install ${peers.map(([name, range]) => `${name}@"${range}"`).join(' ')}`,
  );
}
const { UsageError, cspCommand, serveCommand, snapshotCommand } = await import('../lib/server/cli.js');

try {
  if (command === 'snapshot') {
    const script = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/ssr/portal-widgets.js`;
    process.stdout.write(await snapshotCommand(args, script));
  } else if (command === 'csp') {
    process.stdout.write(cspCommand());
  } else {
    const service = await serveCommand(args);
    const stop = () => service.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  }
} catch (error) {
  if (error instanceof UsageError || error.code?.startsWith?.('ERR_PARSE_ARGS')) fail(`${error.message}\n\n${USAGE}`);
  fail(error.message);
}
