// Size budget of the drop-in file, checked by `npm run size` (part of `npm run build`):
// brotli, as a CDN serves it, 1 KB read strictly as 1,000 bytes. Every chunk beside
// the entry gets a line of its own, so a new lazy chunk shows up without a change here.
import { readdirSync } from 'node:fs';

const chunks = readdirSync(new URL('./dist/', import.meta.url))
  .filter((name) => /^portal-widgets-.+\.js$/.test(name))
  .sort();
const chunk = (kind) => {
  const name = chunks.find((file) => file.startsWith(`portal-widgets-${kind}-`));
  if (!name) throw new Error(`dist/ has no ${kind} chunk: the build no longer splits it from the entry`);
  return `dist/${name}`;
};

// Limits are the measured size plus a margin of about 5 %: a change that grows a file
// by more than that has to say why here, and no code is written to save bytes.
export default [
  // All four elements; a page with one <news-list> on a JSON Feed loads this file alone (bench/SIZES.md
  // measures a file per element and an entry that loads on sight, and why neither pays yet). Keeping the
  // page's reserved room, clamped titles and image widths are about 500 B of it. Raised from 23,600 B by the
  // fast paths of the JSON readers (dates, URLs, bounds: bench/READ-SPEED.md), the page's language at take-over
  // and the lead photo requested as soon as the article is read.
  { name: 'dist/portal-widgets.js, the drop-in entry', path: 'dist/portal-widgets.js', limit: '24000 B' },
  // The same with Lit's hydration support, for pages with server-rendered elements (its chunks are dist/'s).
  // Raised from 25,100 B with the drop-in entry (the early lead photo, the page's language at take-over).
  { name: 'dist/ssr/portal-widgets.js, the drop-in entry that hydrates', path: 'dist/ssr/portal-widgets.js', limit: '26000 B' },
  ...chunks.map((name) => ({ name: `dist/${name}, loaded on demand`, path: `dist/${name}` })),
  // The reader of dates in shapes other than ISO 8601, with its month and day names in seven languages.
  // Raised from 3000 B: RFC 822 as RSS writes it (`Sun, 30 Nov 2026 12:00:00 +0700`) is read at once,
  // without the general steps, which took a tenth of the time of reading an RSS feed (bench/READ-SPEED.md).
  { name: 'the date reader chunk', path: chunk('date-reader'), limit: '3200 B' },
  {
    // The RSS/Atom chunk imports the date reader: a feed page loads both.
    name: 'a page that reads RSS or Atom: the entry, the RSS/Atom chunk and the date reader',
    path: ['dist/portal-widgets.js', chunk('rss-atom'), chunk('date-reader')],
    // Raised from 32,800 B with the entry.
    limit: '33200 B',
  },
  {
    name: 'a page that shows an article body: the entry, the full article chunk and the sanitiser chunk',
    path: ['dist/portal-widgets.js', chunk('article-full'), chunk('sanitize')],
    limit: '38200 B',
  },
];
