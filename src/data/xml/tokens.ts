// The markup of a document, one token at a time, each with a kind and named
// parts. Any token may be cut short by the end of the document (`closed` is
// false then). Nothing here judges what is well-formed: that is the repair's
// job (`./repair.ts`).

import { NAME_START } from './names.js';

export type Token =
  | { kind: 'cdata'; raw: string; text: string; closed: boolean }
  | { kind: 'comment'; raw: string; closed: boolean }
  /** A processing instruction; `xmlDeclaration` for `<?xml …?>`. */
  | { kind: 'instruction'; raw: string; xmlDeclaration: boolean; closed: boolean }
  /** `<!DOCTYPE …>` or any other `<!…>`. */
  | { kind: 'declaration'; raw: string }
  | { kind: 'end'; raw: string; name: string; closed: boolean }
  /** `attributes` is the raw text between the name and the `>`, with a `/` of an empty-element tag. */
  | { kind: 'start'; raw: string; name: string; attributes: string; closed: boolean }
  | { kind: 'text'; raw: string }
  /** A `<` that starts no markup. */
  | { kind: 'lt'; raw: '<' };

// Each pattern's groups, in order, are the named parts of its token (and whether it was closed).
const CDATA = /<!\[CDATA\[([\s\S]*?)(\]\]>|$)/y;
const COMMENT = /<!--[\s\S]*?(-->|$)/y;
const INSTRUCTION = /<\?(xml\s)?[\s\S]*?(\?>|$)/y;
const DOCTYPE = /<!DOCTYPE(?:[^[>]|\[[^\]]*\]?)*>?/y;
const DECLARATION = /<![^>]*>?/y;
const END = /<\/([^\s<>]*)[^<>]*(>?)/y;
// A name runs as far as a lenient reader would take it; `./names.ts` decides what of it is a name.
const START = /<([^\s<>"'/=]+)((?:"[^"]*"|'[^']*'|[^<>"'])*)(>?)/y;

/** True when a name starts at `at`: in ASCII a letter or `_`, past it by XML's ranges. */
function startsName(input: string, at: number): boolean {
  const code = input.charCodeAt(at);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  return NAME_START.test(String.fromCodePoint(input.codePointAt(at)!));
}

/** Reads a document's tokens in order; `skipTo` moves on past text the repair has read itself. */
export class Tokens {
  /** Where the next token starts. */
  position = 0;

  constructor(readonly input: string) {}

  get done(): boolean {
    return this.position >= this.input.length;
  }

  skipTo(position: number): void {
    this.position = position;
  }

  next(): Token {
    const { input, position } = this;
    if (input[position] !== '<') return this.text();
    const second = input[position + 1];
    if (second === '!') return this.markupDeclaration();
    if (second === '?') {
      const [raw, xml, end] = this.match(INSTRUCTION)!;
      return { kind: 'instruction', raw, xmlDeclaration: !!xml, closed: !!end };
    }
    if (second === '/') {
      const [raw, name, end] = this.match(END)!;
      return { kind: 'end', raw, name, closed: !!end };
    }
    if (second && startsName(input, position + 1)) {
      const [raw, name, attributes, end] = this.match(START)!;
      return { kind: 'start', raw, name, attributes, closed: !!end };
    }
    this.position++;
    return { kind: 'lt', raw: '<' };
  }

  /** Text, up to the next `<` or the end. */
  private text(): Token {
    const { input, position } = this;
    const end = input.indexOf('<', position);
    this.position = end < 0 ? input.length : end;
    return { kind: 'text', raw: input.slice(position, this.position) };
  }

  private markupDeclaration(): Token {
    if (this.input.startsWith('<![CDATA[', this.position)) {
      const [raw, text, end] = this.match(CDATA)!;
      return { kind: 'cdata', raw, text, closed: !!end };
    }
    if (this.input.startsWith('<!--', this.position)) {
      const [raw, end] = this.match(COMMENT)!;
      return { kind: 'comment', raw, closed: !!end };
    }
    const doctype = this.input.startsWith('<!DOCTYPE', this.position);
    return { kind: 'declaration', raw: this.match(doctype ? DOCTYPE : DECLARATION)![0] };
  }

  /** `pattern` (sticky) at the current position, moving past what it matched. */
  private match(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.position;
    const match = pattern.exec(this.input);
    if (match) this.position = pattern.lastIndex;
    return match;
  }
}
