// covers: stream.pipeline
'use strict';
const common = require('../common');
const assert = require('assert');
const { pipeline, Readable, Transform, Writable, PassThrough } = require('stream');

const out = [];
const dest = new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } });
const ret = pipeline(
  Readable.from(['a', 'b'], { objectMode: false }),
  new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }),
  dest,
  common.mustSucceed(() => {
    assert.deepStrictEqual(out, ['A', 'B']);
  }),
);
// Returns the last stream.
assert.strictEqual(ret, dest);

// Generator functions as stages.
pipeline(
  Readable.from([1, 2, 3]),
  async function*(source) {
    for await (const x of source) yield x * 10;
  },
  async function(source) {
    const collected = [];
    for await (const x of source) collected.push(x);
    return collected;
  },
  common.mustSucceed((value) => assert.deepStrictEqual(value, [10, 20, 30])),
);

// An error in any stage destroys all streams and reaches the callback.
const a = new PassThrough();
const b = new Transform({ transform(c, e, cb) { cb(new Error('stage failed')); } });
const c = new PassThrough();
pipeline(a, b, c, common.mustCall((err) => {
  assert.strictEqual(err.message, 'stage failed');
  assert.strictEqual(a.destroyed, true);
  assert.strictEqual(c.destroyed, true);
}));
a.write('x');

// The callback is mandatory.
assert.throws(() => pipeline(new PassThrough(), new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "streams[stream.length - 1]" property must be of type function. Received an instance of PassThrough',
});
assert.throws(() => pipeline(new PassThrough(), common.mustNotCall()), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "streams" argument must be specified',
});
