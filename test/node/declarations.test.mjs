// The type declarations an app reaches through the package's `exports` (and
// every declaration file they import) name only packages the package itself
// declares, so an app whose package manager installs strictly (pnpm, Yarn PnP)
// finds every type they use. A framework's own entry may name that framework:
// an app that imports `portal-widgets/vue` has Vue.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
const FRAMEWORK_OF = { './vue': ['vue'], './svelte': ['svelte'], './react': ['react'] };

/** The package a bare specifier names: `lit/decorators.js` → `lit`, `@lit/task` → `@lit/task`. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Every specifier a declaration file imports (`from '…'`, `import('…')`, `import '…'`), comments left out. */
const specifiers = (text) =>
  [
    ...text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/.*$/gm, '$1')
      .matchAll(/(?:from\s+|import\s*\(\s*|import\s+)(['"])([^'"]+)\1/g),
  ].map((match) => match[2]);

/** The declaration file a relative specifier in `from` names. */
function declarationOf(from, specifier) {
  const base = join(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.d.ts'), `${base}.d.ts`, join(base, 'index.d.ts'), base];
  return candidates.find((path) => path.endsWith('.d.ts') && existsSync(path));
}

/** Bare specifiers not declared by the package, in every declaration file reachable from `entry`. */
function undeclaredFrom(entry, allowed) {
  const seen = new Set();
  const pending = [join(root, entry)];
  const found = [];
  while (pending.length) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const next = declarationOf(file, specifier);
        if (next) pending.push(next);
      } else if (
        !specifier.startsWith('node:') &&
        !declared.has(packageOf(specifier)) &&
        !allowed.includes(packageOf(specifier))
      ) {
        found.push(`${relative(root, file).split(sep).join('/')}: ${specifier}`);
      }
    }
  }
  return found;
}

describe('type declarations', () => {
  it('reached from the exports import only their own files, Node built-ins and declared packages', () => {
    const entries = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target.types);
    assert.ok(entries.length >= 8, 'the exports give types');
    const undeclared = entries.flatMap(([name, { types }]) => undeclaredFrom(types, FRAMEWORK_OF[name] ?? []));
    assert.deepEqual([...new Set(undeclared)], []);
  });

  it('reads the import forms a declaration file uses, and not those in comments', () => {
    const text = `import { html } from 'lit';\n/** import x from "no"; */\n// import 'nor';\nexport declare const a: import("lit-html").TemplateResult<1>;\nimport '@lit/task';`;
    assert.deepEqual(specifiers(text), ['lit', 'lit-html', '@lit/task']);
    assert.equal(packageOf('@lit/task/x.js'), '@lit/task');
    assert.equal(packageOf('lit/decorators.js'), 'lit');
  });
});
