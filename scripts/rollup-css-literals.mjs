import { transform } from 'esbuild';
import MagicString from 'magic-string';

/** Modules whose `css` export is Lit's tag for style sheets. */
const LIT_MODULES = /^(lit|lit-element|@lit\/reactive-element)(\/|$)/;

/**
 * Minifies the CSS of Lit's css`` templates with esbuild's CSS minifier (the
 * JavaScript minifiers leave template text alone). The templates are found in
 * the module's syntax tree, as tagged templates whose tag is `css` imported from
 * Lit. A template with `${}` expressions is left as written: its parts are not
 * CSS on their own.
 *
 * Runs after the TypeScript transform, so the parser sees plain JavaScript.
 */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    async transform(code, id) {
      // The minifier may have renamed the import: the syntax tree tells which name is `css`.
      if (id.includes('/node_modules/') || !code.includes('`')) return null;
      const ast = this.parse(code);
      const tags = cssTagNames(ast);
      if (!tags.size) return null;
      const templates = [];
      walk(ast, (node) => {
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
          const { quasis, expressions } = node.quasi;
          if (expressions.length === 0 && quasis[0].value.cooked != null) templates.push(quasis[0]);
        }
      });
      if (!templates.length) return null;
      const out = new MagicString(code);
      for (const quasi of templates) {
        const result = await transform(quasi.value.cooked, { loader: 'css', minify: true, sourcefile: id });
        for (const warning of result.warnings) this.warn(`CSS in ${id}: ${warning.text}`);
        const text = result.code.trim();
        // Back into template source: escape what a template literal would read as syntax.
        out.overwrite(quasi.start, quasi.end, text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${'));
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/** Local names bound to Lit's `css` by the module's imports. */
function cssTagNames(ast) {
  const names = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.test(node.source.value)) continue;
    for (const specifier of node.specifiers) {
      if (specifier.type === 'ImportSpecifier' && (specifier.imported.name ?? specifier.imported.value) === 'css')
        names.add(specifier.local.name);
    }
  }
  return names;
}

/** Calls `visit` on every node of an ESTree syntax tree. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    } else if (value && typeof value.type === 'string') walk(value, visit);
  }
}
