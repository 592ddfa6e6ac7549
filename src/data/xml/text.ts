// Characters and references in the text of a document being repaired: what
// XML forbids goes, references are read (HTML's names too), a bare `&` is
// text.

import { decodeEntities } from '../../core/text.js';

/** Records one kind of repair, with an example. */
export type Note = (reason: string, example?: string, structural?: boolean) => void;

/** Characters XML 1.0 forbids anywhere, even as references: C0 controls but tab and line ends, lone surrogates, U+FFFE/F. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const PREDEFINED: Record<string, string> = { __proto__: null as never, amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const REFERENCE = /&(?:(#\d+|#x[\da-f]+|[A-Za-z][\w.-]*);)?/gi;

const allowedCode = (code: number) =>
  code === 9 ||
  code === 10 ||
  code === 13 ||
  (code >= 32 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** A character that may be forbidden: a quick scan before the exact one, which most documents need not run. */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const MAYBE_FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** `input` without the characters XML forbids, the first of them noted. */
export function withoutForbidden(input: string, note: Note): string {
  if (!MAYBE_FORBIDDEN.test(input)) return input;
  FORBIDDEN.lastIndex = 0;
  const forbidden = FORBIDDEN.exec(input);
  if (!forbidden) return input;
  const code = forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  note('characters XML forbids removed', `U+${code}`);
  return input.replace(FORBIDDEN, '');
}

/**
 * The text of an HTML named character reference (`eacute` → `é`), as the
 * browser's HTML parser reads it: every HTML entity, no table to ship. An
 * unknown name is `undefined` (not a prefix of it: `&notit;` is not `¬it;`).
 */
export function htmlEntity(name: string): string | undefined {
  const reference = `&${name};`;
  const text = decodeEntities(reference);
  return text === reference ? undefined : text;
}

/** The text of one `&…` of text, as a lenient reader reads it. */
function reference(whole: string, ref: string | undefined, note: Note): string {
  if (!ref) {
    note('bare "&" escaped');
    return '&';
  }
  if (ref[0] === '#') {
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    if (allowedCode(code)) return String.fromCodePoint(code);
    note('characters XML forbids removed', whole);
    return '';
  }
  const predefined = PREDEFINED[ref];
  if (predefined) return predefined;
  const character = htmlEntity(ref);
  if (character) {
    note('HTML entity read as a character', whole);
    return character;
  }
  note('unknown entity shown as text', whole);
  return whole;
}

/**
 * Text or an attribute value with its references read: XML's five names and
 * numeric references as XML reads them, HTML's names as characters, a bare
 * `&` and an unknown name as written (each noted).
 */
export const decodeText = (value: string, note: Note): string =>
  value.includes('&') ? value.replace(REFERENCE, (whole, ref?: string) => reference(whole, ref, note)) : value;
