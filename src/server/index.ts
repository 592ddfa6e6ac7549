// `portal-widgets/server`: the elements rendered in Node (Eleventy, Astro,
// Next, a build step), and the render service behind `portal-widgets serve`.
// Needs the optional peer dependencies `@lit-labs/ssr` and `@xmldom/xmldom` (its HTML reader reads character references).
import { installDomShim } from './dom-shim.js';

// Lit reads the DOM shim's globals when it is evaluated: the modules that import it load after.
await installDomShim();
const render = await import('./render.js');

export const { TAGS, escapeHtml, isTag, loadState, renderElement, renderElementStream, stateScript, styleHashes } = render;
export type { Attributes, RenderOptions, RenderedElement, ServerState, Tag } from './render.js';

const service = await import('./service.js');
export const { createService, renderHandler } = service;
export type { ServiceOptions } from './service.js';
