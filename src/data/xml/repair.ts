// Real feeds are often not well-formed XML, and a browser's XML parser gives
// up at the first defect (building a parser-error document whose inline
// styles a strict host reports as a CSP violation). So the text is repaired
// before the one parse, as a lenient reader (feedparser) would: what is cheap
// and certain first (forbidden characters, HTML entities, bare `&` and `<`,
// text around the root element, undeclared prefixes), then the structure
// (names that are not XML names, unquoted attributes, stray end tags,
// unclosed elements, a document cut short), by rewriting the markup through
// a stack of open elements. Everything the parser is then given is
// well-formed by construction. Comments and processing instructions are
// dropped: no reader sees them.

import { finish, type Steps } from '../steps.js';
import { isQualifiedName, mistyped, prefixOf, qualifiedNameIn } from './names.js';
import { escapeText, withoutForbidden } from './text.js';
import { Tokens, type Token } from './tokens.js';

/** The text to parse, with what was repaired. */
export interface RepairedXml {
  text: string;
  /** One line per kind of repair, with its first example: `HTML entity read as a character (&nbsp;)`. */
  problems: string[];
  /** The first structural repair, when the markup itself was broken (not just its characters). */
  broken?: string;
}

type StartTag = Extract<Token, { kind: 'start' }>;
type EndTag = Extract<Token, { kind: 'end' }>;
type Section = Extract<Token, { kind: 'cdata' | 'comment' }>;

const ATTRIBUTE = /(?<name>[^\s"'=<>/]+)(?:\s*=\s*(?:"(?<double>[^"]*)"|'(?<single>[^']*)'|(?<bare>[^\s"'>]+)))?|(?<junk>\S)/g;

/** HTML elements without content, left unclosed in HTML bodies (`<br>`). Not `link` or `source`: RSS elements with content. */
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'area', 'col', 'param', 'track', 'embed']);

/** Entries never nest: a new one while one is open means the open one was left unclosed. */
const ENTRY = new Set(['item', 'entry']);

/** The XML parser refuses nesting deeper than 256: past this, an element is read as empty. */
const MAX_DEPTH = 250;

/** Markup before a feed's root (a PHP warning's `<br /><b>Warning</b>`) is not the root. */
const FEED_ROOT = /<(?:rss|feed|(?:[\w.-]+:)?RDF)[\s>/]/;

/** Namespaces feeds use without declaring them, so that `media:content` is still read as Media RSS. */
const KNOWN_PREFIXES: Record<string, string> = {
  __proto__: null as never,
  media: 'http://search.yahoo.com/mrss/',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
  a10: 'http://www.w3.org/2005/Atom',
};

/** Text as XML content: `]]>` is only allowed as the end of a CDATA section. */
const textOf = (text: string): string => (text.includes(']]>') ? text.replace(/\]\]>/g, ']]&gt;') : text);

/** Repairs `input` (already decoded) into text the XML parser accepts. See the file comment. */
export const repairXml = (input: string): RepairedXml => finish(repairXmlSteps(input));

/** `repairXml` as steps that may pause between tokens (`../steps.ts`). */
export const repairXmlSteps = (input: string): Steps<RepairedXml> => new Repair().run(input);

/** Tokens between two points where a long repair may pause. */
const TOKENS_PER_STEP = 1024;

interface Open {
  name: string;
  /** Its start tag's index in the output. */
  at: number;
}

class Repair {
  private readonly notes = new Map<string, string>();
  private broken: string | undefined;
  private readonly out: string[] = [];
  private readonly open: Open[] = [];
  private readonly prefixes = new Set<string>();
  private readonly declared = new Set(['xml', 'xmlns']);
  /** The root's start tag's index in the output, -1 before it. */
  private root = -1;
  /** True once the root element has ended. */
  private done = false;
  private cutShort = false;
  private tokens = new Tokens('');

  *run(input: string): Steps<RepairedXml> {
    const text = withoutForbidden(input, this.note);
    this.tokens = new Tokens(text);
    const feedRoot = FEED_ROOT.exec(text)?.index ?? 0;
    for (let count = 1; !this.tokens.done; count++) {
      if (count % TOKENS_PER_STEP === 0) yield;
      const at = this.tokens.position;
      const token = this.tokens.next();
      const rootStart = token.kind === 'start' && !this.done && at >= feedRoot;
      if ((this.root < 0 || this.done) && !rootStart) this.outsideRoot(token, at);
      else if (!this.inside(token, at)) break;
    }
    this.finish();
    if (this.root < 0) this.broken ??= 'no root element';
    return { text: this.out.join(''), problems: [...this.notes.values()], broken: this.broken };
  }

  private readonly note = (reason: string, example = '', structural = false): void => {
    const line = example ? `${reason} (${example})` : reason;
    if (!this.notes.has(reason)) this.notes.set(reason, line);
    if (structural) this.broken ??= line;
  };

  /** Before and after the root element only markup counts; the declaration (the text is decoded already), DOCTYPE and internal entities go too. */
  private outsideRoot(token: Token, at: number): void {
    const stray =
      token.kind === 'text' ? !!token.raw.trim() : token.kind === 'end' || token.kind === 'start' || token.kind === 'lt';
    const lateDeclaration = token.kind === 'instruction' && token.xmlDeclaration && at > 0;
    if (stray || lateDeclaration) {
      this.note(this.root < 0 ? 'text before the root element dropped' : 'content after the root element dropped');
    }
  }

  /** One token inside the root element; false when the document ends in it. */
  private inside(token: Token, at: number): boolean {
    switch (token.kind) {
      case 'cdata':
      case 'comment':
        this.section(token, at);
        return true;
      case 'instruction':
        if (!token.closed) this.cutShort = true;
        return true;
      case 'end':
        return this.endTag(token);
      case 'start':
        return this.startTag(token);
      case 'text':
        this.out.push(textOf(escapeText(token.raw, this.note)));
        return true;
      case 'lt':
        this.note('bare "<" escaped');
        this.out.push('&lt;');
        return true;
      case 'declaration':
        // A `<!…>` declaration inside the root element: not XML content.
        this.note('markup declaration dropped', token.raw.slice(0, 20), true);
        return true;
    }
  }

  /** A CDATA section is kept; a comment goes. One left open ends where the element it is in ends, when that end tag comes. */
  private section(token: Section, at: number): void {
    let text = token.kind === 'cdata' ? token.text : undefined;
    if (!token.closed) {
      const end = this.tokens.input.indexOf(`</${this.open.at(-1)!.name}`, at);
      if (end < 0) {
        this.cutShort = true;
      } else {
        this.note('unclosed CDATA section or comment closed', token.raw.slice(0, 12), true);
        this.tokens.skipTo(end);
        if (text !== undefined) text = this.tokens.input.slice(at + '<![CDATA['.length, end);
      }
    }
    if (text !== undefined) this.out.push(`<![CDATA[${text}]]>`);
  }

  private endTag(token: EndTag): boolean {
    if (!token.closed && this.tokens.done) {
      this.cutShort = true;
      return false;
    }
    const name = qualifiedNameIn(token.name);
    let depth = this.openElement(name);
    if (depth < 0 && mistyped(name, this.open.at(-1)!.name)) {
      // `</titme>` for `</title>`: the element it meant is the one open.
      this.note("mistyped end tag read as the open element's", `</${token.name}>`, true);
      depth = this.open.length - 1;
    }
    if (depth < 0) {
      this.note('end tag without a start tag dropped', `</${token.name}>`, true);
      return true;
    }
    this.close(depth + 1, 'unclosed element closed');
    this.out.push(`</${this.open.pop()!.name}>`);
    this.done = !this.open.length;
    return true;
  }

  /** The depth of the innermost open element named `name` (in any case when none has it exactly), or -1. */
  private openElement(name: string): number {
    const names = this.open.map((el) => el.name);
    const exact = names.lastIndexOf(name);
    if (exact >= 0 || !name) return exact;
    const lower = name.toLowerCase();
    return names.map((open) => open.toLowerCase()).lastIndexOf(lower);
  }

  private startTag(token: StartTag): boolean {
    if (!token.closed && this.tokens.done) {
      this.cutShort = true;
      return false;
    }
    const name = qualifiedNameIn(token.name);
    if (!token.closed || name !== token.name) this.note('malformed tag repaired', `<${token.name}`, true);
    this.closeBefore(name);
    // An entry's field does not nest in itself: `<title>Một<title>` is a mistyped end tag.
    if (this.open.at(-1)?.name === name && ENTRY.has(this.open.at(-2)?.name as string)) {
      this.close(this.open.length - 1, 'unclosed element closed');
      return true;
    }
    this.usePrefix(name);
    const attributes = this.attributes(token.attributes, name);
    const empty = /\/\s*$/.test(token.attributes) || this.open.length > MAX_DEPTH || this.isVoid(name);
    this.out.push(`<${name}${attributes}${empty ? '/' : ''}>`);
    if (this.root < 0) this.root = this.out.length - 1;
    if (!empty) this.open.push({ name, at: this.out.length - 1 });
    else if (!this.open.length) this.done = true;
    return true;
  }

  /** Closes what a start tag named `name` ends: an open entry when another starts, HTML's `<p>` and `<li>` at the next one. */
  private closeBefore(name: string): void {
    if (ENTRY.has(name)) {
      const entry = this.open.findIndex((el) => ENTRY.has(el.name));
      if (entry >= 0) {
        this.close(entry + 1, 'unclosed element closed');
        this.note('unclosed element closed', `<${name}>`, true);
        this.out.push(`</${this.open.pop()!.name}>`);
      }
    }
    if ((name === 'p' || name === 'li') && this.open.at(-1)?.name === name) {
      this.close(this.open.length - 1, 'unclosed element closed');
    }
  }

  /** True for an HTML void element (`<br>`), which is written empty; its own end tag right after it (`<br></br>`) is read with it. */
  private isVoid(name: string): boolean {
    if (!VOID.has(name)) return false;
    const end = new RegExp(`</${name}\\s*>`, 'y');
    end.lastIndex = this.tokens.position;
    if (end.test(this.tokens.input)) this.tokens.skipTo(end.lastIndex);
    else this.note('unclosed element closed', `<${name}>`, true);
    return true;
  }

  /** A start tag's attributes, each quoted once and escaped; a malformed one noted. */
  private attributes(raw: string, tag: string): string {
    let result = '';
    const seen = new Set<string>();
    for (const { groups } of raw.matchAll(ATTRIBUTE)) {
      const { name, double, single, bare, junk } = groups!;
      const value = double ?? single ?? bare;
      const usable = !junk && isQualifiedName(name) && !seen.has(name) && !(name.startsWith('xmlns:') && !value);
      if (!usable || bare !== undefined || value === undefined) {
        if (junk !== '/') this.note('malformed attribute repaired', `<${tag}${raw.slice(0, 40).trimEnd()}>`, true);
        if (!usable) continue;
      }
      seen.add(name);
      if (name.startsWith('xmlns:')) this.declared.add(name.slice(6));
      else this.usePrefix(name);
      result += ` ${name}="${this.attributeValue(value ?? '')}"`;
    }
    return result;
  }

  private attributeValue(value: string): string {
    const escaped = escapeText(value, this.note).replace(/"/g, '&quot;');
    if (!escaped.includes('<')) return escaped;
    this.note('bare "<" escaped');
    return escaped.replace(/</g, '&lt;');
  }

  private usePrefix(name: string): void {
    const prefix = prefixOf(name);
    if (prefix) this.prefixes.add(prefix);
  }

  /** Closes open elements down to `depth`, noting `reason` for each. */
  private close(depth: number, reason?: string): void {
    while (this.open.length > depth) {
      const { name } = this.open.pop()!;
      if (reason) this.note(reason, `<${name}>`, true);
      this.out.push(`</${name}>`);
    }
  }

  /** The end of the text: what is still open is closed; an entry still open is incomplete, so only what came whole is shown. */
  private finish(): void {
    if (this.open.length) {
      this.note('document cut short', '', true);
      const entry = this.open.findIndex((el) => ENTRY.has(el.name));
      if (entry > 0) {
        this.out.length = this.open[entry].at;
        this.open.length = entry;
      }
      this.close(0);
    } else if (this.cutShort) {
      this.note('document cut short', '', true);
    }
    this.declarePrefixes();
  }

  /** Declares on the root each prefix used without a declaration: a known namespace, else a made-up one. */
  private declarePrefixes(): void {
    const missing = [...this.prefixes].filter((prefix) => !this.declared.has(prefix));
    if (this.root < 0 || !missing.length) return;
    this.note('undeclared namespace prefix declared', `${missing[0]}:`);
    const declarations = missing.map((prefix) => ` xmlns:${prefix}="${KNOWN_PREFIXES[prefix] ?? `urn:x-undeclared:${prefix}`}"`);
    this.out[this.root] = this.out[this.root].replace(/\/?>$/, (end) => declarations.join('') + end);
  }
}
