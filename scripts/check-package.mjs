// What a project that installs the package gets, checked in Node after
// `npm run build` (part of `npm test`):
//  1. `npm pack` has lib/, dist/ (the entry and exactly the chunks it imports),
//     the types and every file package.json points to, and nothing else;
//  2. publint finds nothing to report;
//  3. test/package/consumer/app.tsx, a React 19 project in TypeScript strict,
//     type-checks against the unpacked tarball, and uses every attribute of
//     every tag in custom-elements.json.
//   node scripts/check-package.mjs

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, lstat, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const root = new URL('..', import.meta.url);
const path = (url) => fileURLToPath(url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Inside node_modules/, so the unpacked package finds its dependencies (lit, dompurify) and React's types.
const work = new URL('node_modules/.cache/portal-widgets-consumer/', root);

const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));

await rm(work, { recursive: true, force: true });
await mkdir(new URL('node_modules/', work), { recursive: true });

// 1. The files. Scripts are skipped: `npm test` has just built.
const { stdout } = await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', path(work)], {
  cwd: root,
  maxBuffer: 16 * 1024 * 1024,
});
const [pack] = JSON.parse(stdout);
const files = pack.files.map((file) => file.path).sort();
const has = (file) => assert.ok(files.includes(file.replace(/^\.\//, '')), `npm pack has no ${file}`);

assert.equal(pack.name, pkg.name);
assert.equal(pack.version, pkg.version);
for (const file of [
  'lib/index.js',
  'lib/index.d.ts',
  'lib/events.d.ts',
  'lib/data/model.d.ts',
  'lib/jsx.d.ts',
  'lib/vue.d.ts',
  'lib/svelte.d.ts',
  'types/react.d.ts',
  'bin/portal-widgets.mjs',
  'lib/server/index.js',
  'lib/server/index.d.ts',
])
  has(file);
const ELEMENTS = ['news-list', 'related-articles', 'website-links', 'article-card'];
for (const tag of ELEMENTS) {
  has(`lib/${tag}/${tag}.js`);
  has(`lib/${tag}/${tag}.d.ts`);
}
for (const module of files.filter((file) => /^lib\/.+\.js$/.test(file))) has(module.replace(/\.js$/, '.d.ts'));
for (const file of [
  'custom-elements.json',
  'schemas/portal-json.schema.json',
  'schemas/links.schema.json',
  'README.md',
  'CHANGELOG.md',
  'package.json',
])
  has(file);

// The drop-in entry and exactly the chunks it loads (and those load, as the full
// article view loads the sanitiser): a self-hosted copy of dist/ is complete.
has('dist/portal-widgets.js');
// The same for the entry with Lit's hydration support, in dist/ssr/, and each element's own file, in dist/TAG/.
for (const dir of ['dist/', 'dist/ssr/', ...ELEMENTS.map((tag) => `dist/${tag}/`)]) {
  has(`${dir}portal-widgets.js`);
  const loaded = new Set();
  const follow = async (file) => {
    const source = await readFile(new URL(`${dir}${file}`, root), 'utf8');
    for (const [, chunk] of source.matchAll(/import\("\.\/([^"]+)"\)/g)) {
      if (loaded.has(chunk)) continue;
      loaded.add(chunk);
      await follow(chunk);
    }
  };
  await follow('portal-widgets.js');
  const chunks = files.filter(
    (file) => file.startsWith(dir) && !file.slice(dir.length).includes('/') && file !== `${dir}portal-widgets.js`,
  );
  assert.deepEqual(
    chunks.map((file) => file.slice(dir.length)),
    [...loaded].sort(),
    `${dir} in the package holds exactly the chunks the entry imports, and those they import`,
  );
}

for (const target of [pkg.main, pkg.module, pkg.types, pkg.customElements, ...pkg.sideEffects, ...Object.values(pkg.bin)])
  has(target);
for (const [specifier, entryPoint] of Object.entries(pkg.exports)) {
  for (const target of typeof entryPoint === 'string' ? [entryPoint] : Object.values(entryPoint)) {
    if (!target.includes('*')) {
      has(target);
      continue;
    }
    const [before, after] = target.replace(/^\.\//, '').split('*');
    assert.ok(
      files.some((file) => file.startsWith(before) && file.endsWith(after)),
      `${specifier}: no file matches ${target}`,
    );
  }
}

const ALLOWED = [
  /^lib\/.+\.js$/,
  /^lib\/.+\.d\.ts$/,
  /^dist\/(ssr\/|news-list\/|related-articles\/|website-links\/|article-card\/)?portal-widgets(-(sanitize|article-full|article-card-element|rss-atom|wordpress|date-reader|date-fns|live)-[\w-]+)?\.js$/,
  /^types\/[\w-]+\.d\.ts$/,
  /^bin\/portal-widgets\.mjs$/,
  /^schemas\/[\w-]+\.schema\.json$/,
  /^(custom-elements\.json|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/,
];
assert.deepEqual(
  files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file))),
  [],
  'npm pack has files that are not part of the package (sources, tests, maps, reports)',
);

// 2. publint, on what npm packs.

const { messages, pkg: linted } = await publint({ pkgDir: path(root), pack: 'npm', strict: true });
assert.deepEqual(
  messages.map((message) => `${message.type}: ${formatMessage(message, linted)}`),
  [],
  'publint reports problems',
);

// 3. A React project using the unpacked tarball.
const tarball = new URL(pack.filename, work);
await run('tar', ['-xzf', path(tarball), '-C', path(new URL('node_modules/', work))]);
await rename(new URL('node_modules/package/', work), new URL('node_modules/portal-widgets/', work));
const app = new URL('test/package/consumer/app.tsx', root);
await copyFile(app, new URL('app.tsx', work));
const source = await readFile(app, 'utf8');
for (const element of manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)) {
  const usage = source.slice(source.indexOf(`<${element.tagName}\n`)).split('/>')[0];
  for (const attribute of element.attributes ?? []) {
    assert.ok(usage.includes(`\n        ${attribute.name}=`), `app.tsx: <${element.tagName}> does not use ${attribute.name}`);
  }
}
await writeFile(
  new URL('tsconfig.json', work),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      types: [],
      noEmit: true,
      // The package's own .d.ts files are checked too.
      skipLibCheck: false,
    },
    files: ['app.tsx'],
  }),
);
try {
  await run(process.execPath, [
    path(new URL('node_modules/typescript/bin/tsc', root)),
    '-p',
    path(new URL('tsconfig.json', work)),
  ]);
} catch (error) {
  console.error(error.stdout);
  throw new Error('test/package/consumer/app.tsx does not type-check against the packed package', { cause: error });
}

// 4. A fresh install, outside this project (npm's cache makes it fast; the registry answers what is not cached).
const MAX_PACKAGES = 12;
const MAX_MB = 40;
const fresh = await mkdtemp(join(tmpdir(), 'portal-widgets-install-'));
let installed;
let megabytes;
try {
  await writeFile(join(fresh, 'package.json'), JSON.stringify({ name: 'fresh', private: true }));
  await run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', path(tarball)], { cwd: fresh });
  const lock = JSON.parse(await readFile(join(fresh, 'node_modules/.package-lock.json'), 'utf8'));
  installed = Object.keys(lock.packages).filter((key) => key.startsWith('node_modules/'));
  megabytes = (await diskUsage(join(fresh, 'node_modules'))) / 1024 / 1024;
  // Each command names what it needs, in one line, where that is not installed (jsdom is not needed to render).
  const needed = Object.entries(pkg.peerDependencies).filter(([name]) => name !== 'jsdom');
  const install = needed.map(([name, range]) => `${name}@"${range}"`).join(' ');
  for (const args of [
    ['snapshot', 'news-list', 'feed.json'],
    ['serve', '--port', '0'],
  ]) {
    const failed = await run(process.execPath, [join(fresh, 'node_modules/portal-widgets/bin/portal-widgets.mjs'), ...args], {
      cwd: fresh,
      // `serve` would run on if it could start.
      timeout: 30_000,
    }).then(
      () => assert.fail(`portal-widgets ${args[0]} ran without its peer dependencies`),
      (error) => error,
    );
    assert.equal(failed.code, 1);
    assert.equal(
      failed.stderr,
      `portal-widgets: ${args[0]} needs ${needed.map(([name]) => name).join(' and ')}, not installed with the elements: npm install ${install}\n`,
    );
  }
} finally {
  await rm(fresh, { recursive: true, force: true });
}
assert.ok(
  installed.length <= MAX_PACKAGES,
  `npm install of the tarball brings ${installed.length} packages (at most ${MAX_PACKAGES}): ${installed.join(', ')}`,
);
for (const peer of ['@lit-labs/ssr', '@xmldom/xmldom', 'jsdom']) {
  assert.ok(!installed.includes(`node_modules/${peer}`), `${peer} (server rendering only) is installed with the package`);
}
assert.ok(megabytes <= MAX_MB, `npm install of the tarball takes ${megabytes.toFixed(1)} MB (at most ${MAX_MB})`);

/** Bytes a folder takes on disk, as `du` counts them. */
async function diskUsage(folder) {
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    const info = await lstat(join(entry.parentPath ?? entry.path, entry.name));
    bytes += info.blocks * 512;
  }
  return bytes;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `package: ${files.length} files, ${kb(pack.size)} packed; publint clean; app.tsx type-checks (React 19, TypeScript strict); ` +
    `npm install brings ${installed.length} packages, ${megabytes.toFixed(1)} MB`,
);
