// The drop-in file for pages with server-rendered elements (dist/ssr/):
// Lit's hydration support, which must run before LitElement is defined, then
// the four elements. An element with a declarative shadow root is hydrated
// (its rows are kept); one without renders as with dist/portal-widgets.js.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './index.js';
