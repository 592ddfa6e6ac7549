// Real feeds are often not well-formed XML, and a browser's XML parser gives
// up at the first defect (building a parser-error document whose inline
// styles a strict host reports as a CSP violation). So the bytes are decoded
// the way XML and browsers decide, and the text is repaired before the one
// parse, as a lenient reader (feedparser) would: what is cheap and certain
// first (forbidden characters, HTML entities, bare `&` and `<`, text around
// the root element, undeclared prefixes), then the structure (unquoted
// attributes, stray end tags, unclosed elements, a document cut short), by
// rewriting the markup through a stack of open elements. Everything the
// parser is then given is well-formed by construction.

import { decodeEntities } from '../core/text.js';

/** The text to parse, with what was repaired. */
export interface RepairedXml {
  text: string;
  /** One line per kind of repair, with its first example: `HTML entity read as a character (&nbsp;)`. */
  problems: string[];
  /** The first structural repair, when the markup itself was broken (not just its characters). */
  broken?: string;
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

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Characters XML 1.0 forbids anywhere, even as references: C0 controls but tab and line ends, lone surrogates, U+FFFE/F. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const allowedCode = (code: number) =>
  code === 9 ||
  code === 10 ||
  code === 13 ||
  (code >= 32 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/**
 * One piece of markup or text at a time: CDATA, comment, processing
 * instruction, DOCTYPE, other `<!…>`, end tag, start tag, text, a lone `<`.
 * Each may be cut short by the end of the document.
 */
const TOKEN =
  /<!\[CDATA\[([\s\S]*?)(\]\]>|$)|<!--[\s\S]*?(-->|$)|<\?(xml\s)?[\s\S]*?(\?>|$)|<!DOCTYPE(?:[^[>]|\[[^\]]*\]?)*>?|<![^>]*>?|<\/([^\s<>]*)[^<>]*(>?)|<([A-Za-z_\u00C0-\uFFFF][\w:.\-\u00B7-\uFFFF]*)((?:"[^"]*"|'[^']*'|[^<>"'])*)(>?)|([^<]+)|</y;

const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?|(\S)/g;
const NAME = /^[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7-\uFFFF]*)?$/;

/** HTML elements without content, left unclosed in HTML bodies (`<br>`). Not `link` or `source`: RSS elements with content. */
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'area', 'col', 'param', 'track', 'embed']);

const voidEnds: Record<string, RegExp> = {};

/** Entries never nest: a new one while one is open means the open one was left unclosed. */
const ENTRY = new Set(['item', 'entry']);

/** Namespaces feeds use without declaring them, so that `media:content` is still read as Media RSS. */
const KNOWN_PREFIXES: Record<string, string> = {
  __proto__: null as never,
  media: 'http://search.yahoo.com/mrss/',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
  a10: 'http://www.w3.org/2005/Atom',
};

/** Repairs `input` (already decoded) into text the XML parser accepts. See the file comment. */
export function repairXml(input: string): RepairedXml {
  const notes = new Map<string, string>();
  let broken: string | undefined;
  const note = (reason: string, example = '', structural = false) => {
    const line = example ? `${reason} (${example})` : reason;
    if (!notes.has(reason)) notes.set(reason, line);
    if (structural) broken ??= line;
  };

  const forbidden = FORBIDDEN.exec(input);
  FORBIDDEN.lastIndex = 0;
  if (forbidden) {
    note('characters XML forbids removed', `U+${forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    input = input.replace(FORBIDDEN, '');
  }

  const text = (value: string) =>
    value.replace(/&(?:(#\d+|#x[\da-f]+|[A-Za-z][\w.-]*);)?/gi, (whole, ref?: string) => {
      if (!ref) {
        note('bare "&" escaped');
        return '&amp;';
      }
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        if (allowedCode(code)) return whole;
        note('characters XML forbids removed', whole);
        return '';
      }
      if (PREDEFINED.has(ref)) return whole;
      const character = htmlEntity(ref);
      if (character) {
        note('HTML entity read as a character', whole);
        return [...character].map((c) => `&#${c.codePointAt(0)};`).join('');
      }
      note('unknown entity shown as text', whole);
      return `&amp;${ref};`;
    });

  const prefixes = new Set<string>();
  const declared = new Set(['xml', 'xmlns']);
  const usePrefix = (name: string) => {
    const colon = name.indexOf(':');
    if (colon > 0) prefixes.add(name.slice(0, colon));
  };

  /** A start tag's attributes, each quoted once and escaped; a malformed one noted. */
  const attributes = (raw: string, tag: string): string => {
    let result = '';
    const seen = new Set<string>();
    for (const [, name, quoted, single, bare, junk] of raw.matchAll(ATTRIBUTE)) {
      const value = quoted ?? single ?? bare;
      if (junk || bare !== undefined || value === undefined || !NAME.test(name) || seen.has(name)) {
        if (junk !== '/') note('malformed attribute repaired', `<${tag}${raw.slice(0, 40).trimEnd()}>`, true);
        if (junk || !NAME.test(name) || seen.has(name)) continue;
      }
      seen.add(name);
      if (name.startsWith('xmlns:')) declared.add(name.slice(6));
      else usePrefix(name);
      let escaped = text(value ?? '').replace(/"/g, '&quot;');
      if (escaped.includes('<')) {
        note('bare "<" escaped');
        escaped = escaped.replace(/</g, '&lt;');
      }
      result += ` ${name}="${escaped}"`;
    }
    return result;
  };

  const out: string[] = [];
  const open: { name: string; at: number }[] = [];
  let root = -1;
  let done = false;
  let cutShort = false;
  const close = (depth: number, reason?: string) => {
    while (open.length > depth) {
      const { name } = open.pop()!;
      if (reason) note(reason, `<${name}>`, true);
      out.push(`</${name}>`);
    }
  };

  // Markup before a feed's root (a PHP warning's `<br /><b>Warning</b>`) is not the root.
  const feedRoot = /<(?:rss|feed|(?:[\w.-]+:)?RDF)[\s>/]/.exec(input)?.index ?? 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < input.length) {
    const at = TOKEN.lastIndex;
    const [whole, cdataText, cdataEnd, commentEnd, declaration, piEnd, endName, endEnd, name, raw, startEnd, chars] =
      TOKEN.exec(input)!;
    let cdata = cdataText;
    // A CDATA section or comment left open ends where the element it is in ends, when that end tag comes.
    const unclosedEnd = cdataEnd === '' || commentEnd === '' ? input.indexOf(`</${open.at(-1)?.name}`, at) : -1;
    if (unclosedEnd > 0 && open.length) {
      note('unclosed CDATA section or comment closed', whole.slice(0, 12), true);
      TOKEN.lastIndex = unclosedEnd;
      if (cdata === undefined) continue;
      cdata = input.slice(at + 9, unclosedEnd);
    }
    if (root < 0 || done) {
      // Before and after the root element only markup counts; the declaration
      // (the text is decoded already), DOCTYPE and internal entities go too.
      if (name && !done && at >= feedRoot) {
        // fall through to the start tag below: this is the root
      } else {
        const stray = chars ? chars.trim() : whole[1] === '/' || name || whole === '<';
        if (stray || (declaration && at > 0))
          note(root < 0 ? 'text before the root element dropped' : 'content after the root element dropped');
        continue;
      }
    }
    if (cdata !== undefined) {
      if (!cdataEnd && unclosedEnd < 0) cutShort = true;
      out.push(`<![CDATA[${cdata}]]>`);
    } else if (commentEnd !== undefined || piEnd !== undefined) {
      if (commentEnd || piEnd) out.push(whole);
      else cutShort = true;
    } else if (endName !== undefined) {
      if (!endEnd && TOKEN.lastIndex >= input.length) {
        cutShort = true;
        break;
      }
      let depth = open.length;
      while (depth-- > 0 && open[depth].name !== endName);
      if (depth < 0) {
        const lower = endName.toLowerCase();
        depth = open.length;
        while (depth-- > 0 && open[depth].name.toLowerCase() !== lower);
      }
      if (depth < 0) {
        note('end tag without a start tag dropped', `</${endName}>`, true);
        continue;
      }
      close(depth + 1, 'unclosed element closed');
      out.push(`</${open.pop()!.name}>`);
      done = !open.length;
    } else if (name) {
      if (!startEnd && TOKEN.lastIndex >= input.length) {
        cutShort = true;
        break;
      }
      if (!startEnd) note('malformed tag repaired', `<${name}`, true);
      if (ENTRY.has(name)) {
        const entry = open.findIndex((el) => ENTRY.has(el.name));
        if (entry >= 0) {
          close(entry + 1, 'unclosed element closed');
          note('unclosed element closed', `<${name}>`, true);
          out.push(`</${open.pop()!.name}>`);
        }
      }
      // HTML's `<p>` and `<li>` end where the next one starts.
      if ((name === 'p' || name === 'li') && open.at(-1)?.name === name) close(open.length - 1, 'unclosed element closed');
      // An entry's field does not nest in itself: `<title>Một<title>` is a mistyped end tag.
      if (open.at(-1)?.name === name && ENTRY.has(open.at(-2)?.name as string)) {
        close(open.length - 1, 'unclosed element closed');
        continue;
      }
      usePrefix(name);
      const attrs = attributes(raw, name);
      // The XML parser refuses nesting deeper than 256: past that, an element is read as empty.
      let empty = /\/\s*$/.test(raw) || open.length > 250;
      if (!empty && VOID.has(name)) {
        // `<br></br>` is well-formed already; `<br>` alone is HTML.
        const end = (voidEnds[name] ??= new RegExp(`</${name}\\s*>`, 'y'));
        end.lastIndex = TOKEN.lastIndex;
        if (end.test(input)) TOKEN.lastIndex = end.lastIndex;
        else note('unclosed element closed', `<${name}>`, true);
        empty = true;
      }
      out.push(`<${name}${attrs}${empty ? '/' : ''}>`);
      if (root < 0) root = out.length - 1;
      if (empty) done ||= !open.length;
      else open.push({ name, at: out.length - 1 });
    } else if (chars !== undefined) {
      out.push(text(chars).replace(/\]\]>/g, ']]&gt;'));
    } else if (whole === '<') {
      note('bare "<" escaped');
      out.push('&lt;');
    } else {
      // A `<!…>` declaration inside the root element: not XML content.
      note('markup declaration dropped', whole.slice(0, 20), true);
    }
  }

  if (open.length) {
    note('document cut short', '', true);
    // An entry still open at the end is incomplete: only what came whole is shown.
    const entry = open.findIndex((el) => ENTRY.has(el.name));
    if (entry > 0) {
      out.length = open[entry].at;
      open.length = entry;
    }
    close(0);
  } else if (cutShort) {
    note('document cut short', '', true);
  }

  const missing = [...prefixes].filter((prefix) => !declared.has(prefix));
  if (root >= 0 && missing.length) {
    note('undeclared namespace prefix declared', `${missing[0]}:`);
    out[root] = out[root].replace(
      /\/?>$/,
      (end) =>
        missing.map((prefix) => ` xmlns:${prefix}="${KNOWN_PREFIXES[prefix] ?? `urn:x-undeclared:${prefix}`}"`).join('') + end,
    );
  }
  if (root < 0) broken ??= 'no root element';
  return { text: out.join(''), problems: [...notes.values()], broken };
}

/** An encoding name `TextDecoder` knows for `label`, except UTF-16, which ASCII-compatible bytes cannot be. */
function encodingOf(label: string | null | undefined): string | undefined {
  try {
    const encoding = label ? new TextDecoder(label).encoding : undefined;
    return encoding?.startsWith('utf-16') ? undefined : encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes the bytes of an XML document as XML and browsers do: a byte-order
 * mark, else the HTTP `charset`, else the XML declaration's `encoding` (any
 * label `TextDecoder` knows; one the bytes contradict, like `utf-16` on
 * ASCII-compatible bytes, is ignored), else UTF-8. Bytes that are valid
 * UTF-8 past ASCII are UTF-8 whatever the label says. Bytes read as UTF-8 that
 * are not UTF-8 (more broken sequences than good ones) are read in the
 * declared encoding when the HTTP charset said UTF-8 wrongly, else as
 * windows-1252: Latin-1 saved without a declaration.
 */
export function decodeXml(bytes: Uint8Array, charset?: string | null): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder().decode(bytes);
  const declared = encodingOf(
    /<\?xml[^>]*?\sencoding\s*=\s*["']?([\w.:-]+)/.exec(new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024)))?.[1],
  );
  // Without a BOM, UTF-16 shows in the zero byte of the first character (`<`, or white space before it).
  const encoding =
    (a === 0xfe && b === 0xff) || (a === 0 && b && b < 0x80)
      ? 'utf-16be'
      : (a === 0xff && b === 0xfe) || (a && a < 0x80 && b === 0)
        ? 'utf-16le'
        : (encodingOf(charset) ?? declared);
  if (encoding && encoding !== 'utf-8') {
    // Valid UTF-8 with characters past ASCII is UTF-8, whatever the label says: servers label
    // text/xml ISO-8859-1 by default, and text in a legacy encoding is not valid UTF-8 by chance.
    if (!encoding.startsWith('utf-16')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        if (/[^\0-\x7F]/.test(text)) return text;
      } catch {
        // Not UTF-8: the label is right.
      }
    }
    return new TextDecoder(encoding).decode(bytes);
  }
  const text = new TextDecoder().decode(bytes);
  const bad = text.match(/\uFFFD/g)?.length;
  if (!bad || bad < (text.match(/[^\0-\x7F\uFFFD]/g)?.length ?? 0)) return text;
  return new TextDecoder((declared !== 'utf-8' && declared) || 'windows-1252').decode(bytes);
}
