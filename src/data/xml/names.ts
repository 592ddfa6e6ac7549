// Names as XML 1.0 (fifth edition) and Namespaces in XML define them. A tag
// whose name breaks these rules makes the parser give up, so the repair keeps
// only the part of a name that is one.

const START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const REST = `${START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;

/** A name without a colon (NCName). */
const NC_NAME = `[${START}][${REST}]*`;

/** The longest qualified name (`prefix:local` or `local`) at the start of a text. */
// eslint-disable-next-line no-misleading-character-class -- XML's ranges hold combining marks and joiners, each read as one code point
const QNAME_PREFIX = new RegExp(`^${NC_NAME}(?::${NC_NAME})?`, 'u');
// eslint-disable-next-line no-misleading-character-class -- XML's ranges hold combining marks and joiners, each read as one code point
const QNAME = new RegExp(`^${NC_NAME}(?::${NC_NAME})?$`, 'u');

/** A name of letters, digits, `_`, `-` and `.` with at most one colon inside, as feeds write them: a qualified name as it is. */
const SIMPLE_NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

/** True when a tag may start with this character (the first character of a name). */
// eslint-disable-next-line no-misleading-character-class -- XML's ranges hold combining marks and joiners, each read as one code point
export const NAME_START = new RegExp(`[${START}]`, 'u');

/** True for a qualified name the parser accepts: `media:content`, `title`; not `item:`, `a:b:c`, `pubDate¾`. */
export const isQualifiedName = (name: string): boolean => SIMPLE_NAME.test(name) || QNAME.test(name);

/**
 * What a tag's name is read as: the longest qualified name it starts with
 * (`item:` → `item`); empty when none. A name begun in ASCII ends at its first
 * character past ASCII, as a flipped bit or a byte of another encoding makes
 * one (`pubDate¾`, `pubDateï¿½` → `pubDate`): feeds' element names are ASCII.
 */
export function qualifiedNameIn(name: string): string {
  if (SIMPLE_NAME.test(name)) return name;
  const ascii = /^[\x21-\x7E]+/.exec(name)?.[0];
  return QNAME_PREFIX.exec(ascii ?? name)?.[0] ?? '';
}

/** True when `a` and `b` (of four characters or more) differ by one character typed wrongly, added or left out: `title`, `titme`. */
export function mistyped(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1) && short !== long;
}

/** The prefix of a qualified name (`media` of `media:content`), or `undefined`. */
export function prefixOf(name: string): string | undefined {
  const colon = name.indexOf(':');
  return colon > 0 ? name.slice(0, colon) : undefined;
}
