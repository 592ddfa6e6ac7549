// Character references on a server: the RSS/Atom reader reads feeds into a
// tree of its own (no `DOMParser`, in Node as in the browser), and a named
// reference (`&ocirc;`) is read by @xmldom/xmldom's HTML reader, which knows
// every name HTML has.
import { DOMParser as XmlDomParser } from '@xmldom/xmldom';

/** One character reference (`&ocirc;`, `&#7897;`) read by xmldom's HTML reader; `undefined` for one it does not know. */
export function decodeReference(reference: string): string | undefined {
  if (!/^&(?:[A-Za-z][A-Za-z\d]*|#\d+|#[xX][\da-fA-F]+);?$/.test(reference)) return undefined;
  const doc = new XmlDomParser({ onError: () => undefined }).parseFromString(
    `<html><body>${reference}</body></html>`,
    'text/html',
  );
  const text = doc.getElementsByTagName('body')[0]?.textContent ?? undefined;
  return text && text !== reference ? text : undefined;
}
