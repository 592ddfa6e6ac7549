// `node render-without-jsdom.mjs '[tag, attributes, options]'`: prints the
// HTML lib/server renders for one element in an app that did not install the
// optional peer jsdom. Its import fails here as it fails there
// (ERR_MODULE_NOT_FOUND), so the body of a full article is its text alone.
// Run by pages.mjs in a process of its own: the hook hides jsdom from this
// process only. Needs `npm run build` (it imports lib/).
import { register } from 'node:module';

const hideJsdom = `export async function resolve(specifier, context, next) {
  if (specifier !== 'jsdom' && !specifier.startsWith('jsdom/')) return next(specifier, context);
  const error = new Error("Cannot find package 'jsdom' imported from " + context.parentURL);
  error.code = 'ERR_MODULE_NOT_FOUND';
  throw error;
}`;
register(`data:text/javascript,${encodeURIComponent(hideJsdom)}`);

const [tag, attributes, options] = JSON.parse(process.argv[2]);
const { renderElement } = await import('../../lib/server/index.js');
const { rendersBodies } = await import('../../lib/server/render.js');
if (await rendersBodies()) throw new Error('jsdom is still found: the body would be rendered in full');
const { html } = await renderElement(tag, attributes, options);
process.stdout.write(html);
