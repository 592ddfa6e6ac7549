import { transform } from 'esbuild';
import MagicString from 'magic-string';

/** Modules whose `css` and `html` exports are Lit's template tags. */
const LIT_MODULES = /^(lit|lit-element|lit-html|@lit\/reactive-element)(\/|$)/;

/**
 * Minifies the text of Lit's templates (the JavaScript minifiers leave template
 * text alone), found in the module's syntax tree as tagged templates whose tag
 * is `css` or `html` imported from Lit:
 *
 * - css``: with esbuild's CSS minifier. A template with `${}` expressions is
 *   left as written: its parts are not CSS on their own.
 * - html``: each run of white space that holds a line break (the source's
 *   indentation) becomes one space. HTML shows any run of white space as one
 *   space, or none at the start and end of a block, so the page looks the same,
 *   and no tag, attribute, binding or comment changes: Lit finds its bindings
 *   in the same text. The templates hold no `<pre>`, `<textarea>` or text
 *   styled `white-space: pre` (the article body's is sanitised HTML, not a
 *   template). Removing the space altogether between tags would join inline
 *   elements ("Title (01/12/2026)"); an HTML minifier that knows block elements
 *   (tried: minify-literals) saved no more than this, for a large dependency.
 *
 * `html: false` leaves html`` templates as written, for a file that hydrates
 * server-rendered elements: Lit checks that a template's text is the one the
 * server rendered (a digest of it, in the page), and the server renders the
 * package's modules, not minified.
 *
 * Runs after the TypeScript transform, so the parser sees plain JavaScript.
 */
export function minifyLitLiterals({ html = true } = {}) {
  return {
    name: 'minify-lit-literals',
    async transform(code, id) {
      // The minifier may have renamed the imports: the syntax tree tells which names are `css` and `html`.
      if (id.includes('/node_modules/') || !code.includes('`')) return null;
      const ast = this.parse(code);
      const tags = litTagNames(ast);
      if (!tags.size) return null;
      const out = new MagicString(code);
      const css = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const { quasis, expressions } = node.quasi;
        const tag = tags.get(node.tag.name);
        if (tag === 'css' && expressions.length === 0 && quasis[0].value.cooked != null) css.push(quasis[0]);
        if (tag === 'html' && html) for (const quasi of quasis) collapseLineBreaks(out, quasi);
      });
      for (const quasi of css) {
        const result = await transform(quasi.value.cooked, { loader: 'css', minify: true, sourcefile: id });
        for (const warning of result.warnings) this.warn(`CSS in ${id}: ${warning.text}`);
        const text = result.code.trim();
        // Back into template source: escape what a template literal would read as syntax.
        out.overwrite(quasi.start, quasi.end, text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${'));
      }
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/**
 * One html`` template part, its runs of white space with a line break as one space each. It works on the
 * raw source text, where white space is the same characters as in the value (an escape such as `\n` is
 * not white space in the source, and stays as written).
 */
function collapseLineBreaks(out, quasi) {
  // Not `\s`: a no-break space is text, not white space to HTML.
  const text = quasi.value.raw.replace(/[ \t]*[\r\n][ \t\r\n]*/g, ' ');
  if (text !== quasi.value.raw) out.overwrite(quasi.start, quasi.end, text);
}

/** Local names bound to Lit's `css` and `html` by the module's imports: local name → `css` or `html`. */
function litTagNames(ast) {
  const names = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.test(node.source.value)) continue;
    for (const specifier of node.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported.name ?? specifier.imported.value;
      if (imported === 'css' || imported === 'html') names.set(specifier.local.name, imported);
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
