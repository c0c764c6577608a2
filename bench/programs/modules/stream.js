'use strict';
// stream throughput: fs.createReadStream(a).pipe(fs.createWriteStream(b)) over a 64 MiB file,
// and an in-memory Readable -> Transform -> Writable pipeline of 64 MiB in 64 KiB chunks
// (1 MiB when BENCH_QUICK=1). Each part is skipped if the engine lacks what it needs.
const { bulkAsync, skipped, randomBytes, optional, QUICK } = require('../../lib/harness.js');
const fs = require('fs');
const path = require('path');

const stream = optional('stream');
const dir = process.env.BENCH_TMP || require('os').tmpdir();
const src = path.join(dir, `node4j-bench-stream-${process.pid}.in`);
const dst = path.join(dir, `node4j-bench-stream-${process.pid}.out`);
const size = QUICK ? 1048576 : 64 * 1048576;
const { Buffer } = require('buffer');

function filePipe() {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(dst);
    out.on('finish', resolve).on('error', reject);
    fs.createReadStream(src).on('error', reject).pipe(out);
  });
}

function memoryPipe() {
  const chunk = Buffer.from(randomBytes(65536));
  let left = size / chunk.length;
  let seen = 0;
  return new Promise((resolve, reject) => {
    const source = new stream.Readable({
      read() { this.push(left-- > 0 ? chunk : null); },
    });
    const upper = new stream.Transform({
      transform(c, enc, cb) { cb(null, c); },
    });
    const sink = new stream.Writable({
      write(c, enc, cb) { seen += c.length; cb(); },
    });
    stream.pipeline(source, upper, sink, (err) => err ? reject(err)
      : seen === size ? resolve() : reject(new Error(`saw ${seen} bytes`)));
  });
}

async function main() {
  if (!stream || typeof stream.pipeline !== 'function') {
    skipped('stream.memoryPipeline', 'no stream.pipeline');
  } else {
    await bulkAsync('stream.memoryPipeline', memoryPipe, size);
  }
  if (typeof fs.createReadStream !== 'function' || typeof fs.createWriteStream !== 'function') {
    skipped('stream.filePipe', 'no fs.createReadStream/createWriteStream');
    return;
  }
  fs.writeFileSync(src, Buffer.from(randomBytes(size)));
  try {
    await bulkAsync('stream.filePipe', filePipe, size);
    if (fs.statSync(dst).size !== size) throw new Error('copy has the wrong size');
  } finally {
    for (const f of [src, dst]) try { fs.unlinkSync(f); } catch (e) { /* already gone */ }
  }
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
