// covers: stream.Readable.prototype.pipe, stream.Readable.prototype.unpipe
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

const got = [];
const dest = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
const src = Readable.from(['a', 'b', 'c'], { objectMode: false });
dest.on('pipe', common.mustCall((s) => assert.strictEqual(s, src)));
// pipe returns the destination for chaining.
assert.strictEqual(src.pipe(dest), dest);
dest.on('finish', common.mustCall(() => assert.deepStrictEqual(got, ['a', 'b', 'c'])));

// { end: false } keeps the destination open.
const keep = new PassThrough();
const s2 = Readable.from(['x'], { objectMode: false });
s2.pipe(keep, { end: false });
s2.on('end', common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    assert.strictEqual(keep.writableEnded, false);
    keep.end('y');
  }));
}));
let keepOut = '';
keep.on('data', (c) => { keepOut += c; });
keep.on('end', common.mustCall(() => assert.strictEqual(keepOut, 'xy')));

// unpipe emits 'unpipe' on the destination and stops the flow.
const s3 = new Readable({ read() {} });
const d3 = new PassThrough();
d3.on('unpipe', common.mustCall((s) => assert.strictEqual(s, s3)));
s3.pipe(d3);
s3.unpipe(d3);
s3.push('ignored');
setImmediate(common.mustCall(() => {
  assert.strictEqual(d3.readableLength, 0);
  assert.strictEqual(s3.readableFlowing, false);
}));

// Piping to multiple destinations.
const multi = Readable.from(['m'], { objectMode: false });
const a = new PassThrough();
const b = new PassThrough();
multi.pipe(a);
multi.pipe(b);
a.on('data', common.mustCall((c) => assert.strictEqual(String(c), 'm')));
b.on('data', common.mustCall((c) => assert.strictEqual(String(c), 'm')));
