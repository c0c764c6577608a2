// covers: stream.Writable, stream.Writable.prototype.writableObjectMode, stream.Writable.prototype.write
'use strict';
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const items = [];
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) { items.push(chunk); cb(); },
});
assert.strictEqual(w.writableObjectMode, true);
assert.strictEqual(w.writableHighWaterMark, 16);
const obj = { a: 1 };
w.write(obj);
w.write(0);
w.write('');
w.write([1]);
// null is never allowed, even in object mode.
assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
w.end(common.mustCall(() => {
  assert.strictEqual(items[0], obj);
  assert.deepStrictEqual(items.slice(1), [0, '', [1]]);
}));

// writableObjectMode is a Duplex option; a plain Writable ignores it.
const half = new Writable({ writableObjectMode: true, write(c, e, cb) { cb(); } });
assert.strictEqual(half.writableObjectMode, false);
assert.throws(() => half.write(42), { code: 'ERR_INVALID_ARG_TYPE' });
