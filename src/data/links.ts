// The links document of `<website-links>` (CONTRACT §4.5):
// {"title": "Liên kết website", "links": [{"name", "url", "logo"?, "group"?}]}

import { safeUrl } from '../core/safe-url.js';
import type { Link, LinkList } from './model.js';
import { adapt, at, fail, fields, optional, plain, required, str, type Context } from './validate.js';

export function parseLinks(doc: unknown, url: string): LinkList {
  return adapt(url, (ctx) => {
    const source = fields(doc, '');
    if (!Array.isArray(source.links)) fail('links', 'expected an array');
    return {
      title: plain(optional(ctx, () => str(source, 'title', ''))),
      links: required(ctx, source.links as unknown[], 'links', (entry, path) => link(ctx, entry, path)),
      problems: ctx.problems,
    };
  });
}

function link(ctx: Context, value: unknown, path: string): Link {
  const entry = fields(value, path);
  const name = plain(str(entry, 'name', path)) ?? fail(at(path, 'name'), 'missing');
  const href = str(entry, 'url', path) ?? fail(at(path, 'url'), 'missing');
  return {
    name,
    // A link is nothing without its name and target, so an unsafe one drops
    // the entry; a bad logo or group only drops the picture or the grouping.
    url: safeUrl(href, ctx.url) ?? fail(at(path, 'url'), 'not an http(s), mailto or tel URL'),
    logo: safeUrl(
      optional(ctx, () => str(entry, 'logo', path)),
      ctx.url,
    ),
    group: plain(optional(ctx, () => str(entry, 'group', path))),
  };
}
