const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Results per base URL: a list renders the same links again and again. */
const checked = new Map<string, Map<string, string | undefined>>();

/**
 * Resolves a URL from data against the URL of the document it came from and
 * keeps it only if it is http, https, mailto or tel. Everything else
 * (`javascript:`, `data:`, `vbscript:`, unparsable input) becomes `undefined`.
 */
export function safeUrl(raw: unknown, documentUrl: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Most links need no parsing: testing them is cheaper than remembering them.
  if (isCanonical(raw)) return raw;
  let results = checked.get(documentUrl);
  if (!results) {
    if (checked.size > 20) checked.clear();
    checked.set(documentUrl, (results = new Map()));
  }
  if (results.has(raw)) return results.get(raw);
  if (results.size > 5000) results.clear();
  const url = check(raw, documentUrl);
  results.set(raw, url);
  return url;
}

/**
 * An absolute http(s) URL the URL parser would give back unchanged: a
 * lower-case host whose last label starts with a letter (no IP address, no
 * punycode to validate, no port), and a path, query and fragment of
 * characters it keeps as they are, without dot segments. Most links in a
 * feed look like this; they need no parsing.
 */
const CANONICAL =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[\w\-.~!$&'()*+,;=:@/%]*(?:\?[\w\-.~!$&()*+,;=:@/?%]*)?(?:#[\w\-.~!$&'()*+,;=:@/?%#]*)?$/;
const NOT_CANONICAL = /xn--|\/(?:\.|%2e)/i;

/** True for an absolute http(s) URL that `new URL` gives back as it is (see `CANONICAL`), whatever the base. */
const isCanonical = (raw: string): boolean => CANONICAL.test(raw) && !NOT_CANONICAL.test(raw);

function check(raw: string, documentUrl: string): string | undefined {
  // The URL parser already drops leading/trailing C0 controls and spaces and
  // tabs/newlines inside, exactly as a browser would before navigating.
  const trimmed = raw.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, documentUrl);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
