// The one Trusted Types policy of the library, "portal-widgets": it lets the
// readers give text to the HTML and XML parsers of inert documents (no script
// runs in them, nothing loads, and nothing from them is inserted into the page).

interface HtmlPolicy {
  createHTML(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy;
}

/** `undefined` until first asked for; `null` when the page has no Trusted Types or refuses the name. */
let policy: HtmlPolicy | null | undefined;

function pagePolicy(): HtmlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy = factory?.createPolicy('portal-widgets', { createHTML: (input) => input }) ?? null;
  } catch {
    // The host's CSP does not allow this policy name: pass the string and let the browser decide.
    policy = null;
  }
  return policy;
}

/**
 * `html` as the page's Trusted Types want it for an HTML sink (`DOMParser`,
 * `innerHTML` of an element in an inert document): a TrustedHTML from the
 * "portal-widgets" policy, or the string where there is none.
 */
export function trustedHtml(html: string): string {
  const trusted = pagePolicy();
  return (trusted ? trusted.createHTML(html) : html) as string;
}
