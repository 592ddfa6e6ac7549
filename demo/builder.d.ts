// Types of demo/builder.js, for the TypeScript tests that import it.

/** The attributes the form describes, in snippet order, defaults left out. */
export function attributesOf(state: Record<string, string>, base?: string): [string, string][];

/** What a CMS needs: the hints, the script and the element, or with a `snapshot` the server-rendered element. */
export function snippetOf(tag: string, attributes: [string, string][], base?: string, snapshot?: { element: string }): string;

/** Wires the builder form in `root`. */
export function createBuilder(root: ParentNode, lang: () => 'vi' | 'en'): { refresh(): void };
