// `npm start` (demo/server.mjs) serves the demo on a port and the cross-origin
// page on the next one: with that one taken, it says so in one line and exits.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const server = fileURLToPath(new URL('../../demo/server.mjs', import.meta.url));
// A port of its own, not the default 8000 a developer's `npm start` may hold.
const PORT = Number(process.env.DEMO_TEST_PORT) || 8147;

test('with port + 1 taken, npm start prints one line naming it and how to choose other ports', async () => {
  const taken = createServer();
  await new Promise((resolve) => taken.listen(PORT + 1, resolve));
  try {
    const error = await run(process.execPath, [server, '--port', String(PORT), '--no-build'], { timeout: 20_000 }).then(
      () => assert.fail('the server started with its second port taken'),
      (failure) => failure,
    );
    assert.equal(error.code, 1);
    assert.equal(error.stdout, '');
    const lines = error.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line, not a stack trace:\n${error.stderr}`);
    assert.match(lines[0], new RegExp(`^Port ${PORT + 1} \\(the cross-origin page, port \\+ 1\\) is in use: `));
    assert.match(lines[0], /PORT=\d+ npm start/);
    assert.match(lines[0], /npm start -- --port \d+/);
  } finally {
    await new Promise((resolve) => taken.close(resolve));
  }
});
