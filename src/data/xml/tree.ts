// The light tree a feed is read into: the repair's one pass over the tokens
// (`./repair.ts`) builds it as it goes, so no markup of a feed ever meets a
// parser of the browser. An element has its qualified and local name, the
// namespace its prefix (or the default namespace) resolves to, its
// attributes with their references decoded, and its content: elements and
// text (CDATA sections are text).

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The namespace declarations in effect at an element: its own over its parent's. */
export class Scope {
  constructor(
    readonly parent: Scope | undefined,
    readonly declared: Map<string, string>,
  ) {}

  /** The namespace `prefix` (`''` for the default one) is bound to: `''` for none, `undefined` when not declared. */
  lookup(prefix: string): string | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const uri = scope.declared.get(prefix);
      if (uri !== undefined) return uri;
    }
    return undefined;
  }
}

/** The scope outside the root element: `xml:` is bound, and no default namespace. */
export const rootScope = (): Scope =>
  new Scope(
    undefined,
    new Map([
      ['xml', XML_NS],
      ['', ''],
    ]),
  );

export class XmlElement {
  /** Elements and text, in document order. */
  readonly nodes: (XmlElement | string)[] = [];
  /** The local name in lower case, as lenient lookups compare names. */
  readonly key: string;

  constructor(
    /** The qualified name, as written: `media:content`. */
    readonly name: string,
    readonly localName: string,
    /** The namespace URI; `null` for none. */
    readonly namespaceURI: string | null,
    /** Names and values, one after the other: `['url', 'https://…', 'type', 'image/jpeg']`. */
    readonly attributes: string[],
    readonly parent: XmlElement | undefined,
    readonly scope: Scope,
  ) {
    this.key = localName.toLowerCase();
  }

  /** The value of the attribute of this qualified name (`href`, `xml:base`), or `null`. */
  getAttribute(name: string): string | null {
    const { attributes } = this;
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }

  get firstElementChild(): XmlElement | undefined {
    return this.nodes.find((node): node is XmlElement => typeof node !== 'string');
  }

  /** All the text below this element, as the DOM's `textContent`. */
  get textContent(): string {
    const { nodes } = this;
    if (nodes.length === 1 && typeof nodes[0] === 'string') return nodes[0];
    let text = '';
    for (const node of nodes) text += typeof node === 'string' ? node : node.textContent;
    return text;
  }

  /** The content as markup, for a body written as raw (X)HTML elements: it is sanitised as HTML later. */
  get innerHTML(): string {
    let html = '';
    for (const node of this.nodes) html += typeof node === 'string' ? escapeText(node) : node.outerHTML;
    return html;
  }

  get outerHTML(): string {
    let tag = `<${this.name}`;
    const { attributes } = this;
    for (let i = 0; i < attributes.length; i += 2) {
      // Namespace declarations say nothing to the HTML the body is read as.
      if (!/^xmlns(?::|$)/.test(attributes[i])) tag += ` ${attributes[i]}="${escapeAttribute(attributes[i + 1])}"`;
    }
    return this.nodes.length ? `${tag}>${this.innerHTML}</${this.name}>` : `${tag}/>`;
  }
}

const escapeText = (text: string): string =>
  /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;

const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;');
