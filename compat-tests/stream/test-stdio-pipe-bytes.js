// covers: process.stdin, process.stdout, stream.Readable.prototype.pipe, stream.Transform
'use strict';
// A child that pipes its stdin to its stdout must hand back every byte, in order,
// both straight through and through a Transform that delays each chunk (backpressure),
// while the parent also reads slowly.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const crypto = require('crypto');

const data = crypto.randomBytes(512 * 1024 + 17);

const direct = 'process.stdin.pipe(process.stdout)';
const delayed = `
const { Transform } = require('stream');
const t = new Transform({ transform(c, e, cb) { setImmediate(() => cb(null, c)); } });
process.stdin.pipe(t).pipe(process.stdout);`;

function run(script, slowReader, done) {
  const child = cp.spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const chunks = [];
  child.stdout.on('data', (c) => {
    chunks.push(c);
    if (slowReader && chunks.length % 8 === 0) {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    }
  });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    const got = Buffer.concat(chunks);
    assert.strictEqual(got.length, data.length);
    assert.ok(got.equals(data), 'bytes differ');
    done();
  }));
  // Write in uneven slices, honouring the child's backpressure.
  let off = 0;
  (function writeMore() {
    while (off < data.length) {
      const end = Math.min(data.length, off + 16384 + (off % 1000));
      const ok = child.stdin.write(data.subarray(off, end));
      off = end;
      if (!ok) return child.stdin.once('drain', writeMore);
    }
    child.stdin.end();
  })();
}

// Both children at once: start-up time dominates on slow engines.
run(direct, false, common.mustCall());
run(delayed, true, common.mustCall());
