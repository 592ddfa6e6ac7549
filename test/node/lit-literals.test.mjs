// The build's minifier of Lit's template text (scripts/rollup-lit-literals.mjs): what it changes in
// css`` and html`` templates, and what it leaves as written. The browser suite runs the minified
// files themselves (test/build/, test/server/).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { minifyLitLiterals } from '../../scripts/rollup-lit-literals.mjs';

/** The module `code` after the plugin (with `options`), as the build sees it. */
async function minified(code, options) {
  const plugin = minifyLitLiterals(options);
  const context = { parse: (text) => parseAst(text), warn: (message) => assert.fail(message) };
  const result = await plugin.transform.call(context, code, '/project/src/example.js');
  return result?.code ?? code;
}

const template = [
  "import { html as h, css } from 'lit';",
  'export const row = (url, title, date) => h`<li part="item">',
  '    <a href="${url}" @click=${() => {}}>${title}</a>',
  '    <span class="date">(${date})</span>\u00a0\\n',
  '  </li>`;',
  'export const styles = css`',
  '  .date {',
  '    color: red;',
  '  }',
  '`;',
].join('\n');

describe('the build minifies the text of Lit templates', () => {
  it('makes each run of white space with a line break in an html`` template one space', async () => {
    const code = await minified(template);
    assert.match(
      code,
      /h`<li part="item"> <a href="\$\{url\}" @click=\$\{\(\) => \{\}\}>\$\{title\}<\/a> <span class="date">\(\$\{date\}\)<\/span>\u00a0\\n <\/li>`/,
    );
  });

  it('minifies the CSS of a css`` template', async () => {
    assert.match(await minified(template), /css`\.date\{color:red\}`/);
  });

  it('leaves html`` templates as written for a file that hydrates, and still minifies its CSS', async () => {
    const code = await minified(template, { html: false });
    assert.ok(code.includes('h`<li part="item">\n    <a href'));
    assert.match(code, /css`\.date\{color:red\}`/);
  });

  it('leaves a template alone whose tag is not imported from Lit', async () => {
    const code = 'const html = (s) => s;\nexport const text = html`a\n  b`;';
    assert.equal(await minified(code), code);
  });
});
