// What Lit needs of a browser, in Node: Lit's DOM shim (`HTMLElement`,
// `customElements`, a `document`). The RSS/Atom reader needs nothing of a
// browser (it reads feeds into a tree of its own). Installed before any
// module that imports Lit is evaluated: the shim's module waits at its top
// level, and modules beside it would run first.

/** Installs the shim once; Node's own `fetch` stays the global one (the shim would put node-fetch there). */
export async function installDomShim(): Promise<void> {
  const { fetch } = globalThis;
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  globalThis.fetch = fetch;
}
