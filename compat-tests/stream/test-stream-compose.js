// covers: stream.compose
'use strict';
const common = require('../common');
const assert = require('assert');
const { compose, Transform, Readable, Duplex } = require('stream');

if (typeof compose !== 'function') common.skip('stream.compose not available');

(async () => {
  const double = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c * 2); } });
  const composed = compose(double, async function*(src) {
    for await (const x of src) yield x + 1;
  });
  assert.ok(composed instanceof Duplex);
  const out = await Readable.from([1, 2, 3]).pipe(composed).toArray();
  assert.deepStrictEqual(out, [3, 5, 7]);

  // A composition that starts with a Readable is itself readable-only.
  const fromSource = compose(Readable.from(['a', 'b']), async function*(src) {
    for await (const s of src) yield s.toUpperCase();
  });
  assert.deepStrictEqual(await fromSource.toArray(), ['A', 'B']);

  // Errors in any stage surface on the composed stream.
  const failing = compose(async function*(src) {
    for await (const x of src) {
      if (x === 2) throw new Error('stage two');
      yield x;
    }
  });
  await assert.rejects(Readable.from([1, 2, 3]).pipe(failing).toArray(), { message: 'stage two' });
})().then(common.mustCall());

// compose() needs at least one stream.
assert.throws(() => compose(), { code: 'ERR_MISSING_ARGS' });
