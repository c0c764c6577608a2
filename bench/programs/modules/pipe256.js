'use strict';
// The stream issue's benchmark: a 256 MiB file (1 MiB when BENCH_QUICK=1) piped through a
// Transform to another file, and through stream.pipeline with zlib's gzip when the engine has
// zlib. Warm-up runs until the time per run settles (lib/harness.js), then three timed runs each; the copy is checked byte count for byte count.
const { bulkAsync, skipped, randomBytes, optional, QUICK } = require('../../lib/harness.js');
const fs = require('fs');
const path = require('path');
const { Buffer } = require('buffer');

const stream = optional('stream');
const zlib = optional('zlib');
const dir = process.env.BENCH_TMP || require('os').tmpdir();
const src = path.join(dir, `node4j-bench-pipe256-${process.pid}.in`);
const dst = path.join(dir, `node4j-bench-pipe256-${process.pid}.out`);
const size = QUICK ? 1048576 : 256 * 1048576;

// Flips every byte: real per-byte work in the Transform, cheap enough not to dominate.
function flipper() {
  return new stream.Transform({
    transform(chunk, enc, cb) {
      const out = Buffer.allocUnsafe(chunk.length);
      for (let i = 0; i < chunk.length; i++) out[i] = chunk[i] ^ 0xff;
      cb(null, out);
    },
  });
}

function throughTransform() {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(dst);
    out.on('finish', () => (fs.statSync(dst).size === size ? resolve() : reject(new Error('short copy'))))
      .on('error', reject);
    fs.createReadStream(src).on('error', reject).pipe(flipper()).on('error', reject).pipe(out);
  });
}

function throughGzip() {
  return new Promise((resolve, reject) => {
    stream.pipeline(fs.createReadStream(src), zlib.createGzip({ level: 1 }), fs.createWriteStream(dst),
      (err) => (err ? reject(err) : resolve()));
  });
}

async function main() {
  if (!stream || typeof fs.createReadStream !== 'function') {
    skipped('pipe256.transform', 'no stream or fs streams');
    skipped('pipe256.gzip', 'no stream or fs streams');
    return;
  }
  // Half random, half repetitive 1 MiB blocks: gzip has something to do in both.
  const blocks = [Buffer.from(randomBytes(1048576)), Buffer.alloc(1048576, 'node4j ')];
  const fd = fs.openSync(src, 'w');
  for (let i = 0; i < size / 1048576; i++) fs.writeSync(fd, blocks[i % 2]);
  fs.closeSync(fd);
  const runs = { warmup: QUICK ? 0 : 1, iters: QUICK ? 1 : 3 };
  try {
    await bulkAsync('pipe256.transform', throughTransform, size, runs);
    if (!zlib || typeof zlib.createGzip !== 'function') skipped('pipe256.gzip', 'no zlib.createGzip');
    else await bulkAsync('pipe256.gzip', throughGzip, size, runs);
  } finally {
    for (const f of [src, dst]) try { fs.unlinkSync(f); } catch (e) { /* already gone */ }
  }
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
