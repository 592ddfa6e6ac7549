// The Vue and Svelte types, as a project that installs the packed package gets
// them: in a fresh folder, `npm install` of the tarball, then vue-tsc and
// svelte-check on test/package/consumer/{vue,svelte}/. App.* (all four tags,
// properties, handlers reading `event.detail` with no annotation) must pass;
// in Wrong.*, each line after an `error: …` comment must be reported with
// that message, and nothing else. The examples in examples/ are type-checked
// as they are (vue-tsc, svelte-check, tsc), against this package.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const bin = {
  vueTsc: join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'),
  svelteCheck: join(root, 'node_modules/svelte-check/bin/svelte-check'),
  tsc: join(root, 'node_modules/typescript/bin/tsc'),
};
const compilerOptions = {
  strict: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
  noEmit: true,
  verbatimModuleSyntax: true,
  // The package's own .d.ts files are checked too.
  skipLibCheck: false,
};

/** Runs a checker; its report (stdout) whether it passes or not. */
const check = (args, cwd) =>
  run(process.execPath, args, { cwd, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout }) => ({ ok: true, stdout }),
    (error) => ({ ok: false, stdout: `${error.stdout}${error.stderr}` }),
  );

/** `error: …` comments in a file: the line after each (1-based) and the message expected there. */
async function expectedErrors(file) {
  const lines = (await readFile(file, 'utf8')).split('\n');
  return lines.flatMap((line, index) => {
    const match = /<!-- error: (.+) -->/.exec(line);
    return match ? [{ line: index + 2, message: match[1] }] : [];
  });
}

function assertReported(reported, expected, name) {
  assert.equal(expected.length, 3, `${name}: three deliberate errors`);
  assert.deepEqual(
    [...new Set(reported.map((error) => error.line))].sort((a, b) => a - b),
    expected.map((error) => error.line),
    `${name}: errors reported on these lines only:\n${reported.map((error) => `${error.line}: ${error.message}`).join('\n')}`,
  );
  for (const { line, message } of expected) {
    assert.ok(
      reported.some((error) => error.line === line && error.message.includes(message)),
      `${name}:${line}: no error "${message}"`,
    );
  }
}

let project;

before(async () => {
  project = await mkdtemp(join(tmpdir(), 'portal-widgets-frameworks-'));
  const { stdout } = await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  const [pack] = JSON.parse(stdout);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, pack.filename)], { cwd: project });
  // The frameworks' types, as the project would have them installed.
  for (const name of ['vue', '@vue', 'svelte'])
    await symlink(join(root, 'node_modules', name), join(project, 'node_modules', name));
  await cp(join(root, 'test/package/consumer/vue'), join(project, 'vue'), { recursive: true });
  await cp(join(root, 'test/package/consumer/svelte'), join(project, 'svelte'), { recursive: true });
  await writeFile(
    join(project, 'vue/tsconfig.json'),
    JSON.stringify({ compilerOptions, vueCompilerOptions: { checkUnknownProps: true }, include: ['*.ts', '*.vue'] }),
  );
  await writeFile(join(project, 'svelte/tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts', '*.svelte'] }));
});

after(() => (project ? rm(project, { recursive: true, force: true }) : undefined));

describe('the packed package in a fresh project', { concurrency: true }, () => {
  test('vue-tsc passes App.vue and reports the 3 errors of Wrong.vue', async () => {
    const { stdout } = await check([bin.vueTsc, '-p', join(project, 'vue/tsconfig.json')], join(project, 'vue'));
    const reported = [...stdout.matchAll(/^(\S+?)\((\d+),\d+\): error TS\d+: (.+)$/gm)].map(([, file, line, message]) => ({
      file,
      line: Number(line),
      message,
    }));
    assert.ok(stdout.trim() === '' || reported.length > 0, `vue-tsc: ${stdout}`);
    assert.deepEqual(
      reported.filter((error) => !error.file.endsWith('Wrong.vue')),
      [],
      'vue-tsc reports errors outside Wrong.vue',
    );
    assertReported(
      reported.filter((error) => error.file.endsWith('Wrong.vue')),
      await expectedErrors(join(project, 'vue/Wrong.vue')),
      'Wrong.vue',
    );
  });

  test('svelte-check passes App.svelte and reports the 3 errors of Wrong.svelte', async () => {
    const { stdout } = await check(
      [
        bin.svelteCheck,
        '--workspace',
        join(project, 'svelte'),
        '--tsconfig',
        join(project, 'svelte/tsconfig.json'),
        '--output',
        'machine',
      ],
      project,
    );
    // Machine output: `<time> ERROR "<file>" <line>:<column> "<message, JSON-escaped>"`.
    const reported = [...stdout.matchAll(/^\d+ (?:ERROR|WARNING) "([^"]+)" (\d+):\d+ ("(?:[^"\\]|\\.)*")$/gm)].map(
      ([, file, line, message]) => ({ file, line: Number(line), message: JSON.parse(message) }),
    );
    assert.match(stdout, /COMPLETED \d+ FILES/, `svelte-check did not run:\n${stdout}`);
    assert.deepEqual(
      reported.filter((error) => !error.file.endsWith('Wrong.svelte')),
      [],
      'svelte-check reports problems outside Wrong.svelte',
    );
    assertReported(
      reported.filter((error) => error.file.endsWith('Wrong.svelte')),
      await expectedErrors(join(project, 'svelte/Wrong.svelte')),
      'Wrong.svelte',
    );
  });
});

describe('the examples type-check', { concurrency: true }, () => {
  test('examples/vue with vue-tsc', async () => {
    const result = await check([bin.vueTsc, '-p', join(root, 'examples/vue')], root);
    assert.ok(result.ok, result.stdout);
  });
  test('examples/svelte with svelte-check', async () => {
    const workspace = join(root, 'examples/svelte');
    const result = await check(
      [bin.svelteCheck, '--workspace', workspace, '--tsconfig', join(workspace, 'tsconfig.json'), '--fail-on-warnings'],
      root,
    );
    assert.ok(result.ok, result.stdout);
    assert.match(result.stdout, /found 0 errors and 0 warnings/);
  });
  for (const example of ['typescript', 'react']) {
    test(`examples/${example} with tsc`, async () => {
      const files = await readdir(join(root, `examples/${example}/src`));
      assert.ok(
        files.some((file) => /\.tsx?$/.test(file)),
        `examples/${example}/src has TypeScript`,
      );
      const result = await check([bin.tsc, '-p', join(root, `examples/${example}`)], root);
      assert.ok(result.ok, result.stdout);
    });
  }
});
