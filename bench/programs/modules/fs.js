'use strict';
// fs throughput: write then read back a 64 MiB file (1 MiB when BENCH_QUICK=1), synchronously
// and with fs.promises. The file lives in BENCH_TMP (set by bench/run.sh) or os.tmpdir().
const { bulk, bulkAsync, randomBytes, QUICK } = require('../../lib/harness.js');
const fs = require('fs');
const path = require('path');

const dir = process.env.BENCH_TMP || require('os').tmpdir();
const file = path.join(dir, `node4j-bench-fs-${process.pid}.bin`);
const size = QUICK ? 1048576 : 64 * 1048576;
const data = require('buffer').Buffer.from(randomBytes(size));

async function main() {
  try {
    bulk('fs.writeFileSync', () => fs.writeFileSync(file, data), size);
    bulk('fs.readFileSync', () => fs.readFileSync(file), size);
    if (fs.promises) {
      await bulkAsync('fs.promises.writeFile', () => fs.promises.writeFile(file, data), size);
      await bulkAsync('fs.promises.readFile', () => fs.promises.readFile(file), size);
    }
  } finally {
    try { fs.unlinkSync(file); } catch (e) { /* already gone */ }
  }
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
