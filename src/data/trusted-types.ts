// The one Trusted Types policy of the library, "portal-widgets": it lets the
// readers give text to `DOMParser`, whose documents are inert (no script runs
// in them, nothing loads, and nothing from them is inserted into the page).

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
 * `DOMParser#parseFromString`, a Trusted Types sink: under
 * `require-trusted-types-for 'script'` the text goes through the
 * "portal-widgets" policy. Throws a `TypeError` when the page refuses it.
 */
export function parseMarkup(text: string, type: DOMParserSupportedType): Document {
  const trusted = pagePolicy();
  return new DOMParser().parseFromString((trusted ? trusted.createHTML(text) : text) as string, type);
}
