#!/usr/bin/env node
// portal-widgets snapshot <element> <src> [name=value…] [--script URL]
//
// Prints embed code for a CMS template or a build step: the element's
// reservation CSS, the script, and the element with its source's current
// items inside as plain HTML, for crawlers, readers without JavaScript and
// the moment before the script runs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: portal-widgets snapshot <element> <src> [name=value…] [--script URL]

  <element>   news-list, related-articles, website-links or article-card
  <src>       the endpoint (http or https URL), a file: URL or a local path
  name=value  the element's attributes (layout=cards limit=5 lang=en …);
              src=URL writes that URL in the snippet when <src> is a local copy
  --script    the URL of portal-widgets.js (default: jsDelivr, this version)

Prints the snippet: the reservation CSS, the script, and the element with
its current items inside as plain links, shown until the element renders.`;

const fail = (message) => {
  process.stderr.write(`portal-widgets: ${message}\n`);
  process.exit(1);
};

/** The command line, read by `parseArgs`: `--script URL` (or `--script=URL`) anywhere, the rest in order. */
function readArguments() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: { help: { type: 'boolean', short: 'h' }, script: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    // An unknown option, or `--script` without its URL.
    return fail(error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? '--script needs a URL' : `${error.message}\n\n${USAGE}`);
  }
}

const { values, positionals } = readArguments();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [command, tag, src, ...pairs] = positionals;
if (command !== 'snapshot') fail(`unknown command ${command ? `"${command}"` : '(none)'}\n\n${USAGE}`);
if (!tag || !src) fail(`snapshot needs an element and a src\n\n${USAGE}`);

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const script = values.script ?? `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/portal-widgets.js`;
const attributes = pairs.map((arg) => {
  const match = /^([a-z][a-z0-9-]*)=(.*)$/s.exec(arg);
  if (!match) fail(`"${arg}" is not an attribute (name=value)`);
  return [match[1], match[2]];
});

// A URL as it is (a Windows drive letter is a path); anything else is a path from here.
let from;
try {
  from = /^[a-z][a-z0-9+.-]+:/i.test(src) ? new URL(src) : pathToFileURL(src);
} catch {
  fail(`"${src}" is not a valid URL or path`);
}
if (!['http:', 'https:', 'file:'].includes(from.protocol)) fail(`"${src}": only http, https and file URLs can be read`);

// What the command needs beyond the elements is the package's optional peer dependencies
// (package.json), which npm does not install for the browser projects that use the elements only.
const missing = Object.keys(pkg.peerDependencies ?? {}).filter((name) => {
  try {
    import.meta.resolve(name);
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  const install = missing.map((name) => `${name}@"${pkg.peerDependencies[name]}"`).join(' ');
  fail(`snapshot needs ${missing.join(', ')}, not installed with the elements: npm install ${install}`);
}
// Node has no DOMParser, which the RSS/Atom reader uses: jsdom's parses XML as browsers
// do (namespaces, CDATA sections, `xml:base`, selectors matching any namespace).
if (typeof DOMParser === 'undefined') {
  const { JSDOM } = await import('jsdom');
  globalThis.DOMParser = new JSDOM('').window.DOMParser;
}
// The snippet names <src> unless the attributes name the public URL (`src=`, or `article-src=`
// for related articles): then <src> is a local copy of it, read in its place.
const named = attributes.find(([name]) => name === 'src' || name === 'article-src');
if (!named) attributes.unshift(['src', from.protocol === 'file:' ? from.href : src]);
const copies = new Map();
if (named) {
  try {
    copies.set(new URL(named[1]).href, from);
  } catch {
    fail(`${named[0]}="${named[1]}" is not an absolute URL`);
  }
}

// fetch() of file: URLs and of the URL <src> is a copy of, for build steps that have the document on disk.
const nodeFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const requested = new URL(input instanceof Request ? input.url : String(input));
  const url = copies.get(requested.href) ?? requested;
  if (url.protocol !== 'file:') return nodeFetch(url, init);
  try {
    return new Response(await readFile(fileURLToPath(url)));
  } catch (error) {
    return new Response(null, { status: 404, statusText: error.code === 'ENOENT' ? 'No such file' : error.message });
  }
};

const { snapshot } = await import('../lib/snapshot/snapshot.js');
try {
  process.stdout.write(await snapshot(tag, attributes, script, { base: from.href }));
} catch (error) {
  fail(`${error.message}${error.url ? ` (${error.url})` : ''}`);
}
