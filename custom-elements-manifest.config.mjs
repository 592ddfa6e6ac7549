import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { importsOnce, svelteTypes, vueTypes } from './scripts/framework-types.mjs';

/**
 * Elements register through `define()` (safe to run twice), which the
 * analyzer cannot follow: the `@tag` in each class's JSDoc names the tag,
 * and this plugin adds the matching custom-element definitions.
 */
function definitionsFromTags() {
  return {
    name: 'definitions-from-tags',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          module.exports ??= [];
          module.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          });
        }
      }
    },
  };
}

/**
 * lib/jsx.d.ts: the tags' JSX props (attributes, properties, `onportal-*`
 * events), typed from the element classes; types/react.d.ts adds them to
 * React's JSX. lib/vue.d.ts and lib/svelte.d.ts type the tags in Vue and
 * Svelte templates (scripts/framework-types.mjs).
 */
function jsxTypes() {
  const file = 'lib/jsx.d.ts';
  const generator = customElementJsxPlugin({ outdir: 'lib', fileName: 'jsx.d.ts', globalTypePath: './index.js', hideLogs: true });
  return {
    name: 'jsx-types',
    packageLinkPhase(context) {
      generator.packageLinkPhase(context);
      writeFileSync(file, importsOnce(readFileSync(file, 'utf8')));
    },
  };
}

/**
 * The analyzer lists modules in the order its file walk finishes, which
 * differs from run to run: sorted by path, the manifest changes only when
 * the API does.
 */
function stableOrder() {
  return {
    name: 'stable-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // server/ and ssr.ts run no element of their own: the elements' manifest leaves them out.
  exclude: ['src/**/*.styles.ts', 'src/element/define.ts', 'src/server/**', 'src/ssr.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [definitionsFromTags(), jsxTypes(), vueTypes(), svelteTypes(), stableOrder()],
};
