// A `DOMParser` for Node, where the RSS/Atom reader runs on a server: XML
// through @xmldom/xmldom (namespaces, CDATA, `xml:base` as a browser reads
// them), with the few members of a browser's XML document the reader uses
// that xmldom lacks, and a browser's answer to ill-formed XML (a document
// holding a `<parsererror>`, which the reader repairs and parses again).
import { DOMParser as XmlDomParser, XMLSerializer } from '@xmldom/xmldom';

const serializer = new XMLSerializer();

/** Adds to xmldom's elements what the reader reads of a browser's: `firstElementChild`, `nextElementSibling` and `innerHTML`. */
function completeElements(sample: Element) {
  const prototype = Object.getPrototypeOf(sample) as object;
  if ('innerHTML' in prototype) return;
  Object.defineProperties(prototype, {
    firstElementChild: {
      get(this: Element) {
        return Array.from(this.childNodes).find((node) => node.nodeType === 1) ?? null;
      },
    },
    nextElementSibling: {
      get(this: Element) {
        let node = this.nextSibling;
        while (node && node.nodeType !== 1) node = node.nextSibling;
        return node;
      },
    },
    innerHTML: {
      get(this: Element) {
        const serialize = (node: ChildNode) =>
          serializer.serializeToString(node as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
        return Array.from(this.childNodes, serialize).join('');
      },
    },
  });
}

/** A document with the browser's `<parsererror>` root, its message in the text. */
function parseErrorDocument(message: string): Document {
  const doc = new XmlDomParser().parseFromString('<parsererror/>', 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  root.appendChild(doc.createTextNode(message));
  Object.assign(root, { querySelector: () => null });
  return doc;
}

/** The parts of `DOMParser` the readers use, over xmldom. */
export class NodeDomParser {
  parseFromString(text: string, type: DOMParserSupportedType): Document {
    if (type === 'text/html') return this.#html(text);
    const errors: string[] = [];
    const parser = new XmlDomParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    });
    let doc: Document;
    try {
      doc = parser.parseFromString(text, 'text/xml') as unknown as Document;
    } catch (error) {
      return parseErrorDocument((error as Error).message);
    }
    // A browser stops at the first error of well-formedness; xmldom goes on.
    if (errors.length || !doc.documentElement) return parseErrorDocument(errors[0] ?? 'missing root element');
    completeElements(doc.documentElement);
    return doc;
  }

  /** An HTML fragment's text, as the reader asks for it (to decode a character reference), in `body`. */
  #html(text: string): Document {
    const doc = new XmlDomParser({ onError: () => undefined }).parseFromString(
      `<html><body>${text}</body></html>`,
      'text/html',
    ) as unknown as Document;
    const body = doc.getElementsByTagName('body')[0];
    return Object.assign(doc, { body }) as Document;
  }
}

/** Makes `DOMParser` the global the readers call, where the runtime has none. */
export function installDomParser() {
  const global = globalThis as { DOMParser?: unknown };
  global.DOMParser ??= NodeDomParser;
}

/** One character reference (`&ocirc;`, `&#7897;`) read by xmldom's HTML reader; `undefined` for one it does not know. */
export function decodeReference(reference: string): string | undefined {
  if (!/^&(?:[A-Za-z][A-Za-z\d]*|#\d+|#[xX][\da-fA-F]+);?$/.test(reference)) return undefined;
  const text = new NodeDomParser().parseFromString(reference, 'text/html').body?.textContent ?? undefined;
  return text && text !== reference ? text : undefined;
}
