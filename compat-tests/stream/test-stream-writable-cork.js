// covers: stream.Writable.prototype.cork, stream.Writable.prototype.uncork, stream.Writable.prototype.writableCorked, stream.Writable.prototype._writev
'use strict';
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const batches = [];
const w = new Writable({
  write: common.mustNotCall(),
  writev: common.mustCall((chunks, cb) => {
    batches.push(chunks.map(({ chunk, encoding }) => `${chunk}:${encoding}`));
    cb();
  }),
});
w.cork();
assert.strictEqual(w.writableCorked, 1);
w.cork();
assert.strictEqual(w.writableCorked, 2);
w.write('a');
w.write('b');
w.uncork();
assert.strictEqual(w.writableCorked, 1);
assert.strictEqual(batches.length, 0);
w.write('c');
w.uncork();
assert.strictEqual(w.writableCorked, 0);
w.end(common.mustCall(() => {
  assert.deepStrictEqual(batches, [['a:buffer', 'b:buffer', 'c:buffer']]);
}));

// end() uncorks.
const seen = [];
const w2 = new Writable({ write(c, e, cb) { seen.push(String(c)); cb(); } });
w2.cork();
w2.write('x');
w2.end('y');
w2.on('finish', common.mustCall(() => assert.deepStrictEqual(seen, ['x', 'y'])));
