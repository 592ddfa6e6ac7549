// The bytes of an XML document as text, decoded the way XML and browsers
// decide its encoding.

/** An encoding name `TextDecoder` knows for `label`, except UTF-16, which ASCII-compatible bytes cannot be. */
function encodingOf(label: string | null | undefined): string | undefined {
  try {
    const encoding = label ? new TextDecoder(label).encoding : undefined;
    return encoding?.startsWith('utf-16') ? undefined : encoding;
  } catch {
    return undefined;
  }
}

/** The encoding the XML declaration names, read from the first bytes as if they were Latin-1. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const start = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  return encodingOf(/<\?xml[^>]*?\sencoding\s*=\s*["']?([\w.:-]+)/.exec(start)?.[1]);
}

/** UTF-16 by its byte-order mark or, without one, by the zero byte of the first character (`<`, or white space before it). */
function utf16Of(bytes: Uint8Array): string | undefined {
  const [a, b] = bytes;
  if ((a === 0xfe && b === 0xff) || (a === 0 && b && b < 0x80)) return 'utf-16be';
  if ((a === 0xff && b === 0xfe) || (a && a < 0x80 && b === 0)) return 'utf-16le';
  return undefined;
}

/** The text when the bytes are valid UTF-8 with characters past ASCII, which text in a legacy encoding is not by chance. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /[^\0-\x7F]/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** More broken sequences than characters past ASCII: not UTF-8 after all. */
function mostlyBroken(text: string): boolean {
  if (!text.includes('\uFFFD')) return false;
  const broken = text.match(/\uFFFD/g)?.length ?? 0;
  const good = text.match(/[^\0-\x7F\uFFFD]/g)?.length ?? 0;
  return broken > 0 && broken >= good;
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
  const declared = declaredEncoding(bytes);
  const utf16 = utf16Of(bytes);
  const encoding = utf16 ?? encodingOf(charset) ?? declared;
  if (encoding && encoding !== 'utf-8') {
    // Servers label text/xml ISO-8859-1 by default: valid UTF-8 past ASCII is UTF-8 all the same.
    return (!utf16 && strictUtf8(bytes)) || new TextDecoder(encoding).decode(bytes);
  }
  const text = new TextDecoder().decode(bytes);
  if (!mostlyBroken(text)) return text;
  return new TextDecoder((declared !== 'utf-8' && declared) || 'windows-1252').decode(bytes);
}
