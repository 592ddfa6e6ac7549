// Plain-text helpers for fields that may carry HTML markup or entities.
// They never build DOM from the input: the result is bound as text.

// No prototype: `&constructor;` or `&toString;` in a title must stay as written.
const NAMED: Record<string, string> = {
  __proto__: null as never,
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  euro: '€',
  sbquo: '‚',
  bdquo: '„',
  prime: '′',
  shy: '\u00ad',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '\u200d',
  zwnj: '\u200c',
};

/** Decodes numeric and common named character references. Unknown ones stay as written. */
export function decodeEntities(input: string): string {
  if (!input.includes('&')) return input;
  return input.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Turns an HTML fragment into readable plain text: drops script/style
 * contents, comments and tags, decodes entities, folds white space.
 */
export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    // Raw text and inert content only. SVG and MathML text is text a person
    // sees; an unclosed or self-closed <svg/> must not swallow what follows.
    .replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?(p|div|br|li|h[1-6]|tr|blockquote|figure|figcaption)\b[^>]*(>|$)/gi, ' ')
    .replace(/<\/?[a-zA-Z!?][^>]*(>|$)/g, '');
  return cleanText(decodeEntities(withoutTags));
}

/** Normalises to NFC and folds runs of white space. */
export function cleanText(text: string): string {
  text = text.normalize('NFC');
  // Most titles have single spaces only: testing is cheaper than replacing.
  return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
