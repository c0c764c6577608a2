// covers: stream.Readable.prototype.take, stream.Readable.prototype.drop, stream.Readable.prototype.flatMap
'use strict';
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from([1, 2]).take(5).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from([1, 2]).take(0).toArray(), []);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).drop(3).toArray(), [4]);
  assert.deepStrictEqual(await Readable.from([1, 2]).drop(5).toArray(), []);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray(), [2, 3]);

  // flatMap flattens arrays, iterables and streams.
  assert.deepStrictEqual(await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray(),
                         [1, 10, 2, 20]);
  assert.deepStrictEqual(await Readable.from(['a']).flatMap((x) => Readable.from([x, x])).toArray(),
                         ['a', 'a']);
  async function* twice(x) { yield x; yield x; }
  assert.deepStrictEqual(await Readable.from([3]).flatMap(twice).toArray(), [3, 3]);
})().then(common.mustCall());

assert.throws(() => Readable.from([1]).take(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "number" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => Readable.from([1]).drop(-2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "number" is out of range. It must be >= 0. Received -2',
});
// Numeric strings are coerced.
Readable.from([1, 2]).drop('1').toArray().then(common.mustCall((v) => assert.deepStrictEqual(v, [2])));
