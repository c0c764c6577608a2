// covers: assert.partialDeepStrictEqual
'use strict';
const common = require('../common');
const assert = require('assert');

if (typeof assert.partialDeepStrictEqual !== 'function') common.skip('no partialDeepStrictEqual');

// Expected is a subset of actual.
assert.partialDeepStrictEqual({ a: 1, b: 2, c: { d: 3, e: 4 } }, { a: 1, c: { d: 3 } });
assert.partialDeepStrictEqual([1, 2, 3], [1, 3]);
assert.partialDeepStrictEqual(new Set([1, 2, 3]), new Set([2]));
assert.partialDeepStrictEqual(new Map([['a', 1], ['b', 2]]), new Map([['b', 2]]));
assert.partialDeepStrictEqual({ a: [1, { x: 1, y: 2 }] }, { a: [{ x: 1 }] });

// Still strict on the values it does compare.
assert.throws(() => assert.partialDeepStrictEqual({ a: 1 }, { a: '1' }), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, 'partialDeepStrictEqual');
  return true;
});
assert.throws(() => assert.partialDeepStrictEqual({ a: 1 }, { b: 1 }),
              common.expectsError({ code: 'ERR_ASSERTION' }));
assert.throws(() => assert.partialDeepStrictEqual([1, 2], [3]),
              common.expectsError({ code: 'ERR_ASSERTION' }));
assert.throws(() => assert.partialDeepStrictEqual(new Set([1]), new Set([1, 2])),
              common.expectsError({ code: 'ERR_ASSERTION' }));
