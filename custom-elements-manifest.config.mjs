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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/element/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [definitionsFromTags()],
};
