// Writes what `npm pack` would put in the package to dist/pack-files.json,
// for test/package/pack.test.ts (the browser cannot run npm). Run by
// `npm run build` last, when lib/, dist/ and the README are final.

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const root = new URL('..', import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const { stdout } = await promisify(execFile)(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  cwd: root,
  maxBuffer: 16 * 1024 * 1024,
});
const [pack] = JSON.parse(stdout);
const report = {
  name: pack.name,
  version: pack.version,
  filename: pack.filename,
  size: pack.size,
  unpackedSize: pack.unpackedSize,
  files: pack.files.map((file) => file.path).sort(),
};
await writeFile(new URL('dist/pack-files.json', root), `${JSON.stringify(report, null, 2)}\n`);
console.log(`npm pack: ${report.files.length} files, ${(report.size / 1024).toFixed(1)} KB packed`);
