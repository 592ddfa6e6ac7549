// Real feeds are often not well-formed XML, and a browser's XML parser gives
// up at the first defect (building a parser-error document whose inline
// styles a strict host reports as a CSP violation). So the document is read
// here, in one pass over its tokens, into the tree the walks read
// (`./tree.ts`), repairing as a lenient reader (feedparser) would: what is
// cheap and certain first (forbidden characters, HTML entities, bare `&` and
// `<`, text around the root element, undeclared prefixes), then the
// structure (names that are not XML names, unquoted attributes, stray end
// tags, unclosed elements, a document cut short), through a stack of open
// elements. No parser of the browser sees the markup. Comments and
// processing instructions are dropped: no reader sees them.

import { finish, type Steps } from '../steps.js';
import { isQualifiedName, mistyped, prefixOf, qualifiedNameIn } from './names.js';
import { decodeText, withoutForbidden } from './text.js';
import { Tokens, type Token } from './tokens.js';
import { rootScope, Scope, XmlElement } from './tree.js';

/** The document read, with what was repaired. */
export interface RepairedXml {
  /** The root element; `undefined` when the text has none. */
  root: XmlElement | undefined;
  /** The elements a date may be in (`pubDate`, `dc:date`, `updated`…), in document order. */
  dates: XmlElement[];
  /** One line per kind of repair, with its first example: `HTML entity read as a character (&nbsp;)`. */
  problems: string[];
  /** The first structural repair, when the markup itself was broken (not just its characters). */
  broken?: string;
}

type StartTag = Extract<Token, { kind: 'start' }>;
type EndTag = Extract<Token, { kind: 'end' }>;
type Section = Extract<Token, { kind: 'cdata' | 'comment' }>;

/** An attribute: its name, then its value in double quotes, single quotes or none; or a character that starts none. */
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?|(\S)/g;

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

/** Local names of the elements a feed writes dates in, in lower case. */
const DATE_ELEMENTS = new Set(['pubdate', 'date', 'published', 'updated', 'issued', 'modified']);

const XMLNS = /^xmlns(?::|$)/;

/** Reads `input` (already decoded) into a tree, repaired. See the file comment. */
export const repairXml = (input: string): RepairedXml => finish(repairXmlSteps(input));

/** `repairXml` as steps that may pause between tokens (`../steps.ts`). */
export const repairXmlSteps = (input: string): Steps<RepairedXml> => new Repair().run(input);

/** Tokens between two points where a long repair may pause. */
const TOKENS_PER_STEP = 1024;

class Repair {
  private readonly notes = new Map<string, string>();
  private broken: string | undefined;
  private readonly open: XmlElement[] = [];
  /** Prefixes used where no declaration binds them. */
  private readonly undeclared = new Set<string>();
  private readonly dates: XmlElement[] = [];
  private root: XmlElement | undefined;
  /** True once the root element has ended. */
  private done = false;
  private cutShort = false;
  private tokens = new Tokens('');

  *run(input: string): Steps<RepairedXml> {
    const allowed = withoutForbidden(input, this.note);
    // XML reads every line end as a line feed.
    const text = allowed.includes('\r') ? allowed.replace(/\r\n?/g, '\n') : allowed;
    this.tokens = new Tokens(text);
    const feedRoot = FEED_ROOT.exec(text)?.index ?? 0;
    // Those scans of the whole text are a slice of their own.
    yield;
    for (let count = 1; !this.tokens.done; count++) {
      if (count % TOKENS_PER_STEP === 0) yield;
      const at = this.tokens.position;
      const token = this.tokens.next();
      const rootStart = token.kind === 'start' && !this.done && at >= feedRoot;
      if ((!this.root || this.done) && !rootStart) this.outsideRoot(token, at);
      else if (!this.inside(token, at)) break;
    }
    this.finish();
    if (!this.root) this.broken ??= 'no root element';
    return { root: this.root, dates: this.dates, problems: [...this.notes.values()], broken: this.broken };
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
      this.note(!this.root ? 'text before the root element dropped' : 'content after the root element dropped');
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
        this.text(decodeText(token.raw, this.note));
        return true;
      case 'lt':
        this.note('bare "<" escaped');
        this.text('<');
        return true;
      case 'declaration':
        // A `<!…>` declaration inside the root element: not XML content.
        this.note('markup declaration dropped', token.raw.slice(0, 20), true);
        return true;
    }
  }

  /** Text in the open element, joined to the text before it. */
  private text(text: string): void {
    const { nodes } = this.open.at(-1)!;
    const last = nodes.length - 1;
    if (last >= 0 && typeof nodes[last] === 'string') nodes[last] += text;
    else if (text) nodes.push(text);
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
    if (text !== undefined) this.text(text);
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
    this.open.pop();
    this.done = !this.open.length;
    return true;
  }

  /** The depth of the innermost open element named `name` (in any case when none has it exactly), or -1. */
  private openElement(name: string): number {
    const { open } = this;
    for (let depth = open.length - 1; depth >= 0; depth--) if (open[depth].name === name) return depth;
    if (!name) return -1;
    const lower = name.toLowerCase();
    for (let depth = open.length - 1; depth >= 0; depth--) if (open[depth].name.toLowerCase() === lower) return depth;
    return -1;
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
    const element = this.element(name, this.attributes(token.attributes, name));
    const empty = /\/\s*$/.test(token.attributes) || this.open.length > MAX_DEPTH || this.isVoid(name);
    if (!empty) this.open.push(element);
    else if (!this.open.length) this.done = true;
    return true;
  }

  /** A new element in the open one (or the root), in the namespace its prefix is bound to there. */
  private element(name: string, attributes: string[]): XmlElement {
    const parent = this.open.at(-1);
    const scope = this.scopeOf(attributes, parent?.scope ?? rootScope());
    const colon = name.indexOf(':');
    const local = colon > 0 ? name.slice(colon + 1) : name;
    const uri = this.namespaceOf(colon > 0 ? name.slice(0, colon) : '', scope);
    const element = new XmlElement(name, local, uri || null, attributes, parent, scope);
    if (parent) parent.nodes.push(element);
    else this.root = element;
    if (DATE_ELEMENTS.has(element.key)) this.dates.push(element);
    for (let i = 0; i < attributes.length; i += 2) {
      const prefix = prefixOf(attributes[i]);
      if (prefix && prefix !== 'xmlns') this.namespaceOf(prefix, scope);
    }
    return element;
  }

  /** `outer` with the namespaces `attributes` declare; `outer` itself when they declare none. */
  private scopeOf(attributes: string[], outer: Scope): Scope {
    let declared: Map<string, string> | undefined;
    for (let i = 0; i < attributes.length; i += 2) {
      if (!XMLNS.test(attributes[i])) continue;
      declared ??= new Map();
      declared.set(attributes[i].slice(6), attributes[i + 1]);
    }
    return declared ? new Scope(outer, declared) : outer;
  }

  /** The namespace `prefix` is bound to; one used without a declaration gets its known namespace, else a made-up one. */
  private namespaceOf(prefix: string, scope: Scope): string {
    const uri = scope.lookup(prefix);
    if (uri !== undefined) return uri;
    this.undeclared.add(prefix);
    return KNOWN_PREFIXES[prefix] ?? `urn:x-undeclared:${prefix}`;
  }

  /** Closes what a start tag named `name` ends: an open entry when another starts, HTML's `<p>` and `<li>` at the next one. */
  private closeBefore(name: string): void {
    if (ENTRY.has(name)) {
      const entry = this.open.findIndex((el) => ENTRY.has(el.name));
      if (entry >= 0) {
        this.close(entry + 1, 'unclosed element closed');
        this.note('unclosed element closed', `<${name}>`, true);
        this.open.pop();
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

  /** A start tag's attributes, names and values one after the other, values read; a malformed one noted. */
  private attributes(raw: string, tag: string): string[] {
    const result: string[] = [];
    if (!raw || raw === '/') return result;
    ATTRIBUTE.lastIndex = 0;
    for (let match = ATTRIBUTE.exec(raw); match; match = ATTRIBUTE.exec(raw)) {
      const [, name, double, single, bare, junk] = match;
      const value = double ?? single ?? bare;
      const usable = !junk && isQualifiedName(name) && !has(result, name) && !(name.startsWith('xmlns:') && !value);
      if (!usable || bare !== undefined || value === undefined) {
        if (junk !== '/') this.note('malformed attribute repaired', `<${tag}${raw.slice(0, 40).trimEnd()}>`, true);
        if (!usable) continue;
      }
      result.push(name, this.attributeValue(value ?? ''));
    }
    return result;
  }

  /** A value as XML reads it: white space of any kind is a space, references are read. */
  private attributeValue(value: string): string {
    if (value.includes('<')) this.note('bare "<" escaped');
    return decodeText(/[\t\n\r]/.test(value) ? value.replace(/[\t\n\r]/g, ' ') : value, this.note);
  }

  /** Closes open elements down to `depth`, noting `reason` for each. */
  private close(depth: number, reason?: string): void {
    while (this.open.length > depth) {
      const { name } = this.open.pop()!;
      if (reason) this.note(reason, `<${name}>`, true);
    }
  }

  /** The end of the text: what is still open is closed; an entry still open is incomplete, so only what came whole is shown. */
  private finish(): void {
    if (this.open.length) {
      this.note('document cut short', '', true);
      const entry = this.open.findIndex((el) => ENTRY.has(el.name));
      if (entry > 0) this.dropOpenEntry(this.open[entry]);
      this.close(0);
    } else if (this.cutShort) {
      this.note('document cut short', '', true);
    }
    const [missing] = this.undeclared;
    if (missing !== undefined) this.note('undeclared namespace prefix declared', `${missing}:`);
  }

  /** Takes an entry the document ended in out of the tree: it is the last node of its parent, and the dates read since it started are in it. */
  private dropOpenEntry(entry: XmlElement): void {
    entry.parent!.nodes.pop();
    while (this.dates.length && contains(entry, this.dates.at(-1))) this.dates.pop();
  }
}

/** True when `attributes` (names and values) has one named `name`. */
function has(attributes: string[], name: string): boolean {
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return true;
  return false;
}

/** True when `el` is `ancestor` or below it. */
function contains(ancestor: XmlElement, el: XmlElement | undefined): boolean {
  for (; el; el = el.parent) if (el === ancestor) return true;
  return false;
}
