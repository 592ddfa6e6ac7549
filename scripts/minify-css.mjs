/**
 * Minifies the CSS inside Lit's css`` template literals (esbuild leaves
 * template text alone). Only templates without `${}` are touched; strings
 * inside the CSS are kept as written.
 */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`$]*)`/g, (_, text) => `css\`${minifyCss(text)}\``);
      return { code: out, map: null };
    },
  };
}

export function minifyCss(text) {
  // Keep quoted strings out of the way of the white-space rules.
  const strings = [];
  const masked = text.replace(/(["'])(?:\\.|(?!\1).)*\1/g, (s) => `\u0000${strings.push(s) - 1}\u0000`);
  const min = masked
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .trim();
  return min.replace(/\u0000(\d+)\u0000/g, (_, i) => strings[Number(i)]);
}
