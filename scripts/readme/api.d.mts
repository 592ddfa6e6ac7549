/** The README's API reference from custom-elements.json and package.json. */
export function renderApi(manifest: unknown, pkg: { name: string; exports?: Record<string, unknown> }): string;
