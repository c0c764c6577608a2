// covers: stream.Readable.prototype.map, stream.Readable.prototype.filter, stream.Readable.prototype.toArray
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).map((x) => x * 2).toArray(), [2, 4, 6]);
  // Async mappers are awaited; order is preserved even with concurrency.
  const delays = [30, 0, 10];
  const mapped = await Readable.from([0, 1, 2])
    .map(async (i) => {
      await new Promise((r) => setTimeout(r, delays[i]));
      return i;
    }, { concurrency: 3 })
    .toArray();
  assert.deepStrictEqual(mapped, [0, 1, 2]);

  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray(), [2, 4]);
  assert.deepStrictEqual(await Readable.from([1, 2]).filter(async (x) => x > 1).toArray(), [2]);

  // The mapper receives an options object with a signal.
  await Readable.from([1]).map((x, opts) => {
    assert.ok(opts.signal instanceof AbortSignal);
    return x;
  }).toArray();

  // Errors propagate.
  await assert.rejects(Readable.from([1, 2]).map(() => { throw new Error('map err'); }).toArray(),
                       { message: 'map err' });
  // Byte streams yield buffers.
  const chunks = await Readable.from(['ab'], { objectMode: false }).toArray();
  assert.strictEqual(Buffer.concat(chunks).toString(), 'ab');
})().then(common.mustCall());

assert.throws(() => Readable.from([1]).map(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "fn" argument must be of type function. Received type number (5)',
});
assert.throws(() => Readable.from([1]).map((x) => x, { concurrency: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
});
