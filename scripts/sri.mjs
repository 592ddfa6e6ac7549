// Subresource Integrity for the drop-in file: writes dist/portal-widgets.js.sri
// (`sha384-…`). Run by `npm run build` after rollup. The README's pinned CDN
// snippet, which carries the same hash and those of the chunks, is written by
// `npm run docs`.

import { writeFile } from 'node:fs/promises';
import { ENTRY, integrityOf } from './readme/generated.mjs';

await writeFile(new URL(`../dist/${ENTRY}.sri`, import.meta.url), `${await integrityOf(ENTRY)}\n`);
