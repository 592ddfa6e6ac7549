// The tags' types for Vue and Svelte templates, written by the generators of
// custom-element-vuejs-integration and custom-element-svelte-integration from
// custom-elements.json (run as analyzer plugins by
// custom-elements-manifest.config.mjs), then adjusted here where their output
// does not fit this package:
//   lib/vue.d.ts    – `GlobalComponents` for vue-tsc: attributes, properties, `@portal-*` events
//   lib/svelte.d.ts – `svelteHTML.IntrinsicElements` for svelte-check (Svelte 5)
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * The generators import the event detail types once per element that fires
 * them, which TypeScript rejects as duplicate identifiers: each name is kept once.
 */
export function importsOnce(types) {
  return types.replace(
    /import type \{([^}]*)\} from "\.\/index\.js";/,
    (_, names) =>
      `import type { ${[
        ...new Set(
          names
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        ),
      ].join(', ')} } from "./index.js";`,
  );
}

const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/**
 * vue-tsc reads a template's `item-id="…"` as the prop `itemId` and
 * `@portal-load` as `onPortalLoad`, as Vue does: the generator's
 * `"item-id"` and `"onportal-load"` keys would match neither. The tags also
 * take every HTML attribute (`id`, `title`, `aria-*`, DOM events), which
 * `vueCompilerOptions.checkUnknownProps` would otherwise reject.
 */
export function forVueTemplates(types) {
  const vueImport = 'import type { DefineComponent } from "vue";';
  if (!types.includes(vueImport)) throw new Error('vue types: the generator no longer imports DefineComponent alone');
  return importsOnce(types)
    .replace(vueImport, 'import type { DefineComponent, HTMLAttributes } from "vue";')
    .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & Omit<HTMLAttributes, keyof $1>>')
    .replace(/^( *)"on([a-z][\w-]*)"\?:/gm, (_, indent, event) => {
      const name = camel(event);
      return `${indent}on${name[0].toUpperCase()}${name.slice(1)}?:`;
    })
    .replace(/^( *)"([a-z][\w]*(?:-[\w]+)+)"\?:/gm, (_, indent, attribute) => `${indent}${camel(attribute)}?:`);
}

/**
 * Svelte 5 sets a custom element's property from a plain attribute
 * (`data={items}`) and listens with an event attribute (`onportal-load={…}`);
 * the generator writes Svelte 4's `bind:data` and `on:portal-load` only. Both
 * spellings are kept. Its base props are Solid's (`JSX.Element` children,
 * `classList`): Svelte's own `HTMLAttributes` take their place, so `class`,
 * `id`, `slot`, `aria-*` and DOM events type-check and a misspelt attribute
 * does not. `svelteHTML` is a global namespace, and the file is a module.
 */
export function forSvelte5(types) {
  const base = types.indexOf('type BaseProps = {');
  const end = types.indexOf('type BaseEvents = {};');
  if (base < 0 || end < 0) throw new Error('svelte types: the generator no longer writes BaseProps/BaseEvents');
  const global = /declare namespace svelteHTML \{([\s\S]*?)\n\}/;
  if (!global.test(types)) throw new Error('svelte types: the generator no longer declares svelteHTML');
  return `import type { HTMLAttributes } from "svelte/elements";\n${types.slice(0, base)}type BaseProps = HTMLAttributes<HTMLElement>;\n\n${types
    .slice(end)
    .replace(/^( *)"bind:([\w]+)"\?: (.+);$/gm, '$1"$2"?: $3;\n$1"bind:$2"?: $3;')
    .replace(/^( *)"on:([\w-]+)"\?: (.+);$/gm, '$1"on$2"?: $3;\n$1"on:$2"?: $3;')
    .replace(global, 'declare global {\n  namespace svelteHTML {$1\n  }\n}\n\nexport {};')}`;
}

/** An analyzer plugin that runs `generator` and then rewrites its file with `adjust`. */
function adjusted(name, file, generator, adjust) {
  return {
    name,
    packageLinkPhase(context) {
      generator.packageLinkPhase(context);
      writeFileSync(file, adjust(readFileSync(file, 'utf8')));
    },
  };
}

const options = (fileName) => ({ outdir: 'lib', fileName, globalTypePath: './index.js', hideLogs: true });

export const vueTypes = () =>
  adjusted('vue-types', 'lib/vue.d.ts', customElementVuejsPlugin(options('vue.d.ts')), forVueTemplates);

export const svelteTypes = () =>
  adjusted('svelte-types', 'lib/svelte.d.ts', customElementSveltePlugin(options('svelte.d.ts')), (types) =>
    forSvelte5(importsOnce(types)),
  );
