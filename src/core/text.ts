// Plain-text helpers for fields that may carry HTML markup or character
// references. They never build DOM from the input: the result is bound as text.

/**
 * Reads one character reference as the HTML parser does (`&ocirc;` → `ô`,
 * `&copy2024` → `©2024`, `&#147;` → `“`), or `undefined` when it cannot. Plugged in by
 * the environment: the browser's parser (see `data/entities.ts`), or a reader
 * a server provides. Without one, only numeric references and the five XML
 * names are read.
 */
export type EntityDecoder = (reference: string) => string | undefined;

let namedReference: EntityDecoder | undefined;

/** Sets the reader of named references (`&ocirc;`, `&hellip;`…) used by `decodeEntities`. */
export const useEntityDecoder = (decoder: EntityDecoder | undefined): void => {
  namedReference = decoder;
  known.clear();
};

const XML_NAMES: Record<string, string> = { __proto__: null as never, amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The character of a numeric reference, as the HTML parser reads it: nothing
 * valid is `U+FFFD`. Code points 0x80–0x9F mean their windows-1252 character
 * (`&#147;` is `“`), which the plugged-in decoder knows.
 */
function numericReference(reference: string, digits: string, radix: number): string {
  const code = parseInt(digits, radix);
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  const windows1252 = code >= 0x80 && code <= 0x9f ? namedReference?.(reference) : undefined;
  return windows1252 ?? String.fromCodePoint(code);
}

/** Named references read so far, each as written (`&ocirc;`) → its text. Bounded: past that, each is read again. */
const known = new Map<string, string>();
const KNOWN_MAX = 2000;

/**
 * The text of one named reference. One written with its `;` whose whole name
 * HTML does not have stays as written (`&notit;`, not `¬it;`): it names
 * something unknown, not a shorter name followed by text.
 */
function namedText(reference: string): string {
  const name = reference.slice(1).replace(/;$/, '');
  // HTML reads `&amp`, `&lt`, `&gt` and `&quot` without their `;` too, not `&apos`.
  if (XML_NAMES[name] && (reference.endsWith(';') || name !== 'apos')) return XML_NAMES[name];
  let text = known.get(reference);
  if (text === undefined) {
    const read = namedReference?.(reference) ?? reference;
    text = reference.endsWith(';') && read.endsWith(';') ? reference : read;
    if (known.size < KNOWN_MAX) known.set(reference, text);
  }
  return text;
}

const REFERENCE = /&(?:#[xX]([\da-fA-F]+);?|#(\d+);?|[A-Za-z][A-Za-z\d]*;?)/g;

/**
 * Decodes every character reference in `input` as the HTML parser does
 * (`Th&ocirc;ng b&aacute;o` → `Thông báo`, `&#7897;` → `ộ`); a name HTML
 * does not have stays as written. The one decoder of the library.
 */
export function decodeEntities(input: string): string {
  if (!input.includes('&')) return input;
  return input.replace(REFERENCE, (whole, hex?: string, decimal?: string) => {
    if (hex) return numericReference(whole, hex, 16);
    if (decimal) return numericReference(whole, decimal, 10);
    return namedText(whole);
  });
}

/**
 * Removes what a reader does not see from an HTML fragment: comments, raw
 * text and inert elements with their content, and tags (block boundaries and
 * line breaks become spaces). A `<` that does not start a tag (`a < b`) stays.
 * Character references are left for `decodeEntities`.
 */
export function stripMarkup(html: string): string {
  // Every tag, comment and element below starts with `<`.
  if (!html.includes('<')) return html;
  return (
    html
      .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
      // Raw text and inert content only. SVG and MathML text is text a person
      // sees; an unclosed or self-closed <svg/> must not swallow what follows.
      .replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
      .replace(/<\/?(p|div|br|li|h[1-6]|tr|blockquote|figure|figcaption)\b[^>]*(>|$)/gi, ' ')
      .replace(/<\/?[a-zA-Z!?][^>]*(>|$)/g, '')
  );
}

/**
 * Turns an HTML fragment into readable plain text: drops script/style
 * contents, comments and tags, decodes entities, folds white space.
 */
export function htmlToText(html: string): string {
  return cleanText(decodeEntities(stripMarkup(html)));
}

/** Elements an editor puts in a title (`93m<sup>2</sup>`, `<b>quan trọng</b>`). */
const TITLE_MARKUP = new Set(
  'abbr b bdi bdo big br cite code del dfn em font i ins kbd mark p q s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);

/** The attributes editors give that markup, if any: `class`, `style`, `lang`, `dir`, `title`. */
const EDITOR_ATTRIBUTES = /^(?:\s+(?:class|style|lang|dir|title)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))*\s*\/?$/i;

/**
 * True when text is HTML rather than text about HTML, as feedparser decides:
 * it closes an element (`</sup>`), and every tag in it is one of the elements
 * editors use in a line of text, with no attribute but those editors give.
 * `a < b`, `Die Rückkehr von <i> und <b>`, `<script>…</script>` and
 * `<a href="…">…</a>` are text.
 */
export function looksLikeHtml(text: string): boolean {
  if (!/<\/[A-Za-z][\w-]*\s*>/.test(text)) return false;
  const tags = text.matchAll(/<\/?([A-Za-z][\w-]*)([^<>]*)>/g);
  return [...tags].every(([, name, attributes]) => TITLE_MARKUP.has(name.toLowerCase()) && EDITOR_ATTRIBUTES.test(attributes));
}

/**
 * A title or name as text a reader sees: references decoded once, and markup
 * an editor left in it (CDATA or escaped) reduced to its text when it looks
 * like HTML (see `looksLikeHtml`). NFC, white space folded.
 */
export function titleText(text: string): string {
  const decoded = decodeEntities(text);
  return cleanText(looksLikeHtml(decoded) ? stripMarkup(decoded) : decoded);
}

/**
 * Characters outside Latin (U+0000–U+02FF), Latin Extended Additional
 * (U+1E00–U+1EFF, precomposed Vietnamese) and the dashes, quotes, bullets and
 * ellipsis of General Punctuation (U+2010–U+2027, which editors and WordPress
 * put in titles): text without any is in NFC already, alone and side by side,
 * so the costly `normalize` is skipped.
 */
const MAYBE_NOT_NFC = /[^\0-\u02ff\u1e00-\u1eff\u2010-\u2027]/;

/**
 * What may be white space to fold in such text, but the space and the
 * no-break space: `\s` there is these, the space and U+00A0, which are cheaper
 * to look for one by one. All C0 controls are looked for, not only
 * U+0009–U+000D: V8 finds a range from U+0000 faster, and folding text whose
 * only control is not white space changes nothing.
 */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const MAYBE_FOLDED = /[\0-\x1f]/;
/**
 * A space followed by white space (`/ \s/` for such text), written out: V8
 * finds it in about half the time (with the `u` flag, which changes nothing
 * for these characters).
 */
const SPACE_AND_SPACE = / [ \t-\r\u00a0]/u;

/** What `\s+` replaced by a space changes: runs of white space, and white space other than a space (a lone space stays as it is). */
const WHITE_SPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/**
 * Normalises to NFC and folds runs of white space. The ends go first: white
 * space there (the line break after an excerpt's `</p>`) is all most text
 * has to fold, and NFC neither makes nor takes white space.
 */
export function cleanText(text: string): string {
  let clean = text.trim();
  let fold: boolean;
  if (MAYBE_NOT_NFC.test(clean)) {
    clean = clean.normalize('NFC');
    fold = /\s\s|[^\S ]/.test(clean);
  } else {
    fold = MAYBE_FOLDED.test(clean) || clean.includes('\u00a0') || SPACE_AND_SPACE.test(clean);
  }
  // Most titles have single spaces only: testing is cheaper than replacing.
  return fold ? clean.replace(WHITE_SPACE_TO_FOLD, ' ').trim() : clean;
}
