import { writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/**
 * Prints each chunk's minified, gzip and brotli size and writes them to
 * `file`, where the size-budget test reads them.
 */
export function sizeReport(file) {
  return {
    name: 'size-report',
    writeBundle(_options, bundle) {
      const chunks = {};
      for (const [name, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        const code = Buffer.from(output.code);
        chunks[name] = {
          entry: output.isEntry,
          bytes: code.length,
          gzip: gzipSync(code, { level: 9 }).length,
          brotli: brotliCompressSync(code, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
          }).length,
        };
      }
      writeFileSync(file, JSON.stringify(chunks, null, 2) + '\n');
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
      console.log('\n  chunk                                   minified     gzip   brotli');
      for (const [name, s] of Object.entries(chunks)) {
        console.log(`  ${name.padEnd(38)} ${kb(s.bytes)} ${kb(s.gzip)} ${kb(s.brotli)}`);
      }
    },
  };
}
